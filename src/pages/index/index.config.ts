export default definePageConfig({
  navigationBarTitleText: '基层政务公开',
  enablePullDownRefresh: true,
});
