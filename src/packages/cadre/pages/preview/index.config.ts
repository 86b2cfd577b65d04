export default definePageConfig({
  navigationBarTitleText: '预览公示',
  enablePullDownRefresh: true,
});
