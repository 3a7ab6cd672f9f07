// Small deterministic helpers for writing Figma REST-style files by hand.
// Nodes are created with coordinates relative to their parent; finalize()
// turns them into absoluteBoundingBox values.

export const C = {
  white: { r: 1, g: 1, b: 1, a: 1 },
  ink: { r: 0.1, g: 0.11, b: 0.13, a: 1 },
  grey: { r: 0.45, g: 0.47, b: 0.5, a: 1 },
  line: { r: 0.88, g: 0.89, b: 0.9, a: 1 },
  pale: { r: 0.96, g: 0.96, b: 0.97, a: 1 },
};

export function rgb(hex) {
  const n = parseInt(hex.replace('#', ''), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255, a: 1 };
}

export const solid = (color) => [{ type: 'SOLID', color }];
export const image = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

export function builder() {
  let page = 0;
  let n = 0;
  const components = {};
  const componentSets = {};
  const id = () => `${page}:${++n}`;
  const B = {
    components,
    componentSets,
    setPage(p) { page = p; n = 0; },
    id,
    node(type, name, x, y, w, h, props = {}, children) {
      const node = { id: id(), name, type, _r: { x, y, w, h }, ...props };
      if (children) node.children = children.filter(Boolean);
      return node;
    },
    frame(name, x, y, w, h, props = {}, children = []) {
      return B.node('FRAME', name, x, y, w, h, { fills: solid(C.white), ...props }, children);
    },
    auto(name, dir, x, y, w, h, props = {}, children = []) {
      return B.node('FRAME', name, x, y, w, h, {
        fills: [], layoutMode: dir, itemSpacing: 8, paddingLeft: 0, paddingRight: 0, paddingTop: 0, paddingBottom: 0, ...props,
      }, children);
    },
    group(name, x, y, w, h, children = [], props = {}) {
      return B.node('GROUP', name, x, y, w, h, props, children);
    },
    section(name, x, y, w, h, children = []) {
      return B.node('SECTION', name, x, y, w, h, { fills: solid(C.pale) }, children);
    },
    text(chars, x, y, w, h, o = {}) {
      const style = { fontFamily: o.font || 'Inter', fontSize: o.size || 14, fontWeight: o.weight || 400 };
      if (o.deco) style.textDecoration = o.deco;
      if (o.align) style.textAlignHorizontal = o.align;
      const props = { characters: chars, style, fills: solid(o.color || C.ink) };
      if (o.visible === false) props.visible = false;
      return B.node('TEXT', o.name || chars.slice(0, 40), x, y, w, h, props);
    },
    rect(name, x, y, w, h, props = {}) {
      return B.node('RECTANGLE', name, x, y, w, h, { fills: solid(C.line), ...props });
    },
    vec(name, x, y, w, h, props = {}) {
      return B.node('VECTOR', name, x, y, w, h, { fills: solid(C.grey), ...props });
    },
    ellipse(name, x, y, w, h, props = {}) {
      return B.node('ELLIPSE', name, x, y, w, h, { fills: solid(C.line), ...props });
    },
    component(name, x, y, w, h, props = {}, children = [], description = '') {
      const node = B.node('COMPONENT', name, x, y, w, h, props, children);
      components[node.id] = { key: `k${node.id.replace(':', 'x')}${name.length}`, name, description };
      return node;
    },
    componentSet(name, x, y, w, h, variants) {
      const node = B.node('COMPONENT_SET', name, x, y, w, h, { fills: [] }, variants);
      componentSets[node.id] = { key: `s${node.id.replace(':', 'x')}`, name, description: '' };
      for (const v of variants) components[v.id].componentSetId = node.id;
      return node;
    },
    inst(compId, name, x, y, w, h, props = {}, children = []) {
      return B.node('INSTANCE', name, x, y, w, h, { componentId: compId, ...props }, children);
    },
  };
  return B;
}

export function go(node, dest, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
  node.interactions = node.interactions || [];
  node.interactions.push({ trigger: { type: trigger }, actions: [{ type: 'NODE', destinationId: dest, navigation, transition: navigation === 'CHANGE_TO' ? null : { type: 'DISSOLVE', duration: 0.3, easing: { type: 'EASE_OUT' } } }] });
  return node;
}
export function act(node, action, trigger = 'ON_CLICK') {
  node.interactions = node.interactions || [];
  node.interactions.push({ trigger: { type: trigger }, actions: [action] });
  return node;
}

