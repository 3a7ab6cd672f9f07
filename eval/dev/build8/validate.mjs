// Checks the files written by this folder: structure, references, truth labels and flow facts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, walk, flowFacts } from './lib.mjs';

const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const names = process.argv.slice(2);
let bad = 0;
const fail = (n, m) => { bad += 1; console.error(`${n}: ${m}`); };
for (const name of names) {
  const doc = JSON.parse(readFileSync(join(OUT, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT, `${name}.truth.json`), 'utf8'));
  const ids = new Map();
  let count = 0;
  walk(doc.document, (n) => { count += 1; if (ids.has(n.id)) fail(name, `duplicate id ${n.id}`); ids.set(n.id, n); });
  for (const k of ['name', 'lastModified', 'version', 'role', 'editorType', 'schemaVersion', 'document', 'components', 'componentSets', 'styles']) if (!(k in doc)) fail(name, `missing ${k}`);
  walk(doc.document, (n) => {
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && !ids.has(a.destinationId)) fail(name, `dangling destination ${a.destinationId}`);
    if (n.transitionNodeID && !ids.has(n.transitionNodeID)) fail(name, `dangling transition ${n.transitionNodeID}`);
    if (n.componentId && !(n.componentId in doc.components && ids.has(n.componentId))) fail(name, `unknown component ${n.componentId}`);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(name, `text without characters ${n.id}`);
    if (n.id !== '0:0' && n.type !== 'CANVAS' && !n.absoluteBoundingBox) fail(name, `no box ${n.id}`);
  });
  for (const p of doc.document.children) for (const s of p.flowStartingPoints ?? []) if (!ids.has(s.nodeId)) fail(name, `bad starting point ${s.nodeId}`);
  const all = [...truth.present, ...truth.absent];
  for (const i of all) if (!IDS.includes(i)) fail(name, `unknown checklist id ${i}`);
  if (new Set(all).size !== all.length) fail(name, 'present/absent overlap or repeats');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, `note on unknown id ${k}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file mismatch');
  const f = truth.flow;
  if (truth.kind === 'negative') {
    if (f.connectFrameId !== null || f.stepsToConnect !== null || f.deadEnds.length) fail(name, 'negative flow must be empty');
  } else {
    const r = flowFacts(doc, f.startFrameId, f.connectFrameId);
    if (r.startFrameId !== f.startFrameId) fail(name, `start ${r.startFrameId} != ${f.startFrameId}`);
    if (r.stepsToConnect !== f.stepsToConnect) fail(name, `steps ${r.stepsToConnect} != ${f.stepsToConnect}`);
    if (JSON.stringify([...r.deadEnds].sort()) !== JSON.stringify([...f.deadEnds].sort())) fail(name, `deadEnds ${r.deadEnds} != ${f.deadEnds}`);
    const frames = r.order.map((id) => `${id} ${ids.get(id).name} (${r.dist.get(id)})`);
    console.log(`  BFS: ${frames.join(' | ')}`);
  }
  const screens = doc.document.children.flatMap((p) => p.children.flatMap((c) => (c.type === 'SECTION' ? c.children : [c]))).filter((c) => c.type === 'FRAME');
  console.log(`${name}: ${count} nodes, ${doc.document.children.length} pages, ${screens.length} top-level frames, present ${truth.present.length}, absent ${truth.absent.length}, labelled ${all.length}`);
}
if (bad) { console.error(`${bad} problem(s)`); process.exit(1); }
console.log('ok');
