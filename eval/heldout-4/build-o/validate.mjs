// Checks the written files: JSON parses, ids unique, references resolve, truth ids valid and
// disjoint, and flow facts recomputed breadth-first from the links match the truth.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { flowFacts, startPage, scopeFrames } from './flow.mjs';
import { countNodes } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];

let bad = 0;
const fail = (f, m) => { bad++; console.log(`FAIL ${f}: ${m}`); };
for (const m of ['h46', 'h47', 'h48', 'h49', 'h50']) {
  const mod = await import(`./${m}.mjs`);
  const f = mod.name;
  const doc = JSON.parse(readFileSync(join(here, '..', `${f}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(here, '..', `${f}.truth.json`), 'utf8'));
  const seen = new Set();
  const refs = [];
  const walk = (n, px) => {
    if (seen.has(n.id)) fail(f, `duplicate id ${n.id}`);
    seen.add(n.id);
    const bb = n.absoluteBoundingBox;
    if (px && bb && n.type !== 'CANVAS' && !(bb.x >= px.x - 1 && bb.y >= px.y - 1)) fail(f, `child ${n.id} outside parent`);
    if (n.componentId) refs.push(['componentId', n.componentId, n.id]);
    if (n.transitionNodeID) refs.push(['transitionNodeID', n.transitionNodeID, n.id]);
    for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE') refs.push(['destinationId', a.destinationId, n.id]);
    for (const c of n.children || []) walk(c, n.type === 'CANVAS' || n.type === 'DOCUMENT' ? null : bb);
  };
  walk(doc.document, null);
  for (const [k, v, from] of refs) if (!seen.has(v)) fail(f, `${k} ${v} on ${from} missing`);
  for (const [k, v, from] of refs) if (k === 'componentId' && !doc.components[v]) fail(f, `component ${v} (${from}) not in components`);
  for (const p of doc.document.children) for (const s of p.flowStartingPoints || []) if (!seen.has(s.nodeId)) fail(f, 'start missing');
  const p = new Set(truth.present);
  const a = new Set(truth.absent);
  for (const id of [...p, ...a]) if (!IDS.includes(id)) fail(f, `bad id ${id}`);
  for (const id of p) if (a.has(id)) fail(f, `${id} in both lists`);
  for (const id of Object.keys(truth.notes)) if (!IDS.includes(id)) fail(f, `bad note id ${id}`);
  const { candidates, start } = mod.build();
  const flow = flowFacts(doc, candidates, start);
  if (JSON.stringify(flow) !== JSON.stringify(truth.flow)) fail(f, `flow ${JSON.stringify(flow)} != truth ${JSON.stringify(truth.flow)}`);
  const sp = startPage(doc);
  const screens = (sp ? scopeFrames(sp) : doc.document.children.flatMap(scopeFrames).filter((x) => x.name !== 'Cover' && x.name !== 'Thumbnail')).length;
  const nodes = countNodes(doc.document);
  if (truth.kind === 'negative' && (truth.flow.connectFrameId !== null || truth.flow.deadEnds.length)) fail(f, 'negative flow');
  if (truth.writtenBy !== 'held-out writer O (from the checklist facts and the REST format only; repository not read)') fail(f, 'writtenBy');
  console.log(`${f}: ${nodes} nodes, ${screens} in-scope screens, present ${p.size}, absent ${a.size}, flow ${JSON.stringify(truth.flow)}`);
}
if (bad) { console.log(`${bad} problem(s)`); process.exit(1); }
console.log('all ok');
