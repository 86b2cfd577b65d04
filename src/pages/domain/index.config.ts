export default definePageConfig({
  navigationBarTitleText: '公开事项',
  enablePullDownRefresh: true,
});
