export default definePageConfig({ navigationBarTitleText: '对接系统' });
