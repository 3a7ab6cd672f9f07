// Checks writer T's files: JSON parses, ids unique, links and component ids
// resolve, truth ids valid and disjoint, flow facts recomputed from links.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMES = ['h71-plumbing-firm-cashflow-mobile', 'h72-dtc-brand-inventory-loans-desktop', 'h73-physio-clinic-insurance-claims-tablet', 'h74-negative-fitness-wearable', 'h75-negative-dating-app'];
const IDS = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill
value.three-part value.contextual-ctas value.faq-link value.progress-meter
privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda
platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives platform.non-linear platform.multiple-connections
connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(/\s+/);
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);
const CONNECTISH = /connect|link|sync|authori[sz]e|plug in|hook up|integrat|import/i;
let bad = 0;
const fail = (f, m) => { bad++; console.log(`FAIL ${f}: ${m}`); };

for (const name of NAMES) {
  let file, truth;
  try {
    file = JSON.parse(readFileSync(join(DIR, name + '.json'), 'utf8'));
    truth = JSON.parse(readFileSync(join(DIR, name + '.truth.json'), 'utf8'));
  } catch (e) { fail(name, 'parse ' + e.message); continue; }
  const byId = new Map();
  const parent = new Map();
  const walk = (n, p) => {
    if (byId.has(n.id)) fail(name, 'dup id ' + n.id);
    byId.set(n.id, n);
    if (p) parent.set(n.id, p);
    if (!/^\d+:\d+$/.test(n.id)) fail(name, 'odd id ' + n.id);
    (n.children ?? []).forEach((k) => walk(k, n));
  };
  walk(file.document, null);
  for (const n of byId.values()) {
    for (const i of n.interactions ?? []) for (const a of i.actions) if (a.type === 'NODE' && !byId.has(a.destinationId)) fail(name, 'dangling dest ' + a.destinationId);
    if (n.transitionNodeID && !byId.has(n.transitionNodeID)) fail(name, 'dangling transition ' + n.transitionNodeID);
    if (n.type === 'INSTANCE' && !file.components[n.componentId]) fail(name, 'unknown component ' + n.componentId);
  }
  for (const k of ['file', 'kind', 'writtenBy', 'description', 'present', 'absent', 'notes', 'flow']) if (!(k in truth)) fail(name, 'truth missing ' + k);
  if (truth.file !== name + '.json') fail(name, 'truth.file');
  for (const id of [...truth.present, ...truth.absent, ...Object.keys(truth.notes)]) if (!IDS.includes(id)) fail(name, 'bad id ' + id);
  for (const id of truth.present) if (truth.absent.includes(id)) fail(name, 'both ' + id);
  const labelled = truth.present.length + truth.absent.length;

  // flow
  const canvases = file.document.children;
  const fl = truth.flow;
  const topFrame = new Map();
  let canvas = null;
  const scope = (c) => {
    const frames = [];
    for (const k of c.children) {
      if (k.type === 'FRAME' && k.visible !== false) frames.push(k);
      if (k.type === 'SECTION' && k.visible !== false) for (const j of k.children) if (j.type === 'FRAME' && j.visible !== false) frames.push(j);
    }
    return frames;
  };
  for (const c of canvases) if (scope(c).some((f) => f.id === fl.startFrameId)) canvas = c;
  if (!canvas) { fail(name, 'start frame not in scope of any page'); continue; }
  const declared = canvas.flowStartingPoints?.[0]?.nodeId ?? canvas.prototypeStartNodeID ?? null;
  if (declared && declared !== fl.startFrameId) fail(name, `declared start ${declared} != truth ${fl.startFrameId}`);
  const frames = scope(canvas);
  const inScope = new Set(frames.map((f) => f.id));
  for (const f of frames) { const mark = (n) => { topFrame.set(n.id, f.id); (n.children ?? []).forEach(mark); }; mark(f); }
  const edges = new Map(frames.map((f) => [f.id, new Set()]));
  const texts = new Map(frames.map((f) => [f.id, []]));
  for (const f of frames) {
    const visit = (n) => {
      if (n.visible === false) return;
      if (n.type === 'TEXT') texts.get(f.id).push(n.characters);
      const dests = [];
      for (const i of n.interactions ?? []) for (const a of i.actions) if (a.type === 'NODE' && STEP.has(a.navigation)) dests.push(a.destinationId);
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const d of dests) { const t = topFrame.get(d); if (t && inScope.has(t)) edges.get(f.id).add(t); }
      (n.children ?? []).forEach(visit);
    };
    visit(f);
  }
  const bfs = (s) => { const d = new Map([[s, 0]]); const q = [s]; while (q.length) { const u = q.shift(); for (const v of edges.get(u)) if (!d.has(v)) { d.set(v, d.get(u) + 1); q.push(v); } } return d; };
  const fromStart = bfs(fl.startFrameId);
  const nodes = byId.size;
  const screens = frames.length;
  if (truth.kind === 'negative') {
    if (fl.connectFrameId !== null || fl.stepsToConnect !== null || fl.deadEnds.length) fail(name, 'negative flow not null');
  } else {
    const c = fl.connectFrameId;
    if (!inScope.has(c)) fail(name, 'connect frame not in scope');
    const steps = fromStart.has(c) ? fromStart.get(c) : null;
    if (steps !== fl.stepsToConnect) fail(name, `stepsToConnect ${steps} != ${fl.stepsToConnect}`);
    const fromC = bfs(c);
    const dead = [...fromStart.keys()].filter((f) => !fromC.has(f) && !bfs(f).has(c)).sort();
    if (JSON.stringify(dead) !== JSON.stringify([...fl.deadEnds].sort())) fail(name, `deadEnds ${dead} != ${fl.deadEnds}`);
    for (const [f, d] of fromStart) if (d < steps) {
      const hits = texts.get(f).filter((t) => CONNECTISH.test(t));
      console.log(`  review: ${byId.get(f).name} (d=${d}) connect-ish text: ${JSON.stringify(hits)}`);
    }
  }
  console.log(`${name}: nodes=${nodes} screens=${screens} present=${truth.present.length} absent=${truth.absent.length} labelled=${labelled} flow=${JSON.stringify(fl)} reach=${fromStart.size}`);
}
console.log(bad ? `${bad} problem(s)` : 'all checks passed');
process.exit(bad ? 1 : 0);
