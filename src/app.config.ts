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
    // 监督: residents file and follow complaints from the lookup pages, so these stay in main.
    'pages/complaint/new/index',
    'pages/complaint/mine/index',
    'pages/complaint/detail/index',
  ],
  subPackages: [
    // The responsible unit's and the county's hotline queue: staff only.
    {
      root: 'packages/unit',
      // + 依申请公开: the applications sent to the unit or town government.
      pages: ['pages/queue/index', 'pages/detail/index', 'pages/applications/index', 'pages/application/index'],
    },
    // Village publicity: 驻村 cadres draft and preview, town reviewers approve. Few users: one package.
    {
      root: 'packages/cadre',
      pages: ['pages/home/index', 'pages/edit/index', 'pages/preview/index', 'pages/review/index', 'pages/review-detail/index'],
    },
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
        'pages/hotline/index',
      ],
    },
    // 依申请公开: a resident applies for government information, follows it, supplies a 补正, rates it.
    { root: 'packages/apply', pages: ['pages/new/index', 'pages/mine/index', 'pages/detail/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f5f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '基层政务公开',
    navigationBarTextStyle: 'black',
  },
});
