export default definePageConfig({
  navigationBarTitleText: '信息公开申请办理',
  enablePullDownRefresh: true,
});
