export default definePageConfig({
  navigationBarTitleText: '编写公示',
});
