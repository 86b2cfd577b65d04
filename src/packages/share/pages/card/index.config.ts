export default definePageConfig({
  navigationBarTitleText: '公示分享图片',
});
