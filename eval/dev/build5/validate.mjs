// Validates the d28-d32 files: JSON parses, ids unique, links and componentIds resolve,
// truth ids valid and disjoint, and flow facts recomputed breadth-first match the truth.
import { readFileSync } from 'node:fs';

const DIR = new URL('..', import.meta.url).pathname;
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
// Names of the in-scope frames that carry a connect call to action (by file), used to check
// that the truth's connect frame is the first one met breadth-first.
const CONNECT_FRAMES = {
  'd28-agency-time-billing-desktop': ['onboarding / plug in', 'Frame 5', 'Frame 6', 'Dashboard', 'Frame 11'],
  'd29-charity-donations-mobile': ['Integrations', 'Frame 14'],
  'd30-farm-supply-credit-mobile': ['Banks & payments', 'Frame 20', 'Frame 22', 'Invoice detail'],
  'd31-vat-returns-desktop': ['03 Connect', '05 Returns', '06 Connections'],
  'd32-negative-language-learning': [],
};
const FILES = Object.keys(CONNECT_FRAMES);
let bad = 0;
const fail = (f, m) => {
  bad++;
  console.log(`FAIL ${f}: ${m}`);
};

for (const base of FILES) {
  const doc = JSON.parse(readFileSync(`${DIR}/${base}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${DIR}/${base}.truth.json`, 'utf8'));
  const byId = new Map();
  const parentFrame = new Map();
  let count = 0;
  const links = [];
  const walk = (n, topFrame) => {
    count++;
    if (byId.has(n.id)) fail(base, `duplicate id ${n.id}`);
    byId.set(n.id, n);
    if (topFrame) parentFrame.set(n.id, topFrame);
    if (n.type === 'INSTANCE' && !doc.components[n.componentId]) fail(base, `missing component ${n.componentId}`);
    if (n.transitionNodeID) links.push({ from: n.id, to: n.transitionNodeID, nav: 'NAVIGATE' });
    for (const it of n.interactions ?? []) for (const a of it.actions ?? []) if (a.type === 'NODE') links.push({ from: n.id, to: a.destinationId, nav: a.navigation });
    for (const c of n.children ?? []) walk(c, topFrame);
  };
  const pageOf = new Map();
  const topFrames = new Map();
  for (const pg of doc.document.children) {
    const tops = [];
    const addTop = (n) => {
      if (n.type === 'FRAME' && n.visible !== false) tops.push(n.id);
    };
    count++;
    byId.set(pg.id, pg);
    for (const c of pg.children) {
      if (c.type === 'SECTION') {
        count++;
        byId.set(c.id, c);
        for (const k of c.children) {
          addTop(k);
          walk(k, k.id);
          pageOf.set(k.id, pg.id);
        }
      } else {
        addTop(c);
        walk(c, c.id);
        pageOf.set(c.id, pg.id);
      }
    }
    topFrames.set(pg.id, tops);
  }
  for (const k of Object.keys(doc.components)) if (!byId.has(k)) fail(base, `component ${k} has no node`);
  for (const l of links) if (!byId.has(l.to)) fail(base, `dangling link ${l.from} -> ${l.to}`);
  // truth ids
  const all = [...truth.present, ...truth.absent];
  for (const i of all) if (!IDS.includes(i)) fail(base, `unknown id ${i}`);
  if (new Set(all).size !== all.length) fail(base, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(base, `unknown note id ${k}`);
  // flow
  const startPage = doc.document.children.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID);
  let start;
  let pageId;
  if (startPage) {
    start = startPage.flowStartingPoints?.[0]?.nodeId ?? startPage.prototypeStartNodeID;
    pageId = startPage.id;
  } else {
    start = truth.flow.startFrameId; // frame that reads as sign-up
    pageId = pageOf.get(start);
  }
  const scope = new Set(topFrames.get(pageId));
  const adj = new Map();
  for (const l of links) {
    if (!['NAVIGATE', 'SWAP', 'OVERLAY'].includes(l.nav)) continue;
    const from = parentFrame.get(l.from);
    const to = scope.has(l.to) ? l.to : parentFrame.get(l.to);
    if (!scope.has(from) || !scope.has(to)) continue;
    if (!adj.has(from)) adj.set(from, []);
    adj.get(from).push(to);
  }
  const bfs = (s) => {
    const d = new Map([[s, 0]]);
    const q = [s];
    const order = [];
    while (q.length) {
      const u = q.shift();
      order.push(u);
      for (const v of adj.get(u) ?? []) if (!d.has(v)) {
        d.set(v, d.get(u) + 1);
        q.push(v);
      }
    }
    return { d, order };
  };
  const fromStart = bfs(start);
  const names = new Set(CONNECT_FRAMES[base]);
  const connect = fromStart.order.find((id) => names.has(byId.get(id).name)) ?? null;
  const steps = connect ? fromStart.d.get(connect) : null;
  let dead = [];
  if (connect) {
    const fromConnect = bfs(connect).d;
    dead = [...fromStart.d.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).d.has(connect));
  }
  const f = truth.flow;
  if (f.startFrameId !== start) fail(base, `start ${start} vs truth ${f.startFrameId}`);
  if (f.connectFrameId !== connect) fail(base, `connect ${connect} vs truth ${f.connectFrameId}`);
  if (f.stepsToConnect !== steps) fail(base, `steps ${steps} vs truth ${f.stepsToConnect}`);
  if (JSON.stringify([...dead].sort()) !== JSON.stringify([...f.deadEnds].sort())) fail(base, `deadEnds ${dead} vs truth ${f.deadEnds}`);
  const screens = [...scope].length;
  console.log(`${base}: nodes=${count} screensInScope=${screens} present=${truth.present.length} absent=${truth.absent.length} start=${start} connect=${connect} steps=${steps} deadEnds=${JSON.stringify(dead)}`);
}
if (bad) {
  console.log(`${bad} problem(s)`);
  process.exit(1);
}
console.log('all good');
