export default definePageConfig({
  navigationBarTitleText: '公开信息',
  enablePullDownRefresh: true,
  // 分享到微信群 and 朋友圈 (src/hooks/useShare.ts).
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