// Convert relative coordinates to absolute, depth first.
export function finalize(node, ox = 0, oy = 0) {
  const r = node._r;
  delete node._r;
  const ax = ox + r.x;
  const ay = oy + r.y;
  const out = { id: node.id, name: node.name, type: node.type };
  if (node.visible === false) out.visible = false;
  out.absoluteBoundingBox = { x: ax, y: ay, width: r.w, height: r.h };
  for (const [k, v] of Object.entries(node)) {
    if (k in out || k === 'children' || k === 'visible') continue;
    out[k] = v;
  }
  if (node.children) out.children = node.children.map((c) => finalize(c, ax, ay));
  return out;
}

export function canvas(B, name, children, start) {
  const cv = { id: B.id(), name, type: 'CANVAS', backgroundColor: { r: 0.9, g: 0.9, b: 0.9, a: 1 } };
  cv.children = children.map((c) => finalize(c));
  if (start && start.flows) cv.flowStartingPoints = start.flows;
  else cv.flowStartingPoints = [];
  if (start && start.startId) cv.prototypeStartNodeID = start.startId;
  return cv;
}

export function file(B, name, lastModified, pages) {
  return {
    name,
    lastModified,
    thumbnailUrl: '',
    version: String(3000000000 + name.length * 7919),
    role: 'viewer',
    editorType: 'figma',
    schemaVersion: 0,
    document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: pages },
    components: B.components,
    componentSets: B.componentSets,
    styles: {},
  };
}

// Button variants
export function btnInst(B, compId, label, x, y, w, h, o = {}) {
  return B.inst(compId, o.name || 'Property 1=Default', x, y, w, h, {}, [
    B.text(label, 16, (h - 20) / 2, w - 32, 20, { size: o.size || 14, weight: 600, color: o.color || C.white, align: 'CENTER' }),
  ]);
}
export function btnFrame(B, label, x, y, w, h, fill, o = {}) {
  return B.frame(o.name || label, x, y, w, h, { fills: solid(fill), cornerRadius: o.radius ?? 8, layoutMode: 'HORIZONTAL', primaryAxisAlignItems: 'CENTER', counterAxisAlignItems: 'CENTER' }, [
    B.text(label, 12, (h - 20) / 2, w - 24, 20, { size: o.size || 14, weight: 600, color: o.color || C.white, align: 'CENTER' }),
  ]);
}
export function btnGroup(B, label, x, y, w, h, fill, o = {}) {
  return B.group(o.name || `Group ${x + y}`, x, y, w, h, [
    B.rect(o.rname || 'Rectangle', 0, 0, w, h, { fills: solid(fill), cornerRadius: o.radius ?? 6, strokes: o.stroke ? solid(o.stroke) : [] }),
    B.text(label, 0, (h - 20) / 2, w, 20, { size: o.size || 14, weight: 600, color: o.color || C.white, align: 'CENTER' }),
  ]);
}
export function link(B, label, x, y, w, color, o = {}) {
  return B.text(label, x, y, w, o.h || 18, { size: o.size || 13, weight: o.weight || 500, color, deco: o.deco, name: o.name });
}
export function checkbox(B, x, y, kind, o = {}) {
  if (kind === 'INSTANCE') return B.inst(o.compId, o.name || 'Property 1=Off', x, y, 20, 20, {});
  if (kind === 'VECTOR') return B.vec(o.name || 'Vector', x, y, 20, 20, { fills: [], strokes: solid(C.grey), strokeWeight: 1.5 });
  return B.rect(o.name || 'Rectangle', x, y, 20, 20, { fills: solid(C.white), strokes: solid(C.grey), strokeWeight: 1.5, cornerRadius: 4 });
}
export function search(B, placeholder, x, y, w, h, o = {}) {
  return B.frame(o.name || 'Frame', x, y, w, h, { fills: solid(C.white), strokes: solid(C.line), cornerRadius: o.radius ?? 8, layoutMode: 'HORIZONTAL', itemSpacing: 8, paddingLeft: 12 }, [
    B.vec('Vector', 12, (h - 16) / 2, 16, 16, { fills: [], strokes: solid(C.grey), strokeWeight: 1.5 }),
    B.text(placeholder, 36, (h - 18) / 2, w - 48, 18, { size: 14, color: C.grey }),
  ]);
}
export function logo(B, ref, x, y, s, kind = 'IMG') {
  if (kind === 'IMG') return B.rect(`Rectangle ${ref.length}`, x, y, s, s, { fills: image(ref), cornerRadius: 6 });
  return B.vec('Vector', x, y, s, s, { fills: solid(rgb(ref)) });
}

export function countNodes(n) {
  let c = 1;
  for (const k of n.children || []) c += countNodes(k);
  return c;
}
