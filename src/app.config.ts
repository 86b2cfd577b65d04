export default defineAppConfig({
  // Main package: what a resident needs to look things up. Cadre, unit and admin pages
  // will go into subPackages so the main package stays small.
  pages: [
    'pages/index/index',
    'pages/village/index',
    'pages/domain/index',
    'pages/item/index',
    'pages/disclosure/index',
    'pages/search/index',
    // An unknown address lands here, with a way home (app.tsx).
    'pages/notfound/index',
  ],
  subPackages: [
    // 监督: residents file and follow complaints. A subpackage keeps the main package under 400 KB;
    // the preloadRule below fetches it while a resident reads, so 我要监督 still opens at once.
    { root: 'packages/complaint', pages: ['pages/new/index', 'pages/mine/index', 'pages/detail/index'] },
    // The responsible unit's and the county's hotline queue: staff only.
    {
      root: 'packages/unit',
      // + 依申请公开: the applications sent to the unit or town government; 回应关切.
      pages: ['pages/queue/index', 'pages/detail/index', 'pages/applications/index', 'pages/application/index', 'pages/responses/index'],
    },
    // Village publicity: 驻村 cadres draft and preview, town reviewers approve. Few users: one package.
    {
      root: 'packages/cadre',
      pages: [
        'pages/home/index',
        'pages/edit/index',
        'pages/preview/index',
        'pages/review/index',
        'pages/review-detail/index',
        // 代办: cadres and unit staff register a complaint for a villager without WeChat.
        'pages/file-for/index',
      ],
    },
    // 查询办理进度 by ticket + the phone's last 4 digits: for anyone, kept out of the main package.
    { root: 'packages/track', pages: ['pages/lookup/index'] },
    // 生成分享图片: a running 公示 as a picture with its code; the canvas drawing stays out of the main package.
    { root: 'packages/share', pages: ['pages/card/index'] },
    // The county 政务公开办 as the deployment's administrator: the working-day calendar (节假日安排),
    // people by invitation (and the page that accepts one), units and phones, routes, the audit record.
    {
      root: 'packages/admin',
      pages: [
        'pages/calendar/index',
        'pages/people/index',
        'pages/invites/index',
        'pages/accept/index',
        'pages/units/index',
        'pages/routes/index',
        'pages/audit/index',
        'pages/stats/index',
        'pages/report/index',
        'pages/partners/index',
        'pages/privacy/index',
        'pages/reviewers/index',
        'pages/due/index',
        'pages/catalog/index',
        'pages/catalog-item/index',
        'pages/hotline/index',
        'pages/setup/index',
      ],
    },
    // 依申请公开: a resident applies for government information, follows it, supplies a 补正, rates it.
    { root: 'packages/apply', pages: ['pages/new/index', 'pages/mine/index', 'pages/detail/index'] },
  ],
  // 读给我听 on weapp: WeChat's 同声传译 plugin, declared only when the deployment has added it
  // (mini-program admin → 设置 → 第三方设置 → 插件管理) and builds with WECHAT_SI_VERSION.
  ...(process.env.WECHAT_SI_VERSION
    ? { plugins: { WechatSI: { version: process.env.WECHAT_SI_VERSION, provider: 'wx069ba97219f66d99' } } }
    : {}),
  // Every page with a 我要监督 / 我的监督 entry fetches the complaint package in the background.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/complaint'] },
    'pages/village/index': { network: 'all', packages: ['packages/complaint'] },
    'pages/item/index': { network: 'all', packages: ['packages/complaint'] },
    'pages/disclosure/index': { network: 'all', packages: ['packages/complaint'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f5f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '基层政务公开',
    navigationBarTextStyle: 'black',
  },
});
