import { build as h131 } from './h131.mjs';
import { build as h132 } from './h132.mjs';
import { build as h133 } from './h133.mjs';
import { build as h134 } from './h134.mjs';
import { build as h135 } from './h135.mjs';

export const builders = [h131, h132, h133, h134, h135];
