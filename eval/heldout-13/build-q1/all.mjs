import { build as h131 } from './h131.mjs';

export const builders = [h131];
