// Builds the writer-R files: node run.mjs [h61 h62 …]
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOut, countNodes, topFrames } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');
const NAMES = {
  h61: 'h61-dental-practice-financing-desktop',
  h62: 'h62-food-truck-payments-mobile',
  h63: 'h63-importer-fx-desktop',
  h64: 'h64-negative-meditation-app',
  h65: 'h65-negative-smart-home',
};
const WRITTEN_BY = 'held-out writer R (from the checklist facts and the REST format only; repository not read)';
const ctaPath = join(here, 'cta-frames.json');
const cta = existsSync(ctaPath) ? JSON.parse(readFileSync(ctaPath, 'utf8')) : {};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(NAMES);
for (const short of wanted) {
  const mod = await import(`./${short}.mjs`);
  const { file, flowPage, flow, ctaFrames } = mod.build();
  const name = NAMES[short];
  const t = mod.truthBody;
  const truth = { file: `${name}.json`, kind: t.kind, writtenBy: WRITTEN_BY, description: t.description, present: t.present, absent: t.absent, notes: t.notes, flow };
  writeOut(outDir, name, file, truth);
  cta[name] = ctaFrames;
  process.stdout.write(`${name}: nodes=${countNodes(file.document)} screens=${topFrames(flowPage).length} present=${t.present.length} absent=${t.absent.length} flow=${JSON.stringify(flow)}\n`);
}
writeFileSync(ctaPath, JSON.stringify(cta, null, 2) + '\n');
