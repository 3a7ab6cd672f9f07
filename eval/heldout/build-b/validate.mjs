// Checks writer B's held-out files: JSON parses, ids unique, links and
// component ids resolve, truth ids valid and disjoint, flow facts match a
// breadth-first walk over the prototype links.
import { existsSync, readFileSync } from 'node:fs';

const DIR = new URL('..', import.meta.url).pathname;
const NAMES = [
  'h16-sales-tax-desktop', 'h17-business-savings-mobile', 'h18-restaurant-analytics-tablet',
  'h19-negative-job-board', 'h20-negative-parking-app',
];
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
  'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let failed = false;
const fail = (f, m) => { failed = true; console.error(`${f}: ${m}`); };

for (const name of NAMES.filter((n) => existsSync(`${DIR}${n}.json`))) {
  const doc = JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8'));
  const byId = new Map();
  const parentOf = new Map();
  const walk = (n, p) => {
    if (byId.has(n.id)) fail(name, 'duplicate id ' + n.id);
    byId.set(n.id, n);
    if (p) parentOf.set(n.id, p);
    if (!n.id || !n.type || n.name == null) fail(name, 'node without id/type/name');
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(name, 'text without characters ' + n.id);
    const b = n.absoluteBoundingBox;
    if (p && b && p.absoluteBoundingBox && p.type !== 'CANVAS' && p.type !== 'DOCUMENT') {
      const pb = p.absoluteBoundingBox;
      if (b.x < pb.x - 1 || b.y < pb.y - 1 || b.x + b.width > pb.x + pb.width + 1 || b.y + b.height > pb.y + pb.height + 1) {
        if (p.type !== 'GROUP') fail(name, `node ${n.id} "${n.name}" outside parent ${p.id}`);
      }
    }
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(doc.document, null);
  const count = byId.size - 1 - doc.document.children.length;
  for (const n of byId.values()) {
    if (n.componentId && (!byId.has(n.componentId) || !doc.components[n.componentId])) fail(name, 'bad componentId ' + n.componentId);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, 'bad transitionNodeID');
    for (const it of n.interactions ?? []) for (const a of it.actions) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, 'bad destination ' + a.destinationId);
    }
  }
  // truth ids
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) {
    if (!IDS.includes(id)) fail(name, 'unknown id ' + id);
  }
  const both = truth.present.filter((x) => truth.absent.includes(x));
  if (both.length) fail(name, 'present and absent: ' + both);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(name, 'duplicate truth ids');
  const labelled = truth.present.length + truth.absent.length;
  if (truth.kind === 'onboarding' && labelled < 24) fail(name, 'only ' + labelled + ' labelled');

  // flow
  const pages = doc.document.children;
  let page = pages.find((p) => (p.flowStartingPoints?.length || p.prototypeStartNodeID));
  let start = page ? (page.flowStartingPoints?.[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page && truth.flow.startFrameId) {
    page = pages.find((p) => JSON.stringify(p).includes(`"id":"${truth.flow.startFrameId}"`));
    start = truth.flow.startFrameId;
  }
  const screens = [];
  for (const c of page?.children ?? []) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') screens.push(c);
    if (c.type === 'SECTION') for (const k of c.children ?? []) if (k.type === 'FRAME' && k.visible !== false) screens.push(k);
  }
  const scope = new Set(screens.map((s) => s.id));
  const topOf = (id) => { let n = byId.get(id); while (n && !scope.has(n.id)) n = parentOf.get(n.id); return n?.id; };
  const edges = new Map(screens.map((s) => [s.id, new Set()]));
  const collect = (n, from) => {
    for (const it of n.interactions ?? []) for (const a of it.actions) {
      if (a.type === 'NODE' && STEP.has(a.navigation)) { const t = topOf(a.destinationId); if (t) edges.get(from).add(t); }
    }
    if (n.transitionNodeID) { const t = topOf(n.transitionNodeID); if (t) edges.get(from).add(t); }
    for (const c of n.children ?? []) collect(c, from);
  };
  screens.forEach((s) => collect(s, s.id));
  const bfs = (s) => {
    const d = new Map([[s, 0]]); const q = [s];
    while (q.length) { const x = q.shift(); for (const y of edges.get(x) ?? []) if (!d.has(y)) { d.set(y, d.get(x) + 1); q.push(y); } }
    return d;
  };
  if (start !== truth.flow.startFrameId) fail(name, `start ${start} vs truth ${truth.flow.startFrameId}`);
  const fromStart = start ? bfs(start) : new Map();
  const cf = truth.flow.connectFrameId;
  if (cf) {
    if (fromStart.get(cf) !== truth.flow.stepsToConnect) fail(name, `steps ${fromStart.get(cf)} vs ${truth.flow.stepsToConnect}`);
    const fromConnect = bfs(cf);
    const dead = [...fromStart.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(cf)).sort();
    const want = [...truth.flow.deadEnds].sort();
    if (JSON.stringify(dead) !== JSON.stringify(want)) fail(name, `deadEnds ${dead} vs ${want}`);
  } else if (truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail(name, 'negative flow not null');
  const order = [...fromStart.entries()].map(([id, d]) => `${d}:${byId.get(id).name}`).join(' | ');
  console.log(`${name}: ${count} nodes, ${screens.length} screens in scope, present ${truth.present.length}, absent ${truth.absent.length}; start ${byId.get(start)?.name}, connect ${byId.get(cf)?.name ?? null}, steps ${truth.flow.stepsToConnect}, deadEnds ${truth.flow.deadEnds.map((d) => byId.get(d).name)}`);
  console.log('   reach: ' + order);
}
process.exit(failed ? 1 : 0);
