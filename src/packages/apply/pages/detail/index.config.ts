export default definePageConfig({
  navigationBarTitleText: '信息公开申请',
  enablePullDownRefresh: true,
});
