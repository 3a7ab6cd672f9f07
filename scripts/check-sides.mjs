// Proves the sides cannot mix: code that reaches for the other side's globals must fail
// to type-check with that side's tsconfig. Each probe compiles in a throwaway folder
// with a tsconfig extending the real one, so the real settings are what is tested.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const root = fileURLToPath(new URL('..', import.meta.url));

const probes = [
  { side: 'panel (ui/)', config: 'ui/tsconfig.json', file: 'probe.tsx', code: 'export const count = figma.currentPage.selection.length;\n', mustFail: true },
  { side: 'sandbox (src/sandbox)', config: 'src/sandbox/tsconfig.json', file: 'probe.ts', code: 'export const title = document.title;\n', mustFail: true },
  { side: 'shared core (src/core) using figma', config: 'src/core/tsconfig.json', file: 'probe.ts', code: 'export const page = figma.currentPage;\n', mustFail: true },
  { side: 'shared core (src/core) using the DOM', config: 'src/core/tsconfig.json', file: 'probe.ts', code: 'export const w = window.innerWidth;\n', mustFail: true },
  // Controls: the same harness accepts each side's own globals, so a failure above is about the side, not the harness.
  { side: 'panel using the DOM (control)', config: 'ui/tsconfig.json', file: 'probe.tsx', code: 'export const title = document.title;\n', mustFail: false },
  { side: 'sandbox using figma (control)', config: 'src/sandbox/tsconfig.json', file: 'probe.ts', code: 'export const page = () => figma.currentPage;\n', mustFail: false },
];

const dir = mkdtempSync(join(root, '.sides-probe-'));
let wrong = 0;
try {
  for (const probe of probes) {
    writeFileSync(join(dir, probe.file), probe.code);
    const config = join(dir, 'tsconfig.json');
    writeFileSync(
      config,
      JSON.stringify({ extends: relative(dir, join(root, probe.config)), files: [probe.file], include: [] }),
    );
    const run = spawnSync(process.execPath, [tsc, '-p', config, '--noEmit'], { encoding: 'utf8' });
    // A must-fail probe has to fail for the right reason: the other side's global is unknown here.
    const failed = run.status !== 0;
    const rightReason = !probe.mustFail || /Cannot find name '(figma|document|window)'/.test(run.stdout);
    const ok = failed === probe.mustFail && rightReason;
    if (!ok) wrong += 1;
    const verdict = probe.mustFail ? (failed ? 'rejected, as it must be' : 'ACCEPTED — the sides mix!') : failed ? `REJECTED — ${run.stdout.trim()}` : 'accepted';
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${probe.side}: ${verdict}`);
    rmSync(join(dir, probe.file));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (wrong > 0) process.exit(1);
