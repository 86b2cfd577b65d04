import { cloudMain } from '../shared/cloud-entry';
import { handleAdmin } from './handler';

export const main = cloudMain(handleAdmin);
