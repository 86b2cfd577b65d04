import { cloudMain } from '../shared/cloud-entry';
import { handleAccount } from './handler';

export const main = cloudMain(handleAccount);
