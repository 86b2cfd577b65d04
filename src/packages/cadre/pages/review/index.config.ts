export default definePageConfig({
  navigationBarTitleText: '公示审核',
  enablePullDownRefresh: true,
});
