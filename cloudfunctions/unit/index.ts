import { cloudMain } from '../shared/cloud-entry';
import { handleUnit } from './handler';

export const main = cloudMain(handleUnit);
