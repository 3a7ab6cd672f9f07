import * as d58 from './d58.mjs';

export const MODULES = [d58];
