// Small helpers for writing Figma REST-format files by hand.
// Coordinates passed to the node helpers are relative to the parent frame;
// finish() turns them into absoluteBoundingBox values.
import { writeFileSync } from 'node:fs';

export function rgb(hex, a = 1) {
  const h = hex.replace('#', '');
  const n = (i) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { r: n(0), g: n(2), b: n(4), a };
}
export const solid = (hex, opacity) => {
  const f = { blendMode: 'NORMAL', type: 'SOLID', color: rgb(hex) };
  if (opacity !== undefined) f.opacity = opacity;
  return f;
};

export class Doc {
  constructor(name, meta) {
    this.name = name;
    this.meta = meta;
    this.pages = [];
    this.components = {};
    this.componentSets = {};
    this.keys = {};
    this.autoN = { Frame: 300, Rectangle: 10, Group: 4, Vector: 1, Ellipse: 2, Line: 1 };
    this.pageNo = 0;
  }

  page(name, start) {
    this.pageNo += 1;
    this.n = 1;
    const canvas = {
      id: `${this.pageNo - 1}:${this.pageNo}`,
      name,
      type: 'CANVAS',
      children: [],
      backgroundColor: rgb('#e5e5e5'),
      flowStartingPoints: [],
      _start: start,
    };
    this.pages.push(canvas);
    this.cur = canvas;
    return canvas;
  }

  id() {
    this.n += 1;
    return `${this.pageNo}:${this.n * 3 + 7}`;
  }

  auto(kind) {
    this.autoN[kind] += 1 + (this.autoN[kind] % 3);
    return `${kind} ${this.autoN[kind]}`;
  }

  node(type, name, x, y, w, h, o = {}, kids) {
    const nd = { id: this.id(), name, type };
    if (o.visible === false) nd.visible = false;
    nd._r = { x, y, w, h };
    if (kids) nd.children = kids.filter(Boolean);
    if (o.fill !== undefined) nd.fills = o.fill === null ? [] : [solid(o.fill, o.fillOpacity)];
    else if (o.fills) nd.fills = o.fills;
    else if (type === 'FRAME' || type === 'COMPONENT' || type === 'INSTANCE') nd.fills = [];
    if (o.stroke) {
      nd.strokes = [solid(o.stroke)];
      nd.strokeWeight = o.strokeWeight || 1;
    }
    if (o.radius) nd.cornerRadius = o.radius;
    if (o.layout) {
      nd.layoutMode = o.layout;
      nd.itemSpacing = o.gap ?? 8;
      nd.paddingLeft = nd.paddingRight = o.padX ?? 0;
      nd.paddingTop = nd.paddingBottom = o.padY ?? 0;
      nd.primaryAxisSizingMode = 'AUTO';
      nd.counterAxisSizingMode = 'FIXED';
    }
    if (o.clip) nd.clipsContent = true;
    if (o.opacity !== undefined) nd.opacity = o.opacity;
    return nd;
  }

  F(name, x, y, w, h, o, kids) {
    return this.node('FRAME', name ?? this.auto('Frame'), x, y, w, h, o, kids || []);
  }
  // auto-layout frame with an auto name
  AL(dir, x, y, w, h, o, kids) {
    return this.F(o && o.name ? o.name : 'Auto layout', x, y, w, h, { layout: dir, ...o }, kids);
  }
  R(name, x, y, w, h, o) {
    return this.node('RECTANGLE', name ?? this.auto('Rectangle'), x, y, w, h, o);
  }
  V(name, x, y, w, h, o) {
    return this.node('VECTOR', name ?? 'Vector', x, y, w, h, o);
  }
  E(name, x, y, w, h, o) {
    return this.node('ELLIPSE', name ?? this.auto('Ellipse'), x, y, w, h, o);
  }
  L(x, y, w, color = '#e3e3e3') {
    const nd = this.node('LINE', this.auto('Line'), x, y, w, 0, {});
    nd.strokes = [solid(color)];
    nd.strokeWeight = 1;
    return nd;
  }
  G(name, kids, o = {}) {
    const nd = { id: this.id(), name: name ?? this.auto('Group'), type: 'GROUP' };
    if (o.visible === false) nd.visible = false;
    nd._group = true;
    nd.children = kids.filter(Boolean);
    return nd;
  }
  S(name, x, y, w, h, kids) {
    const nd = this.node('SECTION', name, x, y, w, h, { fill: '#f5f5f5' }, kids);
    return nd;
  }
  T(chars, x, y, w, h, o = {}) {
    const nd = this.node('TEXT', o.name ?? chars.replace(/\n/g, ' ').slice(0, 60), x, y, w, h, { visible: o.visible });
    nd.characters = chars;
    nd.style = {
      fontFamily: o.family || this.meta.font || 'Inter',
      fontPostScriptName: null,
      fontWeight: o.weight || 400,
      fontSize: o.size || 14,
      textAlignHorizontal: o.align || 'LEFT',
      textAlignVertical: 'TOP',
      letterSpacing: 0,
      lineHeightPx: Math.round((o.size || 14) * 1.4 * 10) / 10,
    };
    if (o.deco) nd.style.textDecoration = o.deco;
    nd.fills = [solid(o.color || '#1b1b1f')];
    return nd;
  }
  // component definition on the components page
  C(key, name, x, y, w, h, o, kids, description = '') {
    const nd = this.node('COMPONENT', name, x, y, w, h, o, kids || []);
    this.components[nd.id] = { key: `k${(this.pageNo * 7919 + this.n * 104729).toString(16)}`, name, description };
    this.keys['comp:' + key] = nd;
    return nd;
  }
  CS(name, x, y, w, h, kids, description = '') {
    const nd = this.node('COMPONENT_SET', name, x, y, w, h, { stroke: '#9747ff', radius: 5 }, kids);
    this.componentSets[nd.id] = { key: `s${(this.pageNo * 31 + this.n * 7717).toString(16)}`, name, description };
    for (const k of kids) if (this.components[k.id]) this.components[k.id].componentSetId = nd.id;
    return nd;
  }
  I(compKey, name, x, y, w, h, o, kids) {
    const nd = this.node('INSTANCE', name, x, y, w, h, o, kids || []);
    nd._comp = compKey;
    return nd;
  }
  reg(key, nd) {
    this.keys[key] = nd;
    return nd;
  }
  screen(key, name, x, y, w, h, o, kids) {
    const nd = this.F(name, x, y, w, h, { fill: '#ffffff', clip: true, ...o }, kids);
    return this.reg(key, nd);
  }
  go(nd, key, navigation = 'NAVIGATE', trigger = 'ON_CLICK') {
    nd._acts = nd._acts || [];
    nd._acts.push({ trigger, key, navigation });
    return nd;
  }
  act(nd, action, trigger = 'ON_CLICK') {
    nd._acts = nd._acts || [];
    nd._acts.push({ trigger, action });
    return nd;
  }
  old(nd, key) {
    nd._tn = key;
    return nd;
  }

