// Writes each held-out file and its truth file next to this folder.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { flowFacts } from './flow.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..');
const WRITTEN_BY = 'held-out writer O (from the checklist facts and the REST format only; repository not read)';

const which = process.argv.slice(2);
const mods = which.length ? which : ['h46', 'h47', 'h48', 'h49', 'h50'];
for (const m of mods) {
  const mod = await import(`./${m}.mjs`);
  const { doc, truth, candidates, start } = mod.build();
  const flow = flowFacts(doc, candidates, start);
  const t = { file: truth.file, kind: truth.kind, writtenBy: WRITTEN_BY, description: truth.description, present: truth.present, absent: truth.absent, notes: truth.notes, flow };
  writeFileSync(join(out, `${mod.name}.json`), JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(join(out, `${mod.name}.truth.json`), JSON.stringify(t, null, 2) + '\n');
  console.log(mod.name, JSON.stringify(flow));
}
