// Attributes a browser needs that weapp ignores (H5 only reads them).

/** A table wider than the screen scrolls sideways: a keyboard must reach it, a screen reader name it. */
export const TABLE_REGION = { tabIndex: 0, role: 'region', 'aria-label': '名单表格，可左右滑动查看' } as Record<string, unknown>;
