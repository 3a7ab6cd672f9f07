// Rebuild d09–d16 (or the ones named on the command line) into eval/dev and print a summary.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = dirname(here);
const names = process.argv.length > 2 ? process.argv.slice(2) : ['d09', 'd10', 'd11', 'd12', 'd13', 'd14', 'd15', 'd16'];
for (const n of names) {
  const mod = await import(`./${n}.mjs`);
  const r = mod.default(out);
  console.log(JSON.stringify(r));
}
