import { build as h131 } from './h131.mjs';
import { build as h132 } from './h132.mjs';
import { build as h133 } from './h133.mjs';

export const builders = [h131, h132, h133];
