import { cloudMain } from '../shared/cloud-entry';
import { handleResident } from './handler';

export const main = cloudMain(handleResident);
