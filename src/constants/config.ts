// Build-time settings of the mini-program.

/** WeChat cloud environment id (云开发环境 ID). Placeholder: replace with the real id before release. */
export const CLOUD_ENV = 'gongkai-placeholder-env';

/** The cloud function that answers every public (read-only) action. */
export const PUBLIC_FUNCTION = 'public';

/** How many villages "最近查看" remembers. */
export const RECENT_LIMIT = 6;
