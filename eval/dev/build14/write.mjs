// Writes the files of this folder's part of the dev split.
import { writeOut, countNodes } from './lib.mjs';

const dir = new URL('..', import.meta.url).pathname;
const names = process.argv.slice(2);
for (const n of names) {
  const mod = await import(`./${n}.mjs`);
  const { doc, truth } = mod.build();
  writeOut(dir, mod.NAME, doc, truth);
  console.log(mod.NAME, countNodes(doc.document), 'nodes', truth.present.length, 'present', truth.absent.length, 'absent');
}
