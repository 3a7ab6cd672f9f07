// Flow facts computed from prototype links, per the corpus rules.
const STEP = new Set(['NAVIGATE', 'SWAP', 'OVERLAY']);

function walk(n, fn, hidden = false) {
  const h = hidden || n.visible === false;
  fn(n, h);
  for (const c of n.children || []) walk(c, fn, h);
}

export function startPage(doc) {
  for (const p of doc.document.children) {
    if ((p.flowStartingPoints && p.flowStartingPoints.length) || p.prototypeStartNodeID) return p;
  }
  return null;
}

export function scopeFrames(page) {
  const out = [];
  for (const c of page.children) {
    if (c.visible === false) continue;
    if (c.type === 'FRAME') out.push(c);
    if (c.type === 'SECTION') for (const f of c.children || []) if (f.type === 'FRAME' && f.visible !== false) out.push(f);
  }
  return out;
}

export function graph(page) {
  const frames = scopeFrames(page);
  const owner = new Map();
  for (const f of frames) walk(f, (n) => owner.set(n.id, f.id));
  const edges = new Map(frames.map((f) => [f.id, []]));
  for (const f of frames) {
    walk(f, (n, hidden) => {
      if (hidden) return;
      const dests = [];
      if (n.transitionNodeID) dests.push(n.transitionNodeID);
      for (const it of n.interactions || []) for (const a of it.actions || []) {
        if (a && a.type === 'NODE' && STEP.has(a.navigation)) dests.push(a.destinationId);
      }
      for (const d of dests) if (owner.has(d)) edges.get(f.id).push(owner.get(d));
    });
  }
  return { frames, edges };
}

function bfs(edges, from) {
  const dist = new Map([[from, 0]]);
  const order = [from];
  for (let i = 0; i < order.length; i++) {
    for (const nx of edges.get(order[i]) || []) if (!dist.has(nx)) { dist.set(nx, dist.get(order[i]) + 1); order.push(nx); }
  }
  return { dist, order };
}

// candidates: frame ids that present a connect call to action (judged by hand).
// start: a fallback start frame id for pages with no starting point.
export function flowFacts(doc, candidates, start) {
  const page = startPage(doc) || doc.document.children.find((p) => scopeFrames(p).some((f) => f.id === start));
  const { edges } = graph(page);
  const s = (page.flowStartingPoints && page.flowStartingPoints[0] && page.flowStartingPoints[0].nodeId) || page.prototypeStartNodeID || start;
  const { dist, order } = bfs(edges, s);
  const connect = order.find((f) => candidates.includes(f)) || null;
  if (!connect) return { startFrameId: s, connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  const fromC = bfs(edges, connect).dist;
  const rev = new Map([...edges.keys()].map((k) => [k, []]));
  for (const [a, bs] of edges) for (const b of bs) rev.get(b).push(a);
  const toC = bfs(rev, connect).dist;
  const deadEnds = order.filter((f) => !fromC.has(f) && !toC.has(f));
  return { startFrameId: s, connectFrameId: connect, stepsToConnect: dist.get(connect), deadEnds };
}
