// UPLOAD_SALT, a deploy-time secret of the functions (and of the local cloud) that upload
// folders were once named with (a salted hash of the openid). Folders are now random and
// recorded (upload-folders.ts), so nothing derives from it any more; the check stays until
// deployments drop the setting (see the README).

export const MIN_UPLOAD_SALT_LENGTH = 16;

/** Why this salt cannot be used (a Chinese sentence for the operator), or null when it can. */
export function uploadSaltProblem(salt: string | undefined): string | null {
  if (!salt) return '未配置 UPLOAD_SALT（上传文件夹的加盐密钥），请在云函数的环境变量中设置';
  if (salt.length < MIN_UPLOAD_SALT_LENGTH) return `UPLOAD_SALT 太短，至少需要 ${MIN_UPLOAD_SALT_LENGTH} 个字符`;
  return null;
}
