// Checks the d98–d102 files: parse, unique ids, links, truth ids, flow facts recomputed.
import { readFileSync } from 'node:fs';

const DIR = new URL('../', import.meta.url).pathname;
const IDS = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill
value.three-part value.contextual-ctas value.faq-link value.progress-meter
privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide
privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda
platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives
platform.non-linear platform.multiple-connections
connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(/\s+/);
const NAMES = ['d98-nail-salon-payroll-tablet', 'd99-wine-importer-fx-desktop', 'd100-bike-shop-repairs-mobile', 'd101-nonprofit-payroll-desktop', 'd102-negative-stargazing'];
let bad = 0;
const fail = (f, m) => { bad++; console.error(`FAIL ${f}: ${m}`); };
const matrix = {};

for (const name of NAMES) {
  const doc = JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8'));
  const all = new Map();
  let count = 0;
  const walk = (n, parent) => {
    count++;
    if (all.has(n.id)) fail(name, `duplicate id ${n.id}`);
    all.set(n.id, { n, parent });
    for (const c of n.children || []) walk(c, n);
  };
  walk(doc.document, null);
  for (const { n } of all.values()) {
    for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && !all.has(a.destinationId)) fail(name, `dest ${a.destinationId} missing`);
    if (n.transitionNodeID && !all.has(n.transitionNodeID)) fail(name, `transition ${n.transitionNodeID} missing`);
    if (n.componentId && !doc.components[n.componentId]) fail(name, `component ${n.componentId} missing`);
  }
  if (truth.file !== `${name}.json`) fail(name, 'truth file name');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, `bad id ${id}`);
  for (const id of truth.present) if (truth.absent.includes(id)) fail(name, `both lists ${id}`);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(name, 'dup truth ids');
  matrix[name] = truth;

  // flow
  const pages = doc.document.children;
  let start = truth.flow.startFrameId;
  const declared = (p) => (p.flowStartingPoints && p.flowStartingPoints[0] && p.flowStartingPoints[0].nodeId) || p.prototypeStartNodeID || null;
  const withStart = pages.find((p) => declared(p));
  if (truth.kind === 'negative') {
    if (truth.flow.connectFrameId !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail(name, 'negative flow not null');
  }
  if (withStart && declared(withStart) !== start) fail(name, `declared start ${declared(withStart)} != truth ${start}`);
  const page = withStart || pages.find((p) => JSON.stringify(p).includes(`"id":"${start}"`));
  const top = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') top.push(c);
    if (c.type === 'SECTION') for (const cc of c.children || []) if (cc.type === 'FRAME' && cc.visible !== false) top.push(cc);
  }
  const topIds = new Set(top.map((f) => f.id));
  if (!topIds.has(start)) fail(name, `start ${start} not in scope`);
  const frameOf = (id) => { let cur = all.get(id); while (cur) { if (topIds.has(cur.n.id)) return cur.n.id; cur = cur.parent ? all.get(cur.parent.id) : null; } return null; };
  const edges = new Map(top.map((f) => [f.id, new Set()]));
  for (const f of top) {
    const visit = (n) => {
      const targets = [];
      for (const it of n.interactions || []) for (const a of it.actions || []) if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation)) targets.push(a.destinationId);
      if (n.transitionNodeID) targets.push(n.transitionNodeID);
      for (const t of targets) { const fr = frameOf(t); if (fr) edges.get(f.id).add(fr); }
      for (const c of n.children || []) visit(c);
    };
    visit(f);
  }
  const bfs = (s) => { const dist = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u)) if (!dist.has(v)) { dist.set(v, dist.get(u) + 1); q.push(v); } } return dist; };
  const fromStart = bfs(start);
  const order = [...fromStart.entries()].map(([k, v]) => `${v}:${k}:${all.get(k).n.name}`);
  const cf = truth.flow.connectFrameId;
  let dead = [];
  if (cf) {
    if (!fromStart.has(cf)) fail(name, 'connect not reachable');
    if (fromStart.get(cf) !== truth.flow.stepsToConnect) fail(name, `steps ${fromStart.get(cf)} != ${truth.flow.stepsToConnect}`);
    const fromC = bfs(cf);
    dead = [...fromStart.keys()].filter((f) => !fromC.has(f) && !bfs(f).has(cf));
  }
  const want = [...truth.flow.deadEnds].sort().join(',');
  if (dead.sort().join(',') !== want) fail(name, `deadEnds ${dead} != ${want}`);
  const screens = top.length;
  console.log(`${name}: nodes=${count} screens(in scope)=${screens} present=${truth.present.length} absent=${truth.absent.length} start=${start} connect=${cf} steps=${truth.flow.stepsToConnect} dead=[${dead}]`);
  console.log('   bfs ' + order.join(' | '));
}
console.log('\ncoverage (P present / A absent / - unlabelled):');
for (const id of IDS) console.log(id.padEnd(34), NAMES.map((n) => (matrix[n].present.includes(id) ? 'P' : matrix[n].absent.includes(id) ? 'A' : '-')).join(' '));
if (bad) { console.error(`${bad} failures`); process.exit(1); }
console.log('OK');
