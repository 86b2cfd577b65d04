// The folder a person's uploads go to, named by a salted hash of their openid: a file id
// shown to a unit (a complaint's photo) must not reveal who uploaded it, yet ownership can
// be checked without a lookup. UPLOAD_SALT is a deploy-time secret of the functions (and of
// the local cloud): without it the folder would be a plain hash anyone can recompute from
// an openid, so nothing runs without one.
import { createHash } from 'node:crypto';
import { AppError } from '../../core/api/errors';

export const MIN_UPLOAD_SALT_LENGTH = 16;

/** Why this salt cannot be used (a Chinese sentence for the operator), or null when it can. */
export function uploadSaltProblem(salt: string | undefined): string | null {
  if (!salt) return '未配置 UPLOAD_SALT（上传文件夹的加盐密钥），请在云函数的环境变量中设置';
  if (salt.length < MIN_UPLOAD_SALT_LENGTH) return `UPLOAD_SALT 太短，至少需要 ${MIN_UPLOAD_SALT_LENGTH} 个字符`;
  return null;
}

export function uploadFolder(openid: string, salt = process.env.UPLOAD_SALT): string {
  if (uploadSaltProblem(salt)) throw new AppError('NOT_CONFIGURED');
  return createHash('sha256').update(`${salt}\u0000${openid}`).digest('hex').slice(0, 24);
}
