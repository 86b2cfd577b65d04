import { AppError } from './errors';

/** Rows per page of every keyset-paginated list. */
export const PAGE_SIZE = 20;

// Keyset cursors are opaque to clients: base64url of the last row's sort key.
export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor<K extends string>(cursor: string, keys: K[]): Record<K, string> {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (keys.every((k) => typeof parsed[k] === 'string')) return parsed as Record<K, string>;
  } catch {
    /* falls through */
  }
  throw new AppError('INVALID_INPUT', '分页参数有误，请刷新后重试');
}
