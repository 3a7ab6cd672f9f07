/**
 * The app's own navigation, drawn rather than named: a tab bar (three or more one- or two-word
 * labels, each under its icon, on one row along the bottom of the screen, spread across it) or
 * a sidebar (four or more short labels, each after its icon, stacked along the left edge of a
 * wide screen). A screen with either is inside the app, not a step of the onboarding. The icons
 * tell navigation from a footer of links or a wizard's numbered steps (a number is text).
 */
import type { SnapshotFrame } from '../model/snapshot';
import type { IndexedNode } from './snapshot-index';

const TAB_LABEL_WORDS = 2;
const MIN_TABS = 3;
/** The tab bar sits in this bottom share of the screen. */
const TAB_BAR_SHARE = 0.14;
/** Tabs spread over at least this share of the screen's width. */
const TAB_SPREAD = 0.5;
const ROW_TOLERANCE = 6;

const SIDEBAR_LABEL_WORDS = 3;
const MIN_SIDEBAR_ENTRIES = 4;
/** The sidebar sits in this left share of a wide screen. */
const SIDEBAR_SHARE = 0.22;
const WIDE_SCREEN = 900;
const COLUMN_TOLERANCE = 4;

const ICON_MIN = 12;
const ICON_MAX = 40;
const ICON_GAP = 20;
const ICON_TYPES: { [type: string]: boolean } = { VECTOR: true, INSTANCE: true, FRAME: true, GROUP: true, ELLIPSE: true, RECTANGLE: true, BOOLEAN_OPERATION: true, STAR: true, POLYGON: true };

/** Shaped like an icon: a small mark of an icon's size, not a picture. */
function iconShaped(node: IndexedNode): boolean {
  const { type, width, height, fill } = node.node;
  return ICON_TYPES[type] === true && fill !== 'image' && width >= ICON_MIN && height >= ICON_MIN && width <= ICON_MAX && height <= ICON_MAX;
}

/** No text sits inside the mark: a wizard's numbered step circle holds its number. */
function holdsNoText(icon: IndexedNode, texts: readonly IndexedNode[]): boolean {
  const { x, y, width, height } = icon.node;
  return !texts.some((text) => text.node.x >= x - 1 && text.node.y >= y - 1 && text.node.x + text.node.width <= x + width + 1 && text.node.y + text.node.height <= y + height + 1);
}

/*
 * The text check runs only for a mark already placed where a label's icon goes: on a screen of
 * thousands of layers, checking every small shape against every text would stall a slice.
 */
function iconAbove(label: IndexedNode, marks: readonly IndexedNode[], texts: readonly IndexedNode[]): boolean {
  const centre = label.node.x + label.node.width / 2;
  return marks.some((icon) => {
    const gap = label.node.y - (icon.node.y + icon.node.height);
    return gap >= -2 && gap <= ICON_GAP && Math.abs(icon.node.x + icon.node.width / 2 - centre) <= label.node.width / 2 + 8 && holdsNoText(icon, texts);
  });
}

function iconBefore(label: IndexedNode, marks: readonly IndexedNode[], texts: readonly IndexedNode[]): boolean {
  return marks.some((icon) => {
    const gap = label.node.x - (icon.node.x + icon.node.width);
    return gap >= -2 && gap <= ICON_GAP && Math.abs(icon.node.y + icon.node.height / 2 - centreY(label)) <= 8 && holdsNoText(icon, texts);
  });
}

function centreY(node: IndexedNode): number {
  return node.node.y + node.node.height / 2;
}

function hasTabBar(frame: SnapshotFrame, texts: readonly IndexedNode[], nodes: readonly IndexedNode[]): boolean {
  // Layers' positions are relative to their screen.
  const top = frame.height * (1 - TAB_BAR_SHARE);
  const band = texts.filter((node) => node.node.y >= top - ICON_MAX);
  const near = band.filter((node) => node.words > 0 && node.words <= TAB_LABEL_WORDS && node.node.y >= top);
  if (near.length < MIN_TABS) return false;
  // Rows of short labels spread across the screen first; the icons are looked for only on those rows.
  const rows = groupBy(near, (node) => centreY(node), ROW_TOLERANCE).filter((row) => row.length >= MIN_TABS && spread(row) >= frame.width * TAB_SPREAD);
  if (rows.length === 0) return false;
  const marks = nodes.filter((node) => node.node.y >= top - ICON_MAX && iconShaped(node));
  return rows.some((row) => {
    const tabs = row.filter((label) => iconAbove(label, marks, band));
    return tabs.length >= MIN_TABS && spread(tabs) >= frame.width * TAB_SPREAD;
  });
}

function hasSidebar(frame: SnapshotFrame, texts: readonly IndexedNode[], nodes: readonly IndexedNode[]): boolean {
  if (frame.width < WIDE_SCREEN) return false;
  const edge = frame.width * SIDEBAR_SHARE;
  const band = texts.filter((node) => node.node.x < edge);
  const near = band.filter((node) => node.words > 0 && node.words <= SIDEBAR_LABEL_WORDS);
  if (near.length < MIN_SIDEBAR_ENTRIES) return false;
  const columns = groupBy(near, (node) => node.node.x, COLUMN_TOLERANCE).filter((column) => column.length >= MIN_SIDEBAR_ENTRIES);
  if (columns.length === 0) return false;
  const marks = nodes.filter((node) => node.node.x < edge && iconShaped(node));
  return columns.some((column) => column.filter((label) => iconBefore(label, marks, band)).length >= MIN_SIDEBAR_ENTRIES);
}

/** Groups of nodes whose `key` lies within `tolerance` of the group's first, in key order. */
function groupBy(nodes: readonly IndexedNode[], key: (node: IndexedNode) => number, tolerance: number): IndexedNode[][] {
  const sorted = [...nodes].sort((a, b) => key(a) - key(b));
  const groups: IndexedNode[][] = [];
  for (const node of sorted) {
    const last = groups[groups.length - 1];
    if (last && key(node) - key(last[0]!) <= tolerance) last.push(node);
    else groups.push([node]);
  }
  return groups;
}

/** How wide a row of labels reaches, from the first one's left edge to the last one's right. */
function spread(row: readonly IndexedNode[]): number {
  return Math.max(...row.map((node) => node.node.x + node.node.width)) - Math.min(...row.map((node) => node.node.x));
}

/** Whether the screen draws the app's navigation, from its texts and all its nodes. */
export function drawsAppNavigation(frame: SnapshotFrame, texts: readonly IndexedNode[], nodes: readonly IndexedNode[]): boolean {
  return hasTabBar(frame, texts, nodes) || hasSidebar(frame, texts, nodes);
}
