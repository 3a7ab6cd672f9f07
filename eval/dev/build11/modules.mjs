import * as d58 from './d58.mjs';
import * as d59 from './d59.mjs';
import * as d60 from './d60.mjs';
import * as d61 from './d61.mjs';
import * as d62 from './d62.mjs';

export const MODULES = [d58, d59, d60, d61, d62];
