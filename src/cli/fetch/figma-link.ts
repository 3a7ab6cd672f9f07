/**
 * What people paste: a bare file key or the link from Figma's address bar or "Copy link".
 * The link's node-id is the frame or section that was selected, so it narrows the review;
 * a branch link names the branch's own key, which the API serves like any file.
 */
import { UsageError } from '../usage-error';

export interface FileReference {
  fileKey: string;
  /** The node from the link's node-id, in the file's id form (12:34), or null. */
  nodeId: string | null;
}

const FILE_KINDS = new Set(['design', 'file', 'proto', 'board']);
const KEY = /^[A-Za-z0-9]+$/;
const NODE_ID = /^[A-Za-z0-9:;]+$/;

/** A positional argument that is a link rather than a path on disk. */
export function looksLikeFigmaLink(text: string): boolean {
  return /^https?:\/\//i.test(text) || /^(www\.)?figma\.com\//i.test(text);
}

export function parseFileReference(input: string): FileReference {
  const text = input.trim();
  if (!looksLikeFigmaLink(text)) {
    if (!KEY.test(text)) throw new UsageError(`"${text}" is neither a Figma file key nor a Figma file link`);
    return { fileKey: text, nodeId: null };
  }
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new UsageError(`"${text}" is not a valid link`);
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'figma.com' && host !== 'www.figma.com') {
    throw new UsageError(`${url.origin} is not a Figma link: paste a https://www.figma.com/design/… link or give the file key`);
  }
  const [kind, key, third, branchKey] = url.pathname.split('/').filter((part) => part !== '');
  if (kind === undefined || !FILE_KINDS.has(kind) || key === undefined) {
    throw new UsageError(`${url.origin}${url.pathname} is not a link to a Figma file: expected /design/KEY/…, /file/, /proto/ or /board/`);
  }
  let fileKey = key;
  if (third === 'branch') {
    if (branchKey === undefined) throw new UsageError(`${url.origin}${url.pathname} is a branch link without the branch key`);
    fileKey = branchKey;
  }
  if (!KEY.test(fileKey)) throw new UsageError(`"${fileKey}" in ${url.origin}${url.pathname} is not a Figma file key`);
  return { fileKey, nodeId: nodeIdFrom(url) };
}

function nodeIdFrom(url: URL): string | null {
  // URLSearchParams has already decoded 12%3A34; links use 12-34 because ":" needs escaping.
  const raw = url.searchParams.get('node-id');
  if (raw === null || raw.trim() === '') return null;
  const id = raw.trim().replace(/-/g, ':');
  if (!NODE_ID.test(id)) throw new UsageError(`node-id "${raw}" in the link is not a Figma node id (expected e.g. 12-34)`);
  return id;
}
