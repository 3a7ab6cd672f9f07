// Checks each Z6 file: parses, unique ids, links resolve, truth ids valid and
// disjoint, flow facts recomputed breadth-first from the prototype links.
import { readFileSync } from 'node:fs';

const DIR = new URL('..', import.meta.url).pathname;
const NAMES = [
  'h126-wedding-florist-deposits-mobile',
  'h127-it-reseller-credit-desktop',
  'h128-food-market-stall-tablet',
  'h129-negative-pocket-money',
  'h130-negative-travel-rewards',
];
const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
let failures = 0;
const fail = (name, msg) => { failures++; console.log(`FAIL ${name}: ${msg}`); };

for (const name of NAMES) {
  let doc;
  let truth;
  try {
    doc = JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8'));
    truth = JSON.parse(readFileSync(`${DIR}${name}.truth.json`, 'utf8'));
  } catch (e) { fail(name, `parse: ${e.message}`); continue; }

  const byId = new Map();
  const pageOf = new Map();
  const topOf = new Map();
  const links = [];
  let nodes = 0;
  const walk = (node, page, top) => {
    nodes++;
    if (byId.has(node.id)) fail(name, `duplicate id ${node.id}`);
    byId.set(node.id, node);
    pageOf.set(node.id, page);
    if (top) topOf.set(node.id, top);
    if (node.componentId && !(doc.components || {})[node.componentId]) fail(name, `componentId ${node.componentId} missing from components`);
    if (node.componentId && !node.componentId.includes(';')) links.push({ from: node.id, to: node.componentId, kind: 'component' });
    if (node.transitionNodeID) links.push({ from: node.id, to: node.transitionNodeID, kind: 'step', top });
    for (const it of node.interactions || []) for (const a of it.actions || []) {
      if (a.type === 'NODE') links.push({ from: node.id, to: a.destinationId, kind: STEP_NAV.has(a.navigation) ? 'step' : 'other', top });
    }
    for (const c of node.children || []) walk(c, page, top);
  };
  const inScope = new Map(); // page id -> top frame ids
  for (const canvas of doc.document.children) {
    byId.set(canvas.id, canvas);
    const tops = [];
    const visit = (n, parentIsTop) => {
      if (parentIsTop && n.type === 'FRAME' && n.visible !== false) tops.push(n.id);
      walk(n, canvas.id, parentIsTop && n.type === 'FRAME' ? n.id : null);
    };
    for (const c of canvas.children) {
      if (c.type === 'SECTION') {
        nodes++; byId.set(c.id, c); pageOf.set(c.id, canvas.id);
        for (const cc of c.children) visit(cc, true);
      } else visit(c, true);
    }
    inScope.set(canvas.id, tops);
  }
  // top-frame of nested nodes: walk assigns top only for the top frame itself; fix descendants
  const assignTop = (n, top) => { topOf.set(n.id, top); for (const c of n.children || []) assignTop(c, top); };
  for (const tops of inScope.values()) for (const t of tops) assignTop(byId.get(t), t);

  for (const l of links) if (!byId.has(l.to)) fail(name, `link ${l.from} -> ${l.to} missing`);
  for (const c of Object.keys(doc.components || {})) if (!byId.has(c)) fail(name, `component ${c} has no node`);

  // truth ids
  const all = [...truth.present, ...truth.absent];
  for (const t of all) if (!IDS.includes(t)) fail(name, `bad truth id ${t}`);
  if (new Set(all).size !== all.length) fail(name, 'present/absent overlap or duplicates');
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, `bad note id ${k}`);
  if (truth.file !== `${name}.json`) fail(name, 'truth.file mismatch');

  // flow
  const canvases = doc.document.children;
  let startPage = canvases.find((c) => (c.flowStartingPoints || []).length || c.prototypeStartNodeID);
  let start = startPage ? (startPage.flowStartingPoints?.[0]?.nodeId || startPage.prototypeStartNodeID) : null;
  if (!start) { start = truth.flow.startFrameId; startPage = byId.get(pageOf.get(start)); console.log(`  ${name}: no start set; using truth start ${start}`); }
  const scope = new Set(inScope.get(startPage.id));
  const edges = new Map([...scope].map((f) => [f, new Set()]));
  for (const l of links) {
    if (l.kind !== 'step') continue;
    const fromTop = topOf.get(l.from);
    const toTop = topOf.get(l.to);
    if (scope.has(fromTop) && scope.has(toTop) && fromTop !== toTop) edges.get(fromTop).add(toTop);
  }
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const f = q.shift(); for (const t of edges.get(f) || []) if (!d.has(t)) { d.set(t, d.get(f) + 1); q.push(t); } } return d; };
  const fromStart = bfs(start);
  const screens = scope.size;
  console.log(`${name}: nodes=${nodes} screens=${screens} present=${truth.present.length} absent=${truth.absent.length} start=${start}`);
  console.log('  bfs order:', [...fromStart].map(([f, d]) => `${byId.get(f).name}@${d}`).join(', '));
  if (truth.flow.startFrameId !== start) fail(name, `start ${start} != truth ${truth.flow.startFrameId}`);
  const connect = truth.flow.connectFrameId;
  if (truth.kind === 'negative') {
    if (connect !== null || truth.flow.stepsToConnect !== null || truth.flow.deadEnds.length) fail(name, 'negative flow must be null/null/[]');
    if (screens < 8 || screens > 12) fail(name, `negative screens ${screens}`);
    continue;
  }
  if (screens < 8 || screens > 16) fail(name, `screens ${screens}`);
  if (nodes < 150 || nodes > 600) fail(name, `nodes ${nodes}`);
  if (all.length < 24) fail(name, `only ${all.length} labels`);
  const steps = fromStart.has(connect) ? fromStart.get(connect) : null;
  if (steps !== truth.flow.stepsToConnect) fail(name, `steps ${steps} != truth ${truth.flow.stepsToConnect}`);
  const fromConnect = bfs(connect);
  const dead = [...fromStart.keys()].filter((f) => !fromConnect.has(f) && !bfs(f).has(connect)).sort();
  const tDead = [...truth.flow.deadEnds].sort();
  if (JSON.stringify(dead) !== JSON.stringify(tDead)) fail(name, `deadEnds ${dead} != truth ${tDead}`);
  console.log('  deadEnds:', dead.map((f) => byId.get(f).name).join(', ') || '-');
}
console.log(failures ? `${failures} failure(s)` : 'all ok');
process.exit(failures ? 1 : 0);