  finish(outPath) {
    const keys = this.keys;
    function walk(nd, px, py) {
      if (nd._group) {
        for (const c of nd.children) walk(c, px, py);
        const bs = nd.children.map((c) => c.absoluteBoundingBox);
        const x0 = Math.min(...bs.map((b) => b.x));
        const y0 = Math.min(...bs.map((b) => b.y));
        const x1 = Math.max(...bs.map((b) => b.x + b.width));
        const y1 = Math.max(...bs.map((b) => b.y + b.height));
        nd.absoluteBoundingBox = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
        delete nd._group;
      } else {
        const r = nd._r;
        const ax = px + r.x;
        const ay = py + r.y;
        nd.absoluteBoundingBox = { x: ax, y: ay, width: r.w, height: r.h };
        delete nd._r;
        if (nd.children) for (const c of nd.children) walk(c, ax, ay);
      }
      if (nd._comp) {
        const comp = keys['comp:' + nd._comp];
        if (!comp) throw new Error('no component ' + nd._comp);
        nd.componentId = comp.id;
        delete nd._comp;
      }
      if (nd._tn) {
        const t = keys[nd._tn];
        if (!t) throw new Error('no key ' + nd._tn);
        nd.transitionNodeID = t.id;
        nd.transitionDuration = 300;
        nd.transitionEasing = 'EASE_OUT';
        delete nd._tn;
      }
      if (nd._acts) {
        nd.interactions = nd._acts.map((a) => {
          let action = a.action;
          if (!action) {
            const t = keys[a.key];
            if (!t) throw new Error('no key ' + a.key);
            action = {
              type: 'NODE',
              destinationId: t.id,
              navigation: a.navigation,
              transition: a.navigation === 'OVERLAY' ? { type: 'DISSOLVE', easing: { type: 'EASE_OUT' }, duration: 0.2 } : null,
              preserveScrollPosition: false,
            };
          }
          return { trigger: { type: a.trigger }, actions: [action] };
        });
        delete nd._acts;
      }
      // order keys a bit like the API does
      if (nd.children) {
        const kids = nd.children;
        delete nd.children;
        nd.children = kids;
      }
    }
    for (const p of this.pages) {
      for (const c of p.children) walk(c, 0, 0);
      if (p._start) {
        const starts = Array.isArray(p._start) ? p._start : [p._start];
        const mode = starts[0].mode || 'flow';
        if (mode === 'old') {
          p.prototypeStartNodeID = this.keys[starts[0].key].id;
        } else {
          p.flowStartingPoints = starts.map((s) => ({ nodeId: this.keys[s.key].id, name: s.name }));
          p.prototypeStartNodeID = null;
        }
      } else {
        p.prototypeStartNodeID = null;
      }
      delete p._start;
      const kids = p.children;
      delete p.children;
      p.children = kids;
    }
    const out = {
      name: this.meta.title,
      lastModified: this.meta.lastModified,
      thumbnailUrl: '',
      version: this.meta.version,
      role: 'viewer',
      editorType: 'figma',
      linkAccess: 'view',
      schemaVersion: 0,
      document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: this.pages },
      components: this.components,
      componentSets: this.componentSets,
      styles: this.meta.styles || {},
    };
    writeFileSync(outPath, JSON.stringify(out, null, 1) + '\n');
    return out;
  }
}

export const WRITTEN_BY = 'held-out writer Q2 (from the checklist facts and the REST format only; repository not read)';

// truth file beside the design file; flow frames named by their build keys
export function writeTruth(doc, outPath, t) {
  const idOf = (k) => (k ? doc.keys[k].id : null);
  const truth = {
    file: outPath.split('/').pop().replace('.truth.json', '.json'),
    kind: t.kind,
    writtenBy: WRITTEN_BY,
    description: t.description,
    present: t.present,
    absent: t.absent,
    notes: t.notes,
    flow: {
      startFrameId: idOf(t.flow.start),
      connectFrameId: idOf(t.flow.connect),
      stepsToConnect: t.flow.steps,
      deadEnds: t.flow.deadEnds.map(idOf),
    },
  };
  writeFileSync(outPath, JSON.stringify(truth, null, 2) + '\n');
}
