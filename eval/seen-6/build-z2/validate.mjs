// Checks the Z2 files: JSON parses, ids unique, links resolve, truth ids valid,
// and the flow facts recomputed breadth-first from the prototype links.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMES = [
  'h106-catering-company-invoicing-desktop',
  'h107-photographer-tax-mobile',
  'h108-clinic-group-payroll-tablet',
  'h109-negative-volunteer-rota',
  'h110-negative-audiobooks',
];
const IDS = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill
value.three-part value.contextual-ctas value.faq-link value.progress-meter
privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide
privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda
platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives
platform.non-linear platform.multiple-connections
connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(/\s+/);
const STEP_NAV = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);

let failed = false;
const fail = (f, m) => {
  failed = true;
  console.error(`FAIL ${f}: ${m}`);
};

for (const name of NAMES) {
  if (!existsSync(join(DIR, name + '.json'))) {
    console.log(`skip ${name} (not written yet)`);
    continue;
  }
  const doc = JSON.parse(readFileSync(join(DIR, name + '.json'), 'utf8'));
  const truth = JSON.parse(readFileSync(join(DIR, name + '.truth.json'), 'utf8'));
  const byId = new Map();
  const parentOf = new Map();
  let count = 0;
  const walk = (n, parent) => {
    count++;
    if (byId.has(n.id)) fail(name, 'duplicate id ' + n.id);
    byId.set(n.id, n);
    parentOf.set(n.id, parent);
    for (const c of n.children ?? []) walk(c, n);
  };
  walk(doc.document, null);
  for (const k of ['name', 'lastModified', 'version', 'role', 'editorType', 'schemaVersion', 'document', 'components', 'componentSets', 'styles'])
    if (!(k in doc)) fail(name, 'missing top-level ' + k);
  // links
  for (const n of byId.values()) {
    if (n.type === 'INSTANCE') {
      if (!byId.has(n.componentId) || !doc.components[n.componentId]) fail(name, 'bad componentId ' + n.componentId);
    }
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, 'bad transitionNodeID ' + n.id);
    for (const it of n.interactions ?? [])
      for (const a of it.actions ?? []) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, 'bad destination ' + a.destinationId);
    if (n.type === 'CANVAS') {
      if (n.prototypeStartNodeID && !byId.has(n.prototypeStartNodeID)) fail(name, 'bad prototypeStartNodeID');
      for (const f of n.flowStartingPoints ?? []) if (!byId.has(f.nodeId)) fail(name, 'bad flow start');
    }
  }
  // truth shape
  const keys = Object.keys(truth).join(',');
  if (keys !== 'file,kind,writtenBy,description,present,absent,notes,flow') fail(name, 'truth keys ' + keys);
  if (truth.file !== name + '.json') fail(name, 'truth.file');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, 'unknown id ' + id);
  const both = truth.present.filter((x) => truth.absent.includes(x));
  if (both.length) fail(name, 'present and absent: ' + both);
  if (new Set(truth.present).size !== truth.present.length || new Set(truth.absent).size !== truth.absent.length) fail(name, 'dup label');

  // flow
  const pages = doc.document.children;
  let page = pages.find((p) => (p.flowStartingPoints ?? []).length || p.prototypeStartNodeID);
  let start = null;
  if (page) start = page.flowStartingPoints?.length ? page.flowStartingPoints[0].nodeId : page.prototypeStartNodeID;
  else if (truth.flow.startFrameId) {
    start = truth.flow.startFrameId;
    page = pages.find((p) => p.children.some((c) => c.id === start || (c.children ?? []).some((d) => d.id === start)));
  }
  const inScope = new Set();
  if (page)
    for (const c of page.children) {
      if (c.visible === false) continue;
      if (c.type === 'FRAME') inScope.add(c.id);
      if (c.type === 'SECTION') for (const d of c.children ?? []) if (d.type === 'FRAME' && d.visible !== false) inScope.add(d.id);
    }
  const frameOf = (id) => {
    let cur = byId.get(id);
    while (cur && !inScope.has(cur.id)) cur = parentOf.get(cur.id);
    return cur ? cur.id : null;
  };
  const edges = new Map([...inScope].map((f) => [f, new Set()]));
  for (const f of inScope) {
    const visit = (n) => {
      const dests = [];
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const it of n.interactions ?? [])
        for (const a of it.actions ?? []) if (a.type === 'NODE' && STEP_NAV.has(a.navigation)) dests.push(a.destinationId);
      for (const d of dests) {
        const df = frameOf(d);
        if (df && df !== f) edges.get(f).add(df);
      }
      for (const c of n.children ?? []) visit(c);
    };
    visit(byId.get(f));
  }
  const bfs = (s, adj) => {
    const dist = new Map([[s, 0]]);
    const q = [s];
    while (q.length) {
      const u = q.shift();
      for (const v of adj.get(u) ?? [])
        if (!dist.has(v)) {
          dist.set(v, dist.get(u) + 1);
          q.push(v);
        }
    }
    return dist;
  };
  const fl = truth.flow;
  if (truth.kind === 'negative') {
    if (fl.connectFrameId !== null || fl.stepsToConnect !== null || fl.deadEnds.length) fail(name, 'negative flow must be null');
  } else {
    if (start !== fl.startFrameId) fail(name, `start ${start} vs truth ${fl.startFrameId}`);
    if (!inScope.has(fl.startFrameId)) fail(name, 'start not in scope');
    const dist = bfs(start, edges);
    const steps = dist.has(fl.connectFrameId) ? dist.get(fl.connectFrameId) : null;
    if (steps !== fl.stepsToConnect) fail(name, `steps ${steps} vs truth ${fl.stepsToConnect}`);
    const rev = new Map([...inScope].map((f) => [f, new Set()]));
    for (const [u, vs] of edges) for (const v of vs) rev.get(v).add(u);
    const fromConnect = bfs(fl.connectFrameId, edges);
    const toConnect = bfs(fl.connectFrameId, rev);
    const dead = [...dist.keys()].filter((f) => !fromConnect.has(f) && !toConnect.has(f)).sort();
    if (dead.join() !== [...fl.deadEnds].sort().join()) fail(name, `deadEnds ${dead} vs truth ${fl.deadEnds}`);
    const order = [...dist.keys()].map((f) => `${byId.get(f).name}(${dist.get(f)})`);
    console.log(`  bfs order: ${order.join(' > ')}`);
  }
  const screens = inScope.size;
  console.log(
    `${name}: nodes=${count} screens=${screens} present=${truth.present.length} absent=${truth.absent.length} ` +
      `start=${fl.startFrameId} connect=${fl.connectFrameId} steps=${fl.stepsToConnect} deadEnds=${JSON.stringify(fl.deadEnds)}`,
  );
}
if (failed) process.exit(1);
console.log('ok');
