// Writes <name>.json and <name>.truth.json for every Q1 file into eval/heldout-13/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builders } from './all.mjs';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
for (const b of builders) {
  const r = b();
  if (only && r.name !== only) continue;
  fs.writeFileSync(path.join(outDir, r.name + '.json'), JSON.stringify(r.json, null, 2) + '\n');
  fs.writeFileSync(path.join(outDir, r.name + '.truth.json'), JSON.stringify(r.truth, null, 2) + '\n');
  console.log('wrote', r.name);
}
