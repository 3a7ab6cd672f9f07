// Writes every file of this batch and its truth file into eval/dev/.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countNodes } from './lib.mjs';
import { MODULES } from './modules.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const m of MODULES) {
  const { doc, truth } = m.build();
  writeFileSync(join(out, `${m.NAME}.json`), JSON.stringify(doc, null, 1) + '\n');
  writeFileSync(join(out, `${m.NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  console.log(m.NAME, 'nodes', countNodes(doc.document), 'present', truth.present.length, 'absent', truth.absent.length);
}
