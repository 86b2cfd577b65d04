export default definePageConfig({
  navigationBarTitleText: '村务公示',
  enablePullDownRefresh: true,
});
