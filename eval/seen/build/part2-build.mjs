// Builds h06–h10 (held-out part 2) and validates them.
// Usage: node eval/seen/build/part2-build.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import h06 from './part2-h06.mjs';
import h07 from './part2-h07.mjs';
import h08 from './part2-h08.mjs';
import h09 from './part2-h09.mjs';
import h10 from './part2-h10.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..');
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

function walk(n, f, parent = null) { f(n, parent); for (const c of n.children || []) walk(c, f, n); }

// Independent re-implementation of the brief's flow definition, used only to
// cross-check the hand-written truth.
function flowFacts(file, connectFrameId) {
  const pages = file.document.children;
  const page = pages.find((p) => (p.flowStartingPoints || []).length) || pages.find((p) => p.prototypeStartNodeID);
  if (!page) return null;
  const frames = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') frames.push(c);
    if (c.type === 'SECTION') for (const f of c.children) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
  }
  const ids = new Set(frames.map((f) => f.id));
  const edges = new Map(frames.map((f) => [f.id, new Set()]));
  for (const fr of frames) {
    walk(fr, (n) => {
      if (n.visible === false) return;
      if (n.transitionNodeID && ids.has(n.transitionNodeID)) edges.get(fr.id).add(n.transitionNodeID);
      for (const it of n.interactions || []) for (const a of it.actions || []) {
        if (a && a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation) && ids.has(a.destinationId)) edges.get(fr.id).add(a.destinationId);
      }
    });
  }
  const start = (page.flowStartingPoints[0] || {}).nodeId || page.prototypeStartNodeID;
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u) || []) if (!d.has(v)) { d.set(v, d.get(u) + 1); q.push(v); } } return d; };
  const fromStart = bfs(start);
  if (!connectFrameId) return { start, steps: null, deadEnds: [], reach: [...fromStart.keys()] };
  const fromConnect = bfs(connectFrameId);
  const dead = [...fromStart.keys()].filter((f) => f !== connectFrameId && !fromConnect.has(f) && !bfs(f).has(connectFrameId));
  return { start, steps: fromStart.has(connectFrameId) ? fromStart.get(connectFrameId) : null, deadEnds: dead, reach: [...fromStart.keys()] };
}

let failed = false;
const fail = (m) => { failed = true; console.error('FAIL', m); };

for (const build of [h06, h07, h08, h09, h10]) {
  const { slug, file, truth } = build();
  const text = JSON.stringify(file, null, 1);
  const parsed = JSON.parse(text);
  writeFileSync(join(OUT, `${slug}.json`), text + '\n');
  writeFileSync(join(OUT, `${slug}.truth.json`), JSON.stringify(truth, null, 2) + '\n');

  // validation
  const seen = new Set(); let count = 0; const dests = [];
  walk(parsed.document, (n) => {
    count++;
    if (!n.id || !n.name || !n.type) fail(`${slug}: node missing id/name/type ${JSON.stringify(n).slice(0, 80)}`);
    if (seen.has(n.id)) fail(`${slug}: duplicate id ${n.id}`);
    seen.add(n.id);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const it of n.interactions || []) for (const a of it.actions || []) if (a.destinationId) dests.push(a.destinationId);
    if (n.type === 'INSTANCE' && !parsed.components[n.componentId]) fail(`${slug}: instance ${n.id} -> missing component meta`);
  });
  for (const d of dests) if (!seen.has(d)) fail(`${slug}: missing destination ${d}`);
  for (const id of [...truth.present, ...truth.absent]) if (!IDS.includes(id)) fail(`${slug}: bad id ${id}`);
  for (const id of truth.present) if (truth.absent.includes(id)) fail(`${slug}: ${id} both present and absent`);
  const facts = flowFacts(parsed, truth.flow.connectFrameId);
  if (facts.start !== truth.flow.startFrameId) fail(`${slug}: start ${facts.start} != ${truth.flow.startFrameId}`);
  if (facts.steps !== truth.flow.stepsToConnect) fail(`${slug}: steps ${facts.steps} != ${truth.flow.stepsToConnect}`);
  if (JSON.stringify([...facts.deadEnds].sort()) !== JSON.stringify([...truth.flow.deadEnds].sort())) fail(`${slug}: deadEnds ${facts.deadEnds} != ${truth.flow.deadEnds}`);
  if (truth.flow.connectFrameId && !seen.has(truth.flow.connectFrameId)) fail(`${slug}: connect frame missing`);
  const pages = parsed.document.children.length;
  console.log(`${slug}: ${count} nodes, ${pages} pages, present ${truth.present.length}, absent ${truth.absent.length}, unlabelled ${29 - truth.present.length - truth.absent.length}; flow start=${facts.start} steps=${facts.steps} dead=${JSON.stringify(facts.deadEnds)} reach=${facts.reach.length}`);
}
if (failed) process.exit(1);
