import { cloudMain } from '../shared/cloud-entry';
import { handlePublic } from './handler';

export const main = cloudMain(handlePublic);
