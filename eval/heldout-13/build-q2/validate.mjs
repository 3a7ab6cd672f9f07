// Checks the written files and recomputes the flow facts from the prototype links.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..');
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const NAMES = [
  'h136-event-caterer-invoicing-tablet',
  'h137-saas-startup-runway-desktop',
  'h138-street-food-loans-mobile',
  'h139-negative-home-cleaning-booking',
  'h140-negative-language-podcast',
];

let failed = false;
const fail = (name, msg) => {
  failed = true;
  console.log(`FAIL ${name}: ${msg}`);
};

function check(name) {
  const doc = JSON.parse(readFileSync(join(outDir, name + '.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(outDir, name + '.truth.json'), 'utf8'));
  const byId = new Map();
  const all = [];
  const visit2 = (nd, page) => {
    if (byId.has(nd.id)) fail(name, 'duplicate id ' + nd.id);
    byId.set(nd.id, { nd, page });
    all.push({ nd, page });
    for (const c of nd.children || []) visit2(c, page ?? (nd.type === 'CANVAS' ? nd : null));
  };
  byId.set('0:0', { nd: doc.document, page: null });
  for (const p of doc.document.children) visit2(p, null);
  const parentOf = new Map();
  for (const { nd } of all) for (const c of nd.children || []) parentOf.set(c.id, nd);
  for (const p of doc.document.children) parentOf.set(p.id, doc.document);

  for (const { nd } of all) {
    if (nd.componentId) {
      if (!doc.components[nd.componentId]) fail(name, 'componentId not in components ' + nd.componentId);
      if (!byId.has(nd.componentId)) fail(name, 'componentId has no node ' + nd.componentId);
    }
    if (nd.transitionNodeID && !byId.has(nd.transitionNodeID)) fail(name, 'transitionNodeID missing ' + nd.transitionNodeID);
    for (const it of nd.interactions || []) for (const a of it.actions) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, 'destination missing ' + a.destinationId);
    }
    const b = nd.absoluteBoundingBox;
    const par = parentOf.get(nd.id);
    if (b && par && par.absoluteBoundingBox && par.type !== 'GROUP') {
      const pb = par.absoluteBoundingBox;
      if (b.x < pb.x - 0.5 || b.y < pb.y - 0.5 || b.x + b.width > pb.x + pb.width + 0.5 || b.y + b.height > pb.y + pb.height + 0.5) {
        if (nd.type !== 'LINE') fail(name, `box outside parent: ${nd.id} ${nd.name} in ${par.name}`);
      }
    }
  }
  for (const id of Object.keys(doc.components)) if (!byId.has(id)) fail(name, 'component without node ' + id);

  // truth ids
  if (truth.file !== name + '.json') fail(name, 'truth.file');
  const pres = new Set(truth.present);
  for (const id of [...truth.present, ...truth.absent]) if (!IDS.includes(id)) fail(name, 'bad id ' + id);
  for (const id of truth.absent) if (pres.has(id)) fail(name, 'present and absent ' + id);
  for (const id of Object.keys(truth.notes)) if (!IDS.includes(id)) fail(name, 'bad note id ' + id);
  const labelled = truth.present.length + truth.absent.length;

  // flow
  const pages = doc.document.children;
  let startPage = pages.find((p) => (p.flowStartingPoints && p.flowStartingPoints.length) || p.prototypeStartNodeID);
  let start;
  if (startPage) start = startPage.flowStartingPoints && startPage.flowStartingPoints.length ? startPage.flowStartingPoints[0].nodeId : startPage.prototypeStartNodeID;
  else {
    start = truth.flow.startFrameId;
    startPage = byId.get(start)?.page;
    console.log(`  ${name}: no prototype start set; truth names ${start} (${byId.get(start)?.nd.name})`);
  }
  const inScope = new Set();
  for (const c of startPage.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') inScope.add(c.id);
    if (c.type === 'SECTION') for (const f of c.children || []) if (f.type === 'FRAME' && f.visible !== false) inScope.add(f.id);
  }
  const frameOf = (id) => {
    let cur = id;
    while (cur) {
      if (inScope.has(cur)) return cur;
      const p = parentOf.get(cur);
      cur = p ? p.id : null;
    }
    return null;
  };
  const edges = new Map([...inScope].map((f) => [f, new Set()]));
  for (const { nd } of all) {
    const from = frameOf(nd.id);
    if (!from) continue;
    const dests = [];
    if (nd.transitionNodeID) dests.push(nd.transitionNodeID);
    for (const it of nd.interactions || []) for (const a of it.actions) {
      if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
    }
    for (const d of dests) {
      const to = frameOf(d);
      if (to) edges.get(from).add(to);
    }
  }
  const bfs = (s) => {
    const dist = new Map([[s, 0]]);
    const q = [s];
    while (q.length) {
      const f = q.shift();
      for (const t of edges.get(f) || []) if (!dist.has(t)) {
        dist.set(t, dist.get(f) + 1);
        q.push(t);
      }
    }
    return dist;
  };
  const fromStart = bfs(start);
  const fl = truth.flow;
  if (fl.startFrameId !== start) fail(name, `start ${fl.startFrameId} vs ${start}`);
  const conn = fl.connectFrameId;
  let deadEnds = [];
  if (conn) {
    if (!fromStart.has(conn)) fail(name, 'connect frame not reachable');
    else if (fromStart.get(conn) !== fl.stepsToConnect) fail(name, `steps ${fl.stepsToConnect} vs ${fromStart.get(conn)}`);
    const fromConn = bfs(conn);
    for (const f of fromStart.keys()) {
      if (fromConn.has(f)) continue;
      if (bfs(f).has(conn)) continue;
      deadEnds.push(f);
    }
    // frames nearer the start than the connect frame, for a manual look
    const nearer = [...fromStart].filter(([, d]) => d < fromStart.get(conn)).map(([f, d]) => `${byId.get(f).nd.name}(${d})`);
    console.log(`  ${name}: frames before connect: ${nearer.join(', ')}`);
  } else if (fl.stepsToConnect !== null) fail(name, 'steps should be null');
  const want = [...fl.deadEnds].sort().join(',');
  const got = deadEnds.sort().join(',');
  if (want !== got) fail(name, `deadEnds ${want} vs ${got}`);
  const nodes = all.length;
  const screens = inScope.size;
  console.log(`ok? ${name}: nodes ${nodes}, in-scope frames ${screens}, present ${truth.present.length}, absent ${truth.absent.length}, labelled ${labelled}, start ${start} connect ${conn} steps ${fl.stepsToConnect} deadEnds [${got}]`);
  console.log(`  reachable: ${[...fromStart].map(([f, d]) => `${byId.get(f).nd.name}(${d})`).join(', ')}`);
}

const only = process.argv[2];
for (const n of NAMES) {
  if (only && !n.startsWith(only)) continue;
  try {
    check(n);
  } catch (e) {
    fail(n, e.message);
  }
}
process.exit(failed ? 1 : 0);
