// Build-time settings of the mini-program.

// Per deployment, given when building (config/index.ts defineConstants; README 部署配置).

/** WeChat cloud environment id (云开发环境 ID, env CLOUD_ENV); unset: the mini-program's default environment. */
export const CLOUD_ENV: string | undefined = process.env.CLOUD_ENV || undefined;

/** Where people reach the H5 site (env PUBLIC_BASE_URL, no trailing slash); '' when not configured. */
export const PUBLIC_BASE_URL: string = (process.env.PUBLIC_BASE_URL || '').replace(/\/+$/, '');

/** 读给我听 on weapp: the 同声传译 (WechatSI) plugin is declared (env WECHAT_SI_VERSION); H5 uses speechSynthesis. */
export const READ_ALOUD_PLUGIN: boolean = Boolean(process.env.WECHAT_SI_VERSION);

/** The cloud function that answers every public (read-only) action. */
export const PUBLIC_FUNCTION = 'public';

/** How many villages "最近查看" remembers. */
export const RECENT_LIMIT = 6;
