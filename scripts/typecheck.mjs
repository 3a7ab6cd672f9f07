// Type-checks every side with its own tsconfig: the sides see different globals
// (figma vs DOM), so one program for the whole tree would hide violations.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const projects = [
  'src/core',
  'src/sandbox',
  'ui',
  'src/cli',
  'preview',
  'fake-figma',
  'test',
  'test/sandbox',
  'test/ui',
  'bench',
];
let failed = 0;
for (const project of projects) {
  const run = spawnSync(process.execPath, [tsc, '-p', project, '--noEmit'], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`typecheck failed: ${project}`);
  }
}
if (failed > 0) process.exit(1);
console.log(`typecheck: ${projects.length} projects clean`);
