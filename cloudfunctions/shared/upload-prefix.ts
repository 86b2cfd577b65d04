// The folder a person's uploads go to, named by a salted hash of their openid: a file id
// shown to a unit (a complaint's photo) must not reveal who uploaded it, yet ownership can
// be checked without a lookup. UPLOAD_SALT is a deploy-time secret of the functions.
import { createHash } from 'node:crypto';

export function uploadFolder(openid: string, salt = process.env.UPLOAD_SALT ?? ''): string {
  return createHash('sha256').update(`${salt}\u0000${openid}`).digest('hex').slice(0, 24);
}
