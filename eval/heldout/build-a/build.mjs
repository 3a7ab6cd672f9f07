// Writes writer A's held-out files next to this folder: node build.mjs [h11 h12 ...]
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const all = ['h11', 'h12', 'h13', 'h14', 'h15'];
const want = process.argv.length > 2 ? process.argv.slice(2) : all;
for (const name of want) {
  const mod = await import(`./${name}.mjs`);
  console.log(name, mod.build(DIR), 'nodes');
}
