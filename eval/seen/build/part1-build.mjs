// Builds h01–h05 (held-out part 1) deterministically: node build/part1-build.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countNodes } from './part1-lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..');
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['h01-lending-mobile', 'h02-payroll-desktop', 'h03-insurance-mobile', 'h04-negative-food-tracker', 'h05-negative-dating-app'];
for (const name of names) {
  const mod = await import(`./part1-${name.slice(0, 3)}.mjs`);
  const { file, truth } = mod.build();
  writeFileSync(join(out, `${name}.json`), JSON.stringify(file, null, 1) + '\n');
  writeFileSync(join(out, `${name}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  console.log(`${name}: ${countNodes(file)} nodes, present ${truth.present.length}, absent ${truth.absent.length}`);
}
