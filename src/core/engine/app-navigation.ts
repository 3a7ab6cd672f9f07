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

function isIcon(node: IndexedNode, texts: readonly IndexedNode[]): boolean {
  const { type, width, height, x, y, fill } = node.node;
  if (ICON_TYPES[type] !== true || fill === 'image' || width < ICON_MIN || height < ICON_MIN || width > ICON_MAX || height > ICON_MAX) return false;
  return !texts.some((text) => text.node.x >= x - 1 && text.node.y >= y - 1 && text.node.x + text.node.width <= x + width + 1 && text.node.y + text.node.height <= y + height + 1);
}

function iconAbove(label: IndexedNode, icons: readonly IndexedNode[]): boolean {
  const centre = label.node.x + label.node.width / 2;
  return icons.some((icon) => {
    const gap = label.node.y - (icon.node.y + icon.node.height);
    return gap >= -2 && gap <= ICON_GAP && Math.abs(icon.node.x + icon.node.width / 2 - centre) <= label.node.width / 2 + 8;
  });
}

function iconBefore(label: IndexedNode, icons: readonly IndexedNode[]): boolean {
  return icons.some((icon) => {
    const gap = label.node.x - (icon.node.x + icon.node.width);
    return gap >= -2 && gap <= ICON_GAP && Math.abs(icon.node.y + icon.node.height / 2 - centreY(label)) <= 8;
  });
}

function centreY(node: IndexedNode): number {
  return node.node.y + node.node.height / 2;
}

function hasTabBar(frame: SnapshotFrame, texts: readonly IndexedNode[], nodes: readonly IndexedNode[]): boolean {
  // Layers' positions are relative to their screen.
  const top = frame.height * (1 - TAB_BAR_SHARE);
  const near = texts.filter((node) => node.words > 0 && node.words <= TAB_LABEL_WORDS && node.node.y >= top);
  if (near.length < MIN_TABS) return false;
  const icons = nodes.filter((node) => node.node.y >= top - ICON_MAX && isIcon(node, texts));
  const labels = near.filter((label) => iconAbove(label, icons));
  for (const label of labels) {
    const row = labels.filter((other) => Math.abs(centreY(other) - centreY(label)) <= ROW_TOLERANCE);
    if (row.length < MIN_TABS) continue;
    const left = Math.min(...row.map((node) => node.node.x));
    const right = Math.max(...row.map((node) => node.node.x + node.node.width));
    if (right - left >= frame.width * TAB_SPREAD) return true;
  }
  return false;
}

function hasSidebar(frame: SnapshotFrame, texts: readonly IndexedNode[], nodes: readonly IndexedNode[]): boolean {
  if (frame.width < WIDE_SCREEN) return false;
  const edge = frame.width * SIDEBAR_SHARE;
  const near = texts.filter((node) => node.words > 0 && node.words <= SIDEBAR_LABEL_WORDS && node.node.x < edge);
  if (near.length < MIN_SIDEBAR_ENTRIES) return false;
  const icons = nodes.filter((node) => node.node.x < edge && isIcon(node, texts));
  const labels = near.filter((label) => iconBefore(label, icons));
  for (const label of labels) {
    const column = labels.filter((other) => Math.abs(other.node.x - label.node.x) <= COLUMN_TOLERANCE);
    if (column.length >= MIN_SIDEBAR_ENTRIES) return true;
  }
  return false;
}

/** Whether the screen draws the app's navigation, from its texts and all its nodes. */
export function drawsAppNavigation(frame: SnapshotFrame, texts: readonly IndexedNode[], nodes: readonly IndexedNode[]): boolean {
  return hasTabBar(frame, texts, nodes) || hasSidebar(frame, texts, nodes);
}
