export default definePageConfig({ navigationBarTitleText: '单位与电话' });
