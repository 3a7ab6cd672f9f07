// Checks the five Z3 files: parse, unique ids, link targets, truth ids, and flow facts recomputed breadth-first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib.mjs';

const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

// Names of the frames that, by my own reading, put a connect/link call to action on screen.
const CONNECT_FRAMES = {
  'h111-garage-parts-credit-desktop': ['04 Link software', '05 Choose software', '09 Overview', '10 Settings › Connections', 'Email — welcome (desktop client)'],
  'h112-cleaning-supplies-wholesale-mobile': ['Frame 3', 'Frame 4', 'Frame 5', 'Frame 7', 'Frame 9'],
  'h113-theatre-company-grants-tablet': ['Report workspace', 'Add sources', 'Settings / Integrations'],
  'h114-negative-tenant-app': [],
  'h115-negative-chess-club': [],
};

let failures = 0;
const fail = (f, m) => { failures++; console.log(`FAIL ${f}: ${m}`); };

for (const base of Object.keys(CONNECT_FRAMES)) {
  const doc = JSON.parse(readFileSync(join(OUT_DIR, base + '.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT_DIR, base + '.truth.json'), 'utf8'));
  const byId = new Map();
  let nodes = 0;
  const walk = (n, fn, parent) => { fn(n, parent); for (const c of n.children || []) walk(c, fn, n); };
  walk(doc.document, (n) => {
    nodes++;
    if (byId.has(n.id)) fail(base, `duplicate id ${n.id}`);
    byId.set(n.id, n);
  });
  walk(doc.document, (n) => {
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(base, `missing transition ${n.transitionNodeID}`);
    for (const it of n.interactions || []) for (const a of it.actions) {
      if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(base, `missing dest ${a.destinationId}`);
    }
    if (n.type === 'INSTANCE' && !(n.componentId in doc.components)) fail(base, `missing component ${n.componentId}`);
    if (n.type === 'INSTANCE' && byId.get(n.componentId)?.type !== 'COMPONENT') fail(base, `component node missing ${n.componentId}`);
  });
  // truth shape
  const keys = Object.keys(truth).sort().join(',');
  if (keys !== 'absent,description,file,flow,kind,notes,present,writtenBy') fail(base, `truth keys ${keys}`);
  for (const i of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(i)) fail(base, `bad id ${i}`);
  for (const i of truth.present) if (truth.absent.includes(i)) fail(base, `both lists ${i}`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(base, 'dup in lists');
  const labelled = truth.present.length + truth.absent.length;
  // flow
  const pages = doc.document.children;
  let page = pages.find((p) => (p.flowStartingPoints || []).length || p.prototypeStartNodeID);
  let start = page ? ((page.flowStartingPoints || [])[0]?.nodeId || page.prototypeStartNodeID) : null;
  if (!start) {
    start = truth.flow.startFrameId;
    page = pages.find((p) => { let hit = false; walk(p, (n) => { if (n.id === start) hit = true; }); return hit; });
  }
  if (start !== truth.flow.startFrameId) fail(base, `start ${start} vs ${truth.flow.startFrameId}`);
  const scope = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.push(c);
    if (c.type === 'SECTION') for (const f of c.children || []) if (f.type === 'FRAME' && f.visible !== false) scope.push(f);
  }
  const topOf = new Map();
  for (const f of scope) walk(f, (n) => topOf.set(n.id, f.id));
  const edges = new Map(scope.map((f) => [f.id, new Set()]));
  for (const f of scope) {
    const visit = (n) => {
      if (n.visible === false) return;
      const targets = [];
      if (n.transitionNodeID) targets.push(n.transitionNodeID);
      for (const it of n.interactions || []) for (const a of it.actions) {
        if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) targets.push(a.destinationId);
      }
      for (const t of targets) if (topOf.has(t)) edges.get(f.id).add(topOf.get(t));
      for (const c of n.children || []) visit(c);
    };
    visit(f);
  }
  const bfs = (s) => {
    const d = new Map([[s, 0]]);
    const q = [s];
    while (q.length) { const u = q.shift(); for (const v of edges.get(u) || []) if (!d.has(v)) { d.set(v, d.get(u) + 1); q.push(v); } }
    return d;
  };
  const dist = bfs(start);
  const names = new Map(scope.map((f) => [f.id, f.name]));
  const cands = [...dist.entries()].filter(([f]) => CONNECT_FRAMES[base].includes(names.get(f))).sort((a, b) => a[1] - b[1]);
  const connect = cands.length ? cands[0][0] : null;
  if (cands.length > 1 && cands[1][1] === cands[0][1]) fail(base, 'tie for connect frame');
  if (connect !== truth.flow.connectFrameId) fail(base, `connect ${connect} vs ${truth.flow.connectFrameId}`);
  const steps = connect ? dist.get(connect) : null;
  if (steps !== truth.flow.stepsToConnect) fail(base, `steps ${steps} vs ${truth.flow.stepsToConnect}`);
  let dead = [];
  if (connect) {
    const fromConnect = bfs(connect);
    dead = [...dist.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(connect));
  }
  if (dead.sort().join() !== [...truth.flow.deadEnds].sort().join()) fail(base, `deadEnds ${dead.map((d) => names.get(d))} vs ${truth.flow.deadEnds}`);
  console.log(`${base}: ${nodes - 1} nodes, ${scope.length} screens in scope, present ${truth.present.length}, absent ${truth.absent.length}, labelled ${labelled}, start ${names.get(start)}, connect ${connect && names.get(connect)}, steps ${steps}, dead ${dead.map((d) => names.get(d))}`);
}
console.log(failures ? `${failures} failures` : 'all good');
process.exit(failures ? 1 : 0);
