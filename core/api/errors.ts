// Stable error codes with a message a resident can read. Handlers turn any AppError into
// { ok: false, code, message }; anything else becomes INTERNAL without its stack.

export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的内容不符合要求，请检查后再试',
  NOT_FOUND: '没有找到您要的内容，可能已被删除或链接有误',
  FORBIDDEN: '您没有权限进行这个操作',
  UNAUTHENTICATED: '请先登录',
  CONFLICT: '内容已被他人修改，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_REJECTED: '内容含有不适宜公开的信息，请修改后再提交',
  UNKNOWN_ACTION: '不支持的操作',
  INTERNAL: '系统繁忙，请稍后再试',
  // The HTTP layer of the local cloud (server/app.ts) and the functions' configuration check.
  BAD_REQUEST: '请求格式有误，请检查链接后再试',
  METHOD_NOT_ALLOWED: '不支持这种请求方式',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '请求的内容类型不受支持，请以 JSON 提交',
  NOT_CONFIGURED: '服务尚未配置完成，请联系管理员',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly details?: unknown,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; details?: unknown };
