// Bundle budgets (run by `npm test` after the production build): dist/code.js and
// dist/ui.html against the raw and gzip limits in bundle-budgets.json, so growth is a
// decision (raise the limit in the same change, with the reason). Also checks that
// ui.html is self-contained (Figma loads it as one string: no external script or
// stylesheet) and that code.js stays within ES2017 (see bundle-syntax.mjs).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { checkEs2017 } from './bundle-syntax.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = JSON.parse(await readFile(join(root, 'bundle-budgets.json'), 'utf8'));
const failures = [];
const rows = [];

for (const [file, limit] of Object.entries(budgets.files)) {
  let content;
  try {
    content = await readFile(join(root, file));
  } catch {
    failures.push(`${file} is missing: run \`node build.mjs\` first`);
    continue;
  }
  const raw = content.length;
  const gzip = gzipSync(content, { level: 9 }).length;
  for (const [kind, size, max] of [['raw', raw, limit.raw], ['gzip', gzip, limit.gzip]]) {
    const over = size > max;
    rows.push([file, kind, size, max, `${((size / max) * 100).toFixed(0)}%`, over ? 'OVER' : 'ok']);
    if (over) failures.push(`${file} ${kind} is ${size} bytes, over its budget of ${max}`);
  }
}

// Any <script src> or <link href> in ui.html would be fetched from outside: Figma gives it none.
const html = await readFile(join(root, 'dist/ui.html'), 'utf8').catch(() => '');
const external = html.match(/<script\b[^>]*\bsrc\s*=|<link\b[^>]*\bhref\s*=/gi) ?? [];
if (external.length > 0) failures.push(`dist/ui.html loads ${external.length} external resource(s): ${external.join(', ')}`);

const code = await readFile(join(root, 'dist/code.js'), 'utf8').catch(() => null);
let syntaxNote = 'missing';
if (code !== null) {
  const syntax = checkEs2017(code);
  syntaxNote = syntax.ok ? 'ES2017' : syntax.problem;
  if (!syntax.ok) failures.push(`dist/code.js ${syntax.problem}`);
}

const header = ['file', 'size', 'bytes', 'budget', 'used', ''];
const table = [header, ...rows.map((r) => r.map(String))];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const row of table) console.log(row.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd());
console.log(`dist/ui.html external resources: ${external.length}`);
console.log(`dist/code.js syntax: ${syntaxNote}`);

if (failures.length > 0) {
  for (const failure of failures) console.error(`check-bundles: ${failure}`);
  process.exit(1);
}
