// Checks d38–d42: JSON parses, ids unique, links and components resolve, truth ids valid
// and disjoint, and the flow facts match a breadth-first walk over the prototype links.
import { readFileSync, existsSync } from 'node:fs';

const DIR = new URL('..', import.meta.url).pathname;
const NAMES = ['d38-tradesperson-quotes-mobile', 'd39-saas-spend-desktop', 'd40-salon-bookings-tablet', 'd41-import-duties-desktop', 'd42-negative-kids-learning'];
const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let failures = 0;
const fail = (f, m) => { failures += 1; console.error(`FAIL ${f}: ${m}`); };

function walk(n, fn, parent = null) { fn(n, parent); for (const k of n.children ?? []) walk(k, fn, n); }

for (const name of NAMES) {
  if (!existsSync(`${DIR}${name}.json`)) { console.log(`${name}: not written yet`); continue; }
  const file = JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8'));
  const byId = new Map(); const parentOf = new Map(); let nodes = 0;
  walk(file.document, (n, p) => {
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n); parentOf.set(n.id, p); nodes += 1;
  });
  for (const n of byId.values()) {
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `dangling destination ${a.destinationId}`);
    }
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `dangling transitionNodeID ${n.transitionNodeID}`);
    if (n.type === 'INSTANCE' && (!byId.has(n.componentId) || !file.components[n.componentId])) fail(name, `bad componentId ${n.componentId}`);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(name, `text without characters ${n.id}`);
    if (n.absoluteBoundingBox === undefined && !['DOCUMENT', 'CANVAS'].includes(n.type)) fail(name, `no box ${n.id}`);
  }
  // truth shape
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');
  if (!truth.writtenBy?.startsWith('dev writer I')) fail(name, 'writtenBy');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, `unknown id ${id}`);
  const both = truth.present.filter((x) => truth.absent.includes(x));
  if (both.length) fail(name, `in both lists: ${both}`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(name, 'duplicate ids in lists');
  // flow
  const pages = file.document.children;
  let page = pages.find((c) => (c.flowStartingPoints ?? []).length || c.prototypeStartNodeID);
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page) { start = truth.flow.startFrameId; page = pages.find((c) => { let hit = false; walk(c, (n) => { if (n.id === start) hit = true; }); return hit; }); }
  const frames = [];
  for (const k of page?.children ?? []) {
    if (k.visible === false) continue;
    if (k.type === 'FRAME') frames.push(k);
    if (k.type === 'SECTION') for (const f of k.children ?? []) if (f.type === 'FRAME' && f.visible !== false) frames.push(f);
  }
  const frameOf = new Map();
  for (const f of frames) walk(f, (n) => frameOf.set(n.id, f.id));
  const edges = new Map(frames.map((f) => [f.id, new Set()]));
  for (const f of frames) walk(f, (n) => {
    const dests = [];
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE' && STEP_NAV.has(a.navigation)) dests.push(a.destinationId);
    if (n.transitionNodeID) dests.push(n.transitionNodeID);
    for (const d of dests) if (frameOf.has(d)) edges.get(f.id).add(frameOf.get(d));
  });
  const bfs = (from) => { const dist = new Map([[from, 0]]); const q = [from]; while (q.length) { const c = q.shift(); for (const d of edges.get(c) ?? []) if (!dist.has(d)) { dist.set(d, dist.get(c) + 1); q.push(d); } } return dist; };
  const fl = truth.flow;
  if (fl.startFrameId !== start) fail(name, `start ${start} vs truth ${fl.startFrameId}`);
  const screens = frames.length;
  if (truth.kind === 'negative') {
    if (fl.connectFrameId !== null || fl.stepsToConnect !== null || fl.deadEnds.length) fail(name, 'negative flow must be null/[]');
  } else {
    const dist = bfs(start);
    if (!frameOf.has(fl.connectFrameId) || frameOf.get(fl.connectFrameId) !== fl.connectFrameId) fail(name, 'connect frame not an in-scope frame');
    if ((dist.get(fl.connectFrameId) ?? null) !== fl.stepsToConnect) fail(name, `steps ${dist.get(fl.connectFrameId)} vs ${fl.stepsToConnect}`);
    const fromConnect = bfs(fl.connectFrameId);
    const dead = [...dist.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(fl.connectFrameId)).sort();
    if (JSON.stringify(dead) !== JSON.stringify([...fl.deadEnds].sort())) fail(name, `deadEnds ${dead} vs ${fl.deadEnds}`);
  }
  console.log(`${name}: ${nodes} nodes, ${screens} screens in scope, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(fl)}`);
}
if (failures) { console.error(`${failures} failure(s)`); process.exit(1); }
console.log('all checks passed');
