#!/usr/bin/env node
// The CLI is bundled to dist/cli.js by `node build.mjs` (run on install by "prepare").
import '../dist/cli.js';
