import { cloudMain } from '../shared/cloud-entry';
import { handleReview } from './handler';

export const main = cloudMain(handleReview);
