// Declarative screen builder used by the negative files: a screen is a list of blocks stacked in nested auto layout.
import { Screen, go, back, close, url, legacy } from './lib.mjs';

export function buildApp(b, canvas, spec) {
  const { W, H, theme } = spec;
  const links = [];
  const byKey = {};
  let comp = null;
  if (spec.buttonComponentId) comp = spec.buttonComponentId;

  function render(items, x, y, w) {
    const out = [];
    let cy = y;
    const push = (n, gap = 12) => { out.push(n); cy = n.absoluteBoundingBox.y + n.absoluteBoundingBox.height + gap; return n; };
    for (const it of items) {
      let n;
      switch (it.t) {
        case 'h': n = b.text(it.text, x, cy, { size: it.size ?? 24, weight: 700, w, color: theme.text }); break;
        case 'p': n = b.text(it.text, x, cy, { size: it.size ?? 14, w, color: it.color ?? theme.muted, visible: it.hidden ? false : undefined }); break;
        case 'img': n = b.rect(it.name ?? 'image ' + b.n, x, cy, it.w ?? w, it.h ?? 160, { image: it.ref, radius: it.radius ?? 12 }); break;
        case 'btn': {
          const bw = it.w ?? w, bh = it.h ?? 48;
          if (it.how === 'inst' && comp) n = b.btnInst(it.text, x, cy, bw, bh, comp, { fill: it.fill ?? theme.primary, color: it.color });
          else if (it.how === 'group') n = b.btnGroup(it.text, x, cy, bw, bh, { fill: it.fill ?? theme.primary, shape: it.shape, color: it.color });
          else n = b.btnFrame(it.text, x, cy, bw, bh, { fill: it.fill ?? theme.primary, color: it.color, stroke: it.stroke, radius: it.radius ?? theme.radius, name: it.name });
          break;
        }
        case 'link': n = b.link(it.text, x, cy, { underline: it.underline, color: it.color ?? theme.primary, w: Math.min(w, it.text.length * 8), size: it.size }); break;
        case 'check': n = b.al('Frame ' + b.n, [b.checkbox(x, cy, it.kind ?? 'RECTANGLE', { checked: it.checked }), b.text(it.text, x + 32, cy, { size: 13, w: w - 32, color: theme.text })], 'HORIZONTAL', { gap: 12 }); break;
        case 'search': n = b.searchField(it.text, x, cy, w); break;
        case 'ring': n = b.group('Group ' + b.n, [b.vec('Ellipse ' + b.n, x + (w - 140) / 2, cy, 140, 140, { fill: '#E6E8EE' }), b.vec('Vector', x + (w - 140) / 2, cy, 140, 140, { fill: theme.primary }), b.text(it.text, x + (w - 100) / 2, cy + 56, { size: 20, weight: 700, w: 100, align: 'CENTER' })]); break;
        case 'bar': n = b.group('Group ' + b.n, [b.rect('Rectangle ' + b.n, x, cy, w, 8, { fill: '#E6E8EE', radius: 4 }), b.rect('Rectangle ' + b.n, x, cy, Math.round(w * it.value), 8, { fill: theme.primary, radius: 4 })]); break;
        case 'logo': n = b.al('Frame ' + b.n, [it.image ? b.logo(x, cy, 32, it.image) : b.vec('Vector', x, cy, 32, 32, { fill: it.fill ?? theme.primary }), b.text(it.text, x + 44, cy + 6, { size: 15, weight: 600, w: w - 44, color: theme.text })], 'HORIZONTAL', { gap: 12 }); break;
        case 'row': {
          const cw = Math.floor((w - 12 * (it.items.length - 1)) / it.items.length);
          const cols = it.items.map((sub, i) => render([sub], x + i * (cw + 12), cy, cw)).flat();
          n = b.al('Frame ' + b.n, cols, 'HORIZONTAL', { gap: 12 });
          break;
        }
        case 'list': {
          const rows = it.rows.map((r, i) => {
            const ry = cy + i * 60;
            const kids = [b.vec(r.icon ?? 'Vector', x + 12, ry + 14, 24, 24, { fill: r.iconFill ?? theme.primary }), b.text(r.text, x + 48, ry + 8, { size: 14, weight: 500, w: w - 170, color: theme.text })];
            if (r.sub) kids.push(b.text(r.sub, x + 48, ry + 30, { size: 12, w: w - 170, color: theme.muted }));
            let trail = null;
            if (r.action) { trail = b.link(r.action, x + w - 110, ry + 16, { size: 13, color: r.actionColor ?? theme.primary }); kids.push(trail); }
            const row = b.frame('Frame ' + b.n, x, ry, w, 56, { fill: '#FFFFFF', radius: 10, layoutMode: 'HORIZONTAL', pad: 8, gap: 12 }, kids);
            if (r.to) links.push([trail ?? row, r.to, r.nav]);
            return row;
          });
          n = b.al(it.name ?? 'Frame ' + b.n, rows, 'VERTICAL', { gap: 4 });
          break;
        }
        case 'card': {
          const inner = render(it.items, x + 16, cy + 16, w - 32);
          const last = inner[inner.length - 1].absoluteBoundingBox;
          n = b.frame(it.name ?? 'Frame ' + b.n, x, cy, w, last.y + last.height + 16 - cy, { fill: it.fill ?? '#FFFFFF', radius: 14, stroke: it.stroke ?? '#E6E8EE', layoutMode: 'VERTICAL', pad: 16, gap: 10, visible: it.hidden ? false : undefined }, [b.al('Auto layout', inner, 'VERTICAL', { gap: 10 })]);
          break;
        }
        default: throw new Error('unknown block ' + it.t);
      }
      if (it.name && n.type !== 'TEXT' && it.t !== 'card' && it.t !== 'list') n.name = it.name;
      if (it.to) links.push([n, it.to, it.nav]);
      if (it.action === 'BACK') back(n);
      if (it.action === 'CLOSE') close(n);
      if (it.url) url(n, it.url);
      push(n, it.gap ?? 12);
    }
    return out;
  }

  spec.screens.forEach((s, i) => {
    const x = (i % 6) * (W + 200), y = Math.floor(i / 6) * (H + 240);
    const sc = new Screen(b, s.name, x, y, W, H, { fill: s.fill ?? theme.bg, pad: 0 });
    if (W < 800) sc.put(b.frame('Status Bar', x, y, W, 44, { fill: null, layoutMode: 'HORIZONTAL', pad: 14 }, [b.text('9:41', x + 24, y + 14, { size: 15, weight: 600 }), b.vec('Battery', x + W - 50, y + 16, 26, 12, { fill: '#1D2433' })]));
    const pad = W < 800 ? 20 : 160;
    const content = render(s.items, x + pad, y + (W < 800 ? 64 : 64), W - 2 * pad);
    sc.put(b.al('Frame ' + (200 + i), content, 'VERTICAL', { gap: 12 }));
    if (s.tabs) {
      const its = s.tabs.map((t, j) => {
        const tw = W / s.tabs.length;
        const node = b.frame(t.label, x + j * tw, y + H - 80, tw, 56, { fill: null, layoutMode: 'VERTICAL', pad: 4 }, [b.vec('Vector', x + j * tw + tw / 2 - 12, y + H - 74, 24, 24, { fill: t.active ? theme.primary : '#9AA3B2' }), b.text(t.label, x + j * tw + 8, y + H - 46, { size: 11, w: tw - 16, align: 'CENTER', color: t.active ? theme.primary : '#6B7280' })]);
        if (t.to) links.push([node, t.to, t.nav]);
        return node;
      });
      sc.put(b.frame('Frame ' + (900 + i), x, y + H - 84, W, 84, { fill: '#FFFFFF', layoutMode: 'HORIZONTAL', stroke: '#E6E8EE' }, its));
    }
    if (s.hidden) sc.node.visible = false;
    byKey[s.key] = sc.node;
    canvas.children.push(sc.node);
  });
  for (const [n, key, nav] of links) {
    if (nav === 'LEGACY') legacy(n, byKey[key]);
    else go(n, byKey[key], nav ?? 'NAVIGATE');
  }
  return byKey;
}

export const IDS = ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'];
