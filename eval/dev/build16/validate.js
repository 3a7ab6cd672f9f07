/* global console, process */
// Validates the files written by this folder and recomputes the flow facts from the links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib.js';

const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

// frames (by name) that present a call to action to connect business software, judged by reading the screens
const CONNECT_FRAMES = {
  'd83-electrician-job-costing-mobile': ['iPhone 13 mini - 4', 'iPhone 13 mini - 5', 'iPhone 13 mini - 8', 'Email — welcome'],
  'd84-saas-expense-cards-desktop': ['Desktop - 6 Home', 'Desktop - 7 Connect modal', 'Desktop - 8 Choose software', 'Desktop - 10 HR', 'Desktop - 12 Reports'],
  'd85-bakery-chain-forecasting-tablet': ['iPad - Data sources', 'iPad - Choose till', 'iPad - Accounting'],
  'd86-recruitment-agency-payroll-desktop': ['03 Accounting question', '04 Pick accounting', '06 Timesheets', '07 Bank', '11 Pay run', 'Email / Welcome'],
  'd87-negative-plant-care': [],
};

let bad = 0;
const fail = (f, m) => { bad += 1; console.error(`FAIL ${f}: ${m}`); };

function walk(n, fn, parent = null) { fn(n, parent); for (const c of n.children || []) walk(c, fn, n); }

for (const name of Object.keys(CONNECT_FRAMES)) {
  let json; let truth;
  try {
    json = JSON.parse(readFileSync(join(OUT_DIR, `${name}.json`), 'utf8'));
    truth = JSON.parse(readFileSync(join(OUT_DIR, `${name}.truth.json`), 'utf8'));
  } catch (e) { fail(name, `parse: ${e.message}`); continue; }
  const byId = new Map();
  let count = 0;
  walk(json.document, (n) => { count += 1; if (byId.has(n.id)) fail(name, `dup id ${n.id}`); byId.set(n.id, n); });
  walk(json.document, (n) => {
    if (n.type === 'INSTANCE' && !byId.has(n.componentId)) fail(name, `componentId ${n.componentId}`);
    if (n.type === 'INSTANCE' && !json.components[n.componentId]) fail(name, `components map lacks ${n.componentId}`);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, `transitionNodeID ${n.transitionNodeID}`);
    for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, `dest ${a.destinationId}`);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(name, `text ${n.id}`);
  });
  for (const p of json.document.children) for (const s of p.flowStartingPoints || []) if (!byId.has(s.nodeId)) fail(name, 'start point');
  // truth ids
  if (truth.file !== `${name}.json`) fail(name, 'truth.file');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, `bad id ${id}`);
  const both = truth.present.filter((i) => truth.absent.includes(i));
  if (both.length) fail(name, `present and absent: ${both}`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(name, 'dup truth id');
  // flow page
  let page = json.document.children.find((p) => (p.flowStartingPoints || []).length || p.prototypeStartNodeID);
  let start = page ? ((page.flowStartingPoints || [])[0]?.nodeId || page.prototypeStartNodeID) : null;
  if (!page) {
    page = json.document.children.find((p) => JSON.stringify(p).includes(`"id":"${truth.flow.startFrameId}"`));
    start = truth.flow.startFrameId; // no start set: the sign-up frame named in the truth
    console.log(`  ${name}: no prototype start; using sign-up frame ${start}`);
  }
  const scope = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.push(c);
    if (c.type === 'SECTION') for (const f of c.children || []) if (f.type === 'FRAME' && f.visible !== false) scope.push(f);
  }
  const frameOf = new Map();
  for (const f of scope) walk(f, (n) => frameOf.set(n.id, f.id));
  const edges = new Map(scope.map((f) => [f.id, []]));
  for (const f of scope) {
    walk(f, (n) => {
      const dests = [];
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const it of n.interactions || []) for (const a of it.actions || []) {
        if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) dests.push(a.destinationId);
      }
      for (const dd of dests) if (frameOf.has(dd)) edges.get(f.id).push(frameOf.get(dd));
    });
  }
  const bfs = (s) => { const dist = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u) || []) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); } } return dist; };
  const names = new Set(CONNECT_FRAMES[name]);
  const dist = bfs(start);
  const order = [...dist.keys()];
  const connect = order.find((id) => names.has(byId.get(id).name)) || null;
  let dead = [];
  if (connect) {
    const fromC = bfs(connect);
    dead = order.filter((id) => !fromC.has(id) && !bfs(id).has(connect));
  }
  const got = { startFrameId: start, connectFrameId: connect, stepsToConnect: connect ? dist.get(connect) : null, deadEnds: dead };
  const exp = truth.flow;
  if (JSON.stringify(got) !== JSON.stringify({ startFrameId: exp.startFrameId, connectFrameId: exp.connectFrameId, stepsToConnect: exp.stepsToConnect, deadEnds: exp.deadEnds })) {
    fail(name, `flow mismatch: got ${JSON.stringify(got)} truth ${JSON.stringify(exp)}`);
  }
  const frames = scope.length;
  console.log(`${name}: nodes ${count}, screens in scope ${frames}, present ${truth.present.length}, absent ${truth.absent.length}, flow ${JSON.stringify(got)}`);
}
if (bad) { console.error(`${bad} problem(s)`); process.exit(1); }
console.log('all good');
