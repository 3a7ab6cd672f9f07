// Small deterministic helpers for writing Figma REST-format files by hand.
// Boxes are given relative to the parent ([x, y, w, h]); finish() turns them
// into absoluteBoundingBox values and resolves symbolic links to node ids.

export function rgb(hex, a = 1) {
  const h = hex.replace('#', '');
  const v = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: v(0), g: v(2), b: v(4), a };
}
export const solid = (hex, a = 1) => [{ type: 'SOLID', color: rgb(hex, a) }];
export const imageFill = (ref) => [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: ref }];

function base(type, name, box, opts = {}) {
  const node = { type, name, _box: box };
  for (const [k, v] of Object.entries(opts)) {
    if (v !== undefined) node[k] = v;
  }
  return node;
}

// Interaction helpers. `to` is a symbolic key set on a node via opts.key.
export const go = (to, navigation = 'NAVIGATE', trigger = 'ON_CLICK') => ({ to, navigation, trigger });
export const back = () => ({ kind: 'BACK' });
export const close = () => ({ kind: 'CLOSE' });
export const url = (u) => ({ kind: 'URL', url: u });

export function frame(name, box, opts = {}, kids = []) {
  const { fill = '#FFFFFF', radius, stroke, ...rest } = opts;
  return base('FRAME', name, box, {
    fills: fill === null ? [] : solid(fill),
    strokes: stroke ? solid(stroke) : [],
    cornerRadius: radius,
    clipsContent: true,
    ...rest,
    children: kids,
  });
}

export function auto(name, box, dir, kids = [], opts = {}) {
  const { gap = 8, pad = 0, fill = null, radius, stroke, ...rest } = opts;
  return base('FRAME', name, box, {
    layoutMode: dir === 'v' ? 'VERTICAL' : 'HORIZONTAL',
    itemSpacing: gap,
    paddingLeft: pad,
    paddingRight: pad,
    paddingTop: pad,
    paddingBottom: pad,
    primaryAxisSizingMode: 'AUTO',
    counterAxisSizingMode: 'FIXED',
    fills: fill ? solid(fill) : [],
    strokes: stroke ? solid(stroke) : [],
    cornerRadius: radius,
    ...rest,
    children: kids,
  });
}

export function group(name, box, kids = [], opts = {}) {
  return base('GROUP', name, box, { ...opts, children: kids });
}

export function section(name, box, kids = [], opts = {}) {
  return base('SECTION', name, box, { fills: solid('#F5F5F5'), ...opts, children: kids });
}

export function text(chars, box, opts = {}) {
  const { size = 14, weight = 400, color = '#1C1C1E', deco, family = 'Inter', name, align, lh, ...rest } = opts;
  const style = { fontFamily: family, fontSize: size, fontWeight: weight };
  if (deco) style.textDecoration = deco;
  if (align) style.textAlignHorizontal = align;
  if (lh) style.lineHeightPx = lh;
  return base('TEXT', name ?? chars, box, { characters: chars, style, fills: solid(color), ...rest });
}

export function rect(name, box, opts = {}) {
  const { fill = '#E5E5EA', radius, stroke, image, ...rest } = opts;
  return base('RECTANGLE', name, box, {
    fills: image ? imageFill(image) : fill === null ? [] : solid(fill),
    strokes: stroke ? solid(stroke) : [],
    cornerRadius: radius,
    ...rest,
  });
}

export function ellipse(name, box, opts = {}) {
  const { fill = '#E5E5EA', stroke, ...rest } = opts;
  return base('ELLIPSE', name, box, { fills: fill === null ? [] : solid(fill), strokes: stroke ? solid(stroke) : [], ...rest });
}

export function vec(name, box, opts = {}) {
  const { fill = '#1C1C1E', stroke, ...rest } = opts;
  return base('VECTOR', name, box, { fills: fill === null ? [] : solid(fill), strokes: stroke ? solid(stroke) : [], ...rest });
}

export function line(name, box, color = '#E5E5EA') {
  return base('LINE', name, box, { strokes: solid(color), fills: [] });
}

// An INSTANCE of a component registered with Doc.component(key, ...).
export function inst(comp, name, box, opts = {}, kids = []) {
  const { fill, radius, ...rest } = opts;
  return base('INSTANCE', name, box, {
    _comp: comp,
    fills: fill ? solid(fill) : [],
    cornerRadius: radius,
    ...rest,
    children: kids,
  });
}

export class Doc {
  constructor(meta) {
    this.meta = meta;
    this.pages = [];
    this.compDefs = {}; // key -> {name, description, setKey}
    this.sets = {};
  }
  component(key, name, description = '', setKey) {
    this.compDefs[key] = { name, description, setKey };
  }
  componentSet(key, name, description = '') {
    this.sets[key] = { name, description };
  }
  page(name, kids, opts = {}) {
    const p = { name, kids, opts };
    this.pages.push(p);
    return p;
  }

