// Checks the writer-J files: JSON parses, ids unique, references resolve, truth ids valid
// and disjoint, and the flow facts recomputed breadth-first from the prototype links.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
// Frames (by name) that present a call to action to connect business software, per file.
const CONNECT_FRAMES = {
  'h31-property-management-desktop': ['Connect accounts', 'Dashboard', 'Connections overview', 'Settings / Integrations'],
  'h32-wholesale-bakery-credit-mobile': ['Hook up your till', 'Home', 'Till linked'],
  'h33-consultancy-invoicing-tablet': ['Authorise sources', 'Cash forecast', 'Sources connected', 'Settings – Connections'],
  'h34-negative-pet-care': [],
  'h35-negative-news-reader': [],
};

let failures = 0;
const fail = (f, m) => {
  failures++;
  console.error(`${f}: ${m}`);
};

for (const name of Object.keys(CONNECT_FRAMES)) {
  if (!existsSync(join(dir, `${name}.json`))) {
    fail(name, 'file missing');
    continue;
  }
  const file = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8'));
  const byId = new Map();
  const parentOf = new Map();
  let count = 0;
  const walk = (n, parent) => {
    count++;
    if (byId.has(n.id)) fail(name, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (parent) parentOf.set(n.id, parent);
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(file.document, null);
  for (const n of byId.values()) {
    if (n.componentId && !file.components[n.componentId]) fail(name, `componentId ${n.componentId} missing`);
    if (n.componentId && byId.get(n.componentId)?.type !== 'COMPONENT') fail(name, `componentId ${n.componentId} not a COMPONENT node`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `transitionNodeID ${n.transitionNodeID} missing`);
    for (const i of n.interactions ?? []) for (const a of i.actions) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `destination ${a.destinationId} missing`);
    if (n.type !== 'DOCUMENT' && n.type !== 'CANVAS' && !n.absoluteBoundingBox) fail(name, `no box ${n.id}`);
  }
  // truth ids
  const all = [...truth.present, ...truth.absent];
  for (const id of all) if (!IDS.includes(id)) fail(name, `bad truth id ${id}`);
  if (new Set(all).size !== all.length) fail(name, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, `bad note id ${k}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file mismatch');

  // flow
  const canvases = file.document.children;
  let startId = null;
  let page = null;
  for (const c of canvases) {
    const s = c.flowStartingPoints?.[0]?.nodeId ?? c.prototypeStartNodeID;
    if (s) {
      startId = s;
      page = c;
      break;
    }
  }
  if (!startId) {
    startId = truth.flow.startFrameId;
    page = canvases.find((c) => JSON.stringify(c).includes(`"id":"${startId}"`));
  }
  const scope = [];
  for (const ch of page?.children ?? []) {
    if (ch.visible === false) continue;
    if (ch.type === 'FRAME') scope.push(ch);
    if (ch.type === 'SECTION') for (const f of ch.children) if (f.type === 'FRAME' && f.visible !== false) scope.push(f);
  }
  const scopeIds = new Set(scope.map((f) => f.id));
  const topOf = (id) => {
    let cur = byId.get(id);
    while (cur && !scopeIds.has(cur.id)) cur = parentOf.get(cur.id);
    return cur?.id ?? null;
  };
  const edges = new Map(scope.map((f) => [f.id, []]));
  for (const f of scope) {
    const stack = [f];
    while (stack.length) {
      const n = stack.pop();
      if (n.visible === false) continue;
      const dests = [];
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const i of n.interactions ?? []) for (const a of i.actions) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
      for (const d of dests) {
        const t = topOf(d);
        if (t) edges.get(f.id).push(t);
      }
      stack.push(...(n.children ?? []));
    }
  }
  const bfs = (from) => {
    const dist = new Map([[from, 0]]);
    const order = [from];
    for (let i = 0; i < order.length; i++) for (const t of edges.get(order[i]) ?? []) if (!dist.has(t)) {
      dist.set(t, dist.get(order[i]) + 1);
      order.push(t);
    }
    return { dist, order };
  };
  const start = topOf(startId);
  if (start !== truth.flow.startFrameId) fail(name, `start ${start} != truth ${truth.flow.startFrameId}`);
  const { dist, order } = bfs(start);
  const candidateIds = scope.filter((f) => CONNECT_FRAMES[name].includes(f.name)).map((f) => f.id);
  const firstConnect = order.find((id) => candidateIds.includes(id)) ?? null;
  if (firstConnect) {
    const d = dist.get(firstConnect);
    const tie = order.filter((id) => candidateIds.includes(id) && dist.get(id) === d);
    if (tie.length > 1) fail(name, `ambiguous connect frame tie ${tie}`);
  }
  if (firstConnect !== truth.flow.connectFrameId) fail(name, `connect ${firstConnect} != truth ${truth.flow.connectFrameId}`);
  const steps = firstConnect ? dist.get(firstConnect) : null;
  if (steps !== truth.flow.stepsToConnect) fail(name, `steps ${steps} != truth ${truth.flow.stepsToConnect}`);
  let dead = [];
  if (firstConnect) {
    const fromConnect = bfs(firstConnect).dist;
    dead = order.filter((id) => !fromConnect.has(id) && !bfs(id).dist.has(firstConnect));
  }
  if (JSON.stringify([...dead].sort()) !== JSON.stringify([...truth.flow.deadEnds].sort())) fail(name, `deadEnds ${dead} != truth ${truth.flow.deadEnds}`);
  const screens = scope.length;
  console.log(`${name}: nodes=${count} screens=${screens} present=${truth.present.length} absent=${truth.absent.length} start=${start} connect=${firstConnect} steps=${steps} dead=[${dead}] reachable=${order.length}`);
}
if (failures) {
  console.error(`${failures} failure(s)`);
  process.exit(1);
}
console.log('all ok');
