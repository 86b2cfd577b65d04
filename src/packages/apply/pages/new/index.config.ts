export default definePageConfig({
  navigationBarTitleText: '申请信息公开',
});