  finish() {
    const keyToId = {};
    const compIds = {};
    const setIds = {};
    const pending = [];
    const pagesOut = [];
    let pnum = 0;
    const walk = (node, px, py, alloc) => {
      const [x, y, w, h] = node._box;
      const out = { id: alloc(), name: node.name, type: node.type };
      const ax = px + x;
      const ay = py + y;
      for (const [k, v] of Object.entries(node)) {
        if (['_box', 'type', 'name', 'children', 'key', 'link', 'links', 'old', '_comp', '_compKey', '_setKey'].includes(k)) continue;
        out[k] = v;
      }
      out.absoluteBoundingBox = { x: ax, y: ay, width: w, height: h };
      if (node.key) {
        if (keyToId[node.key]) throw new Error('duplicate key ' + node.key);
        keyToId[node.key] = out.id;
      }
      if (node._compKey) compIds[node._compKey] = out.id;
      if (node._setKey) setIds[node._setKey] = out.id;
      if (node._comp) pending.push(() => {
        if (!compIds[node._comp]) throw new Error('no component ' + node._comp);
        out.componentId = compIds[node._comp];
      });
      const links = node.links ?? (node.link ? [node.link] : []);
      if (links.length) {
        pending.push(() => {
          out.interactions = links.map((l) => {
            if (l.kind) {
              const a = l.kind === 'URL' ? { type: 'URL', url: l.url } : { type: l.kind };
              return { trigger: { type: 'ON_CLICK' }, actions: [a] };
            }
            const dest = keyToId[l.to];
            if (!dest) throw new Error('no key ' + l.to);
            const trig = l.trigger === 'AFTER_TIMEOUT' ? { type: 'AFTER_TIMEOUT', timeout: 1.5 } : { type: l.trigger };
            return {
              trigger: trig,
              actions: [{
                type: 'NODE',
                destinationId: dest,
                navigation: l.navigation,
                transition: l.navigation === 'OVERLAY' ? { type: 'MOVE_IN', direction: 'TOP', duration: 0.3, easing: { type: 'EASE_OUT' } } : null,
                preserveScrollPosition: false,
              }],
            };
          });
        });
      }
      if (node.old) pending.push(() => {
        const dest = keyToId[node.old];
        if (!dest) throw new Error('no key ' + node.old);
        out.transitionNodeID = dest;
        out.transitionDuration = 300;
        out.transitionEasing = 'EASE_OUT';
      });
      if (node.children) out.children = node.children.map((c) => walk(c, ax, ay, alloc));
      return out;
    };
    for (const p of this.pages) {
      pnum += 1;
      let c = p.opts.idBase ?? 1;
      const prefix = p.opts.prefix ?? pnum;
      const alloc = () => {
        c += 1 + (c % 3 === 0 ? 1 : 0);
        return `${prefix}:${c}`;
      };
      const canvas = {
        id: `0:${pnum}`,
        name: p.name,
        type: 'CANVAS',
        backgroundColor: rgb(p.opts.bg ?? '#E5E5E5'),
        children: p.kids.map((k) => walk(k, 0, 0, alloc)),
      };
      pagesOut.push({ canvas, p });
    }
    for (const f of pending) f();
    for (const { canvas, p } of pagesOut) {
      if (p.opts.starts) {
        canvas.flowStartingPoints = p.opts.starts.map(([k, n]) => ({ nodeId: keyToId[k], name: n }));
        canvas.prototypeStartNodeID = keyToId[p.opts.starts[0][0]];
      } else if (p.opts.protoStart) {
        canvas.flowStartingPoints = [];
        canvas.prototypeStartNodeID = keyToId[p.opts.protoStart];
      } else {
        canvas.flowStartingPoints = [];
        canvas.prototypeStartNodeID = null;
      }
    }
    const components = {};
    for (const [k, d] of Object.entries(this.compDefs)) {
      const id = compIds[k];
      if (!id) throw new Error('component never drawn ' + k);
      components[id] = { key: hashKey(this.meta.name + k), name: d.name, description: d.description };
      if (d.setKey) components[id].componentSetId = setIds[d.setKey];
    }
    const componentSets = {};
    for (const [k, d] of Object.entries(this.sets)) {
      componentSets[setIds[k]] = { key: hashKey(this.meta.name + 'set' + k), name: d.name, description: d.description };
    }
    return {
      json: {
        name: this.meta.name,
        lastModified: this.meta.lastModified,
        thumbnailUrl: '',
        version: this.meta.version,
        role: 'editor',
        editorType: 'figma',
        linkAccess: 'view',
        schemaVersion: 0,
        document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: pagesOut.map((x) => x.canvas) },
        components,
        componentSets,
        styles: {},
      },
      keyToId,
    };
  }
}

// COMPONENT node helper (drawn on a components page). `k` is the registry key.
export function compNode(k, name, box, opts = {}, kids = []) {
  const { fill = null, radius, ...rest } = opts;
  return base('COMPONENT', name, box, {
    _compKey: k,
    fills: fill ? solid(fill) : [],
    cornerRadius: radius,
    ...rest,
    children: kids,
  });
}
export function compSet(k, name, box, kids = []) {
  return base('COMPONENT_SET', name, box, { _setKey: k, fills: [], strokes: solid('#9747FF'), children: kids });
}

function hashKey(s) {
  let h1 = 0x811c9dc5;
  let out = '';
  for (let r = 0; r < 5; r += 1) {
    for (let i = 0; i < s.length; i += 1) {
      h1 ^= s.charCodeAt(i) + r;
      h1 = Math.imul(h1, 16777619) >>> 0;
    }
    out += h1.toString(16).padStart(8, '0');
  }
  return out.slice(0, 40);
}

// Mobile/tablet status bar, drawn the way most UI kits do it.
export function statusBar(w, dark = false) {
  const c = dark ? '#FFFFFF' : '#000000';
  return group('Status Bar', [0, 0, w, 44], [
    text('9:41', [21, 12, 54, 21], { size: 15, weight: 600, color: c, family: 'SF Pro Text' }),
    vec('Vector', [w - 80, 17, 17, 11], { fill: c }),
    vec('Vector', [w - 58, 17, 15, 11], { fill: c }),
    rect('Rectangle', [w - 38, 17, 24, 11], { fill: c, radius: 3 }),
  ]);
}

export function truthOut(fileName, kind, description, present, absent, notes, flow) {
  return {
    file: fileName,
    kind,
    writtenBy: 'held-out writer Q1 (from the checklist facts and the REST format only; repository not read)',
    description,
    present,
    absent,
    notes,
    flow,
  };
}
