export default definePageConfig({ navigationBarTitleText: '到期未公开' });
