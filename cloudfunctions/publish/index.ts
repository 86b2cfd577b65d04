import { cloudMain } from '../shared/cloud-entry';
import { handlePublish } from './handler';

export const main = cloudMain(handlePublish);
