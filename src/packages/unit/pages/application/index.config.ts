export default definePageConfig({
  navigationBarTitleText: '办理信息公开申请',
  enablePullDownRefresh: true,
});
