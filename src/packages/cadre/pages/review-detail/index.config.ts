export default definePageConfig({
  navigationBarTitleText: '审核公示',
  enablePullDownRefresh: true,
});
