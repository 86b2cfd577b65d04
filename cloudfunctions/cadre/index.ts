import { cloudMain } from '../shared/cloud-entry';
import { handleCadre } from './handler';

export const main = cloudMain(handleCadre);
