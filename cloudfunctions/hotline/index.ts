import { cloudMain } from '../shared/cloud-entry';
import { handleHotline } from './handler';

// Called by the provincial 12345 system over HTTP (no OPENID): it proves itself by signature.
export const main = cloudMain(handleHotline, { anonymous: true });
