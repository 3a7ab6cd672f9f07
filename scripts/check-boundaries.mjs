// Proves the import boundaries hold: a wrong-way import in each direction must fail lint
// with the boundary rule, and each side's allowed imports must pass. Probes are linted in
// memory at a path inside the side's folder, with the real eslint.config.mjs.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const probes = [
  { from: 'src/core/engine/probe.ts', code: "import { startSandbox } from '../../sandbox/main';", mustFail: true },
  { from: 'src/core/probe.ts', code: "import { audit } from '../cli/audit';", mustFail: true },
  { from: 'src/core/report/probe.ts', code: "import { App } from '../../../ui/App';", mustFail: true },
  { from: 'src/core/probe.ts', code: "import { readFileSync } from 'node:fs';", mustFail: true },
  { from: 'ui/views/probe.tsx', code: "import { scan } from '../../src/sandbox/handlers/scan';", mustFail: true },
  { from: 'ui/probe.ts', code: "import type { AuditArgs } from '../src/cli/args';", mustFail: true },
  { from: 'src/sandbox/handlers/probe.ts', code: "import { App } from '../../../ui/App';", mustFail: true },
  { from: 'src/sandbox/probe.ts', code: "import { audit } from '../cli/audit';", mustFail: true },
  { from: 'src/sandbox/probe.ts', code: "import { FakeFigma } from '../../fake-figma';", mustFail: true },
  { from: 'src/cli/probe.ts', code: "import { startSandbox } from '../sandbox/main';", mustFail: true },
  { from: 'src/cli/probe.ts', code: "import { App } from '../../ui/App';", mustFail: true },
  // Controls: each side may import core (and the CLI Node), so a failure above is about the boundary.
  { from: 'ui/views/probe.tsx', code: "import { ITEM_IDS } from '../../src/core/checklist/types';", mustFail: false },
  { from: 'src/sandbox/probe.ts', code: "import { runEngine } from '../core/engine';", mustFail: false },
  { from: 'src/cli/probe.ts', code: "import { readFileSync } from 'node:fs';\nimport { runEngine } from '../core/engine';", mustFail: false },
  { from: 'src/core/engine/probe.ts', code: "import { compilePhrases } from './text/phrase-matcher';", mustFail: false },
];

const eslint = new ESLint({
  cwd: root,
  // Only the boundary rule: typed rules would need the probe file to exist in a tsconfig project.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

let wrong = 0;
for (const probe of probes) {
  const [result] = await eslint.lintText(`${probe.code}\nexport {};\n`, { filePath: `${root}${probe.from}` });
  const hits = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
  const fatal = (result?.messages ?? []).filter((m) => m.fatal);
  const failed = hits.length > 0;
  const ok = fatal.length === 0 && failed === probe.mustFail;
  if (!ok) wrong += 1;
  const verdict = fatal.length > 0 ? `could not lint: ${fatal[0].message}` : probe.mustFail ? (failed ? 'rejected, as it must be' : 'ACCEPTED — the boundary leaks!') : failed ? `REJECTED — ${hits[0].message}` : 'accepted';
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${probe.from}: ${probe.code.split('\n').pop()} — ${verdict}`);
}
if (wrong > 0) {
  console.error(`check-boundaries: ${wrong} probe(s) wrong`);
  process.exit(1);
}
