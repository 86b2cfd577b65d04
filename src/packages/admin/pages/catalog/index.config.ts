export default definePageConfig({ navigationBarTitleText: '公开目录' });
