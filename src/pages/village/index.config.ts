export default definePageConfig({
  navigationBarTitleText: '本村公开',
  enablePullDownRefresh: true,
});
