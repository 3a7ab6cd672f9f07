/**
 * What people paste: a bare file key or the link from Figma's address bar or "Copy link".
 * The link's node-id is the frame or section that was selected; a branch link names the
 * branch's own key, which the API serves like any file. Parsed by hand rather than with
 * `URL`, which the plugin sandbox does not provide, so the CLI, the sandbox and the panel
 * all apply this one rule.
 */

export interface FileReference {
  fileKey: string;
  /** The node from the link's node-id, in the file's id form (12:34), or null. */
  nodeId: string | null;
}

/** Input that is not a Figma file key or file link; the message says why, in one line. */
export class FigmaLinkError extends Error {
  /** `not-figma`: a link elsewhere than figma.com, whose message offers the CLI's alternatives. */
  constructor(
    message: string,
    readonly kind: 'invalid' | 'not-figma' = 'invalid',
  ) {
    super(message);
  }
}

const FILE_KINDS = ['design', 'file', 'proto', 'board'];
const KEY = /^[A-Za-z0-9]+$/;
const NODE_ID = /^[A-Za-z0-9:;]+$/;
const SCHEME = /^https?:\/\//i;
const HOST = /^[a-z0-9.-]+$/;

/** Text that is a link rather than a key or a path on disk. */
export function looksLikeFigmaLink(text: string): boolean {
  return SCHEME.test(text) || /^(www\.)?figma\.com\//i.test(text);
}

interface LinkParts {
  origin: string;
  host: string;
  path: string;
  query: string;
}

function splitLink(text: string): LinkParts {
  const scheme = SCHEME.test(text) ? text.slice(0, text.indexOf(':')).toLowerCase() : 'https';
  const rest = SCHEME.test(text) ? text.replace(SCHEME, '') : text;
  const end = rest.search(/[/?#]/);
  const authority = (end < 0 ? rest : rest.slice(0, end)).toLowerCase();
  const afterAuthority = end < 0 ? '' : rest.slice(end);
  const hash = afterAuthority.indexOf('#');
  const beforeHash = hash < 0 ? afterAuthority : afterAuthority.slice(0, hash);
  const mark = beforeHash.indexOf('?');
  const path = mark < 0 ? beforeHash : beforeHash.slice(0, mark);
  const query = mark < 0 ? '' : beforeHash.slice(mark + 1);
  // Credentials in a link are never a Figma address; a default port is.
  const host = authority.replace(/:(80|443)?$/, '');
  if (host === '' || !HOST.test(host) || /\s/.test(text)) throw new FigmaLinkError(`"${text}" is not a valid link`);
  return { origin: `${scheme}://${host}`, host, path: path === '' ? '/' : path, query };
}

function queryParam(query: string, name: string): string | null {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key !== name) continue;
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      return decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      return raw;
    }
  }
  return null;
}

function nodeIdFrom(query: string): string | null {
  // Links write 12-34 (or 12%3A34) because ":" needs escaping.
  const raw = queryParam(query, 'node-id');
  if (raw === null || raw.trim() === '') return null;
  const id = raw.trim().replace(/-/g, ':');
  if (!NODE_ID.test(id)) throw new FigmaLinkError(`node-id "${raw}" in the link is not a Figma node id (expected e.g. 12-34)`);
  return id;
}

/** A Figma file link (design, file, proto or board; branch links name the branch). Throws FigmaLinkError. */
export function parseFigmaLink(input: string): FileReference {
  const text = input.trim();
  const { origin, host, path, query } = splitLink(text);
  if (host !== 'figma.com' && host !== 'www.figma.com') {
    throw new FigmaLinkError(`${origin} is not a Figma link: paste a https://www.figma.com/design/… link or give the file key`, 'not-figma');
  }
  const [kind, key, third, branchKey] = path.split('/').filter((part) => part !== '');
  if (kind === undefined || FILE_KINDS.indexOf(kind) < 0 || key === undefined) {
    throw new FigmaLinkError(`${origin}${path} is not a link to a Figma file: expected /design/KEY/…, /file/, /proto/ or /board/`);
  }
  let fileKey = key;
  if (third === 'branch') {
    if (branchKey === undefined) throw new FigmaLinkError(`${origin}${path} is a branch link without the branch key`);
    fileKey = branchKey;
  }
  if (!KEY.test(fileKey)) throw new FigmaLinkError(`"${fileKey}" in ${origin}${path} is not a Figma file key`);
  return { fileKey, nodeId: nodeIdFrom(query) };
}

/** A bare file key or a Figma file link. Throws FigmaLinkError. */
export function parseFileReference(input: string): FileReference {
  const text = input.trim();
  if (looksLikeFigmaLink(text)) return parseFigmaLink(text);
  if (!KEY.test(text)) throw new FigmaLinkError(`"${text}" is neither a Figma file key nor a Figma file link`);
  return { fileKey: text, nodeId: null };
}
