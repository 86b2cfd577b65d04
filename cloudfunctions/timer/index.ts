import { cloudMain } from '../shared/cloud-entry';
import { handleTimer } from './handler';

export const main = cloudMain(handleTimer);
