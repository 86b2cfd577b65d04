export default definePageConfig({
  navigationBarTitleText: '我要监督',
});
