import { cloudMain } from '../shared/cloud-entry';
import { handlePublic } from './handler';

// Public, read-only data: served to callers without an OPENID too (shared pages, web views).
export const main = cloudMain(handlePublic, { anonymous: true });
