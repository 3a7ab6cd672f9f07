/**
 * The host's stand-in for the Figma canvas: the sample's pages with their top-level frames
 * (sections shown as labelled groups of frames) as clickable cards, each a miniature of the
 * frame's layers, so "Show" outlines the evidence layers themselves. Clicking sets
 * `figma.currentPage.selection` on the fake, which fires selectionchange for the plugin,
 * and the cards show what the plugin selected or zoomed to via "Show".
 */
import type { FakeFigma, FakeNode, FakePage } from '../fake-figma';
import { drawFrame } from './frame-drawing';
import { shortName } from './short-name';

const SCREEN_TYPES = new Set(['FRAME', 'COMPONENT', 'INSTANCE']);
const CONTAINER_TYPES = new Set(['SECTION', 'COMPONENT_SET']);

export interface Canvas {
  /** Re-read selection and zoom from the fake and update the cards and status line. */
  refresh(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function pageOf(node: FakeNode): FakePage | null {
  let current: FakeNode | null = node;
  while (current && current.rawType !== 'PAGE') current = current._parent;
  return current as FakePage | null;
}

/** Whether `node` is `ancestor` or lies inside it. */
function within(node: FakeNode, ancestor: FakeNode): boolean {
  for (let current: FakeNode | null = node; current; current = current._parent) if (current === ancestor) return true;
  return false;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function mountCanvas(root: HTMLElement, status: HTMLElement, fake: FakeFigma): Canvas {
  const cards = new Map<FakeNode, HTMLButtonElement>();
  /** Every drawn layer, by node id (for outlining what the plugin selected or zoomed to). */
  const layers = new Map<string, HTMLElement>();
  const pageTitles = new Map<FakePage, HTMLElement>();

  const select = async (node: FakeNode, add: boolean): Promise<void> => {
    const page = pageOf(node);
    if (!page) return;
    if (page !== fake.currentPage) {
      // Like clicking a frame in another page's list: switch pages first (a new selection).
      await fake.api.setCurrentPageAsync(page as unknown as PageNode);
      fake.fire('currentpagechange');
      fake.currentPage.selection = [node];
      return;
    }
    const current = fake.currentPage.selection;
    if (!add) fake.currentPage.selection = [node];
    else if (current.includes(node)) fake.currentPage.selection = current.filter((n) => n !== node);
    else fake.currentPage.selection = [...current, node];
  };

  const card = (node: FakeNode, kind: 'frame' | 'section'): HTMLButtonElement => {
    const button = el('button', `card card--${kind}`);
    button.type = 'button';
    button.dataset.nodeId = node.rawId;
    button.dataset.testid = `canvas-node-${node.rawId}`;
    button.title = `Select “${node._name}” (Shift-click to add to the selection)`;
    button.append(el('span', 'card__name', node._name));
    if (kind === 'frame') {
      button.append(el('span', 'card__meta', `${Math.round(node._width)} × ${Math.round(node._height)}`));
      const drawing = drawFrame(node);
      button.append(drawing.screen);
      for (const [id, layer] of drawing.layers) layers.set(id, layer);
    }
    const badge = el('span', 'card__annotations');
    badge.hidden = true;
    button.append(badge);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      void select(node, event.shiftKey);
    });
    cards.set(node, button);
    return button;
  };

  const group = (node: FakeNode): HTMLElement => {
    const box = el('div', 'group');
    box.append(card(node, 'section'));
    const list = el('div', 'group__frames');
    for (const child of node._children) {
      if (!child._visible) continue;
      if (CONTAINER_TYPES.has(child.rawType)) list.append(group(child));
      else if (SCREEN_TYPES.has(child.rawType)) list.append(card(child, 'frame'));
    }
    box.append(list);
    return box;
  };

  for (const page of fake.document._children as FakePage[]) {
    const section = el('section', 'page');
    section.setAttribute('aria-label', `Page “${page._name}”`);
    const title = el('h2', 'page__title', page._name);
    pageTitles.set(page, title);
    section.append(title);
    const frames = el('div', 'page__frames');
    for (const child of page._children) {
      if (!child._visible) continue;
      if (CONTAINER_TYPES.has(child.rawType)) frames.append(group(child));
      else if (SCREEN_TYPES.has(child.rawType)) frames.append(card(child, 'frame'));
    }
    section.append(frames);
    root.append(section);
  }
  // Clicking the canvas background clears the selection, as in Figma.
  root.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('.card')) return;
    if (fake.currentPage.selection.length > 0) fake.currentPage.selection = [];
  });

  let last = '';
  const refresh = (): void => {
    const selection = fake.currentPage.selection;
    const zoomed = (fake.zoomedTo[fake.zoomedTo.length - 1] ?? []).map((id) => fake.ctx.nodes.get(id)).filter((n): n is FakeNode => !!n);
    const zoomedIds = new Set(zoomed.map((n) => n.rawId));
    const signature = [fake.currentPage.rawId, selection.map((n) => n.rawId).join(','), fake.zoomedTo.length, ...[...cards.keys()].map((n) => n._annotations.length)].join('|');
    if (signature === last) return;
    last = signature;

    for (const [page, title] of pageTitles) {
      title.classList.toggle('page__title--current', page === fake.currentPage);
      if (page === fake.currentPage) title.setAttribute('aria-current', 'page');
      else title.removeAttribute('aria-current');
    }
    for (const [node, button] of cards) {
      // A card lights up when it is selected itself or holds selected layers (evidence inside a frame).
      const selected = selection.some((s) => s === node);
      // Sections only mark their own selection: lighting up the group around a frame adds noise.
      const isFrame = button.classList.contains('card--frame');
      const holds = isFrame && !selected && selection.some((s) => within(s, node));
      const inView = isFrame && zoomed.some((z) => within(z, node));
      button.setAttribute('aria-pressed', String(selected));
      button.classList.toggle('card--holds-selection', holds);
      button.classList.toggle('card--in-view', inView);
      const count = node._annotations.length;
      const badge = button.querySelector<HTMLElement>('.card__annotations');
      if (badge) {
        badge.hidden = count === 0;
        badge.textContent = plural(count, 'annotation', 'annotations');
        badge.title = node._annotations.map((a) => a.labelMarkdown ?? a.label ?? '').join('\n');
      }
    }
    const selectedIds = new Set(selection.map((n) => n.rawId));
    for (const [id, layer] of layers) {
      layer.classList.toggle('layer--selected', selectedIds.has(id));
      layer.classList.toggle('layer--in-view', zoomedIds.has(id) && !selectedIds.has(id));
    }
    // Names are shortened at a word, never cut mid-word; the full list is the tooltip.
    const names = selection.map((n) => `“${shortName(n._name)}”`);
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    const text =
      selection.length === 0
        ? `Selected: nothing (page “${fake.currentPage._name}”: the plugin reviews its top-level frames)`
        : `Selected: ${shown}${zoomed.length > 0 && zoomed.every((z) => selection.includes(z)) ? ' · zoomed to the selection' : ''}`;
    status.textContent = text;
    status.title = selection.length === 0 ? text : selection.map((n) => n._name).join('\n');
  };

  refresh();
  return { refresh };
}
