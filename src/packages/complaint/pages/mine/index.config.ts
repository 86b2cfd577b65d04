export default definePageConfig({
  navigationBarTitleText: '我的监督',
  enablePullDownRefresh: true,
});
