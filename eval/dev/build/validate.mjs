// Re-reads the written files and checks them independently of the builder state.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, IDS, flowFacts } from './lib.mjs';

let bad = 0;
for (const f of readdirSync(OUT).filter((n) => /^d0\d-.*\.json$/.test(n) && !n.endsWith('.truth.json')).sort()) {
  const file = JSON.parse(readFileSync(join(OUT, f), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT, f.replace(/\.json$/, '.truth.json')), 'utf8'));
  const errs = [];
  for (const k of ['name', 'lastModified', 'version', 'role', 'editorType', 'schemaVersion', 'document', 'components', 'componentSets', 'styles']) if (!(k in file)) errs.push('missing ' + k);
  const ids = new Map(); let nodes = 0;
  const walk = (n) => { if (ids.has(n.id)) errs.push('dup id ' + n.id); ids.set(n.id, n); nodes++; (n.children || []).forEach(walk); };
  walk(file.document);
  for (const n of ids.values()) {
    if (!/^\d+:\d+$/.test(n.id)) errs.push('odd id ' + n.id);
    for (const it of n.interactions || []) for (const a of it.actions) if (a.type === 'NODE' && !ids.has(a.destinationId)) errs.push('dest missing ' + a.destinationId);
    if (n.transitionNodeID && !ids.has(n.transitionNodeID)) errs.push('transition missing ' + n.transitionNodeID);
    if (n.type === 'INSTANCE' && !file.components[n.componentId]) errs.push('component missing ' + n.componentId);
  }
  for (const cv of file.document.children) for (const s of cv.flowStartingPoints || []) if (!ids.has(s.nodeId)) errs.push('flow start missing');
  const keys = Object.keys(truth).join(',');
  if (keys !== 'file,kind,writtenBy,description,present,absent,notes,flow') errs.push('truth keys ' + keys);
  if (truth.file !== f) errs.push('truth.file');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) errs.push('bad item id ' + id);
  if (truth.present.some((x) => truth.absent.includes(x))) errs.push('present∩absent');
  const labelled = truth.present.length + truth.absent.length;
  if (labelled < 24) errs.push('only ' + labelled + ' labelled');
  const fl = flowFacts(file, truth.flow.connectFrameId);
  if (fl.startFrameId !== truth.flow.startFrameId) errs.push('start mismatch');
  if (truth.flow.connectFrameId && !ids.has(truth.flow.connectFrameId)) errs.push('connect frame missing');
  if (fl.stepsToConnect !== truth.flow.stepsToConnect) errs.push('steps mismatch');
  if (truth.kind === 'onboarding' && fl.deadEnds.join() !== truth.flow.deadEnds.join()) errs.push('deadEnds mismatch');
  if (truth.kind === 'negative' && (truth.flow.connectFrameId !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length)) errs.push('negative flow not null');
  console.log(`${errs.length ? 'FAIL' : 'ok  '} ${f}: ${nodes} nodes, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(truth.flow)}${errs.length ? '\n   ' + errs.join('\n   ') : ''}`);
  bad += errs.length;
}
if (bad) process.exit(1);
