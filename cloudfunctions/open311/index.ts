import { cloudMain } from '../shared/cloud-entry';
import { handleOpen311 } from './handler';

// Called over HTTP by partner systems, feed readers and county websites: nobody has an OPENID.
export const main = cloudMain(handleOpen311, { anonymous: true });
