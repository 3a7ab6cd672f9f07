// Checks the five files written by build-s: JSON parses, ids unique, references resolve,
// truth ids valid and disjoint, and the flow facts recomputed breadth-first match the truth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR } from './lib.mjs';

const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives',
  'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

// Frames (by name) that present a call to action to connect the customer's software.
const CONNECT_FRAMES = {
  'h66-salon-payouts-tablet': ['Plug in your tools', 'Home', 'Settings / Connected tools'],
  'h67-saas-revenue-financing-desktop': ['Application – data sources', 'Application – 1 source connected', 'Insights', 'Settings – Data sources'],
  'h68-builders-merchant-trade-mobile': ['04 Credit decision', '05 Choose software', 'Welcome email'],
  'h69-negative-school-parent-app': [],
  'h70-negative-podcast-player': [],
};

let failed = 0;
const fail = (f, m) => { failed++; console.error(`FAIL ${f}: ${m}`); };

const only = process.argv.slice(2);
for (const [name, connectNames] of Object.entries(CONNECT_FRAMES)) {
  if (only.length && !only.includes(name)) continue;
  const file = JSON.parse(readFileSync(join(OUT_DIR, name + '.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(OUT_DIR, name + '.truth.json'), 'utf8'));
  const byId = new Map();
  let count = 0;
  const walk = (n, parent) => {
    count++;
    if (byId.has(n.id)) fail(name, 'duplicate id ' + n.id);
    byId.set(n.id, { n, parent });
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(file.document, null);
  for (const { n } of byId.values()) {
    for (const it of n.interactions ?? []) for (const a of it.actions) if (a.destinationId && !byId.has(a.destinationId)) fail(name, 'bad destination ' + a.destinationId);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, 'bad transitionNodeID');
    if (n.componentId && (!byId.has(n.componentId) || !file.components[n.componentId])) fail(name, 'bad componentId ' + n.componentId);
    if (n.type === 'TEXT' && typeof n.characters !== 'string') fail(name, 'text without characters');
  }
  // truth ids
  for (const id of [...truth.present, ...truth.absent]) if (!IDS.includes(id)) fail(name, 'unknown item ' + id);
  const both = truth.present.filter((x) => truth.absent.includes(x));
  if (both.length) fail(name, 'in both lists ' + both);
  for (const k of Object.keys(truth.notes)) if (!IDS.includes(k)) fail(name, 'note for unknown item ' + k);
  if (truth.kind === 'onboarding' && truth.present.length + truth.absent.length < 24) fail(name, 'fewer than 24 labelled');

  // flow
  const pages = file.document.children;
  let page = pages.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID);
  let start = page ? ((page.flowStartingPoints ?? [])[0]?.nodeId ?? page.prototypeStartNodeID) : null;
  if (!page) {
    start = truth.flow.startFrameId;
    page = pages.find((p) => p.children.some((c) => c.id === start || (c.type === 'SECTION' && c.children.some((d) => d.id === start))));
  }
  const scope = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') scope.push(c);
    if (c.type === 'SECTION') for (const d of c.children) if (d.type === 'FRAME' && d.visible !== false) scope.push(d);
  }
  const inScope = new Set(scope.map((f) => f.id));
  const frameOf = new Map();
  for (const f of scope) { const mark = (n) => { frameOf.set(n.id, f.id); (n.children ?? []).forEach(mark); }; mark(f); }
  const edges = new Map(scope.map((f) => [f.id, new Set()]));
  for (const f of scope) {
    const visit = (n) => {
      for (const it of n.interactions ?? []) for (const a of it.actions) {
        if (a.type === 'NODE' && ['NAVIGATE', 'SWAP', 'OVERLAY'].includes(a.navigation) && frameOf.has(a.destinationId)) edges.get(f.id).add(frameOf.get(a.destinationId));
      }
      if (n.transitionNodeID && frameOf.has(n.transitionNodeID)) edges.get(f.id).add(frameOf.get(n.transitionNodeID));
      (n.children ?? []).forEach(visit);
    };
    visit(f);
  }
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const x = q.shift(); for (const y of edges.get(x) ?? []) if (!d.has(y)) { d.set(y, d.get(x) + 1); q.push(y); } } return d; };
  if (!inScope.has(start)) fail(name, 'start not in scope');
  if (start !== truth.flow.startFrameId) fail(name, `start ${start} != truth ${truth.flow.startFrameId}`);
  const fromStart = bfs(start);
  const nameOf = (id) => byId.get(id).n.name;
  const ctaIds = scope.filter((f) => connectNames.includes(f.name)).map((f) => f.id);
  const reachedCta = ctaIds.filter((id) => fromStart.has(id)).sort((a, b) => fromStart.get(a) - fromStart.get(b));
  const connect = reachedCta[0] ?? null;
  if (connect !== truth.flow.connectFrameId) fail(name, `connect ${connect && nameOf(connect)} != truth ${truth.flow.connectFrameId}`);
  const steps = connect ? fromStart.get(connect) : null;
  if (steps !== truth.flow.stepsToConnect) fail(name, `steps ${steps} != truth ${truth.flow.stepsToConnect}`);
  let dead = [];
  if (connect) {
    const fromConnect = bfs(connect);
    dead = [...fromStart.keys()].filter((id) => !fromConnect.has(id) && !bfs(id).has(connect));
  }
  const want = [...truth.flow.deadEnds].sort();
  if (JSON.stringify(dead.sort()) !== JSON.stringify(want)) fail(name, `deadEnds ${dead.map(nameOf)} != truth ${want}`);
  const frames = scope.length;
  console.log(`${name}: ${count} nodes, ${frames} screens in scope, present ${truth.present.length}, absent ${truth.absent.length}, start ${nameOf(start)}, connect ${connect && nameOf(connect)} in ${steps}, dead ends [${dead.map(nameOf).join(', ')}]`);
}
if (failed) { console.error(failed + ' failure(s)'); process.exit(1); }
console.log('all checks passed');
