export default definePageConfig({ navigationBarTitleText: '开通本县' });
