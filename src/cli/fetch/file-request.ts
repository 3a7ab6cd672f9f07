/**
 * Everything a fetch needs, checked before any network traffic: which file (from a key or
 * a pasted link), which version, where the API is, the credential and the time limits.
 */
import { UsageError } from '../usage-error';
import { readApiCredential, type ApiCredential } from './api-token';
import { parseFileReference } from './figma-link';
import { proxyFor, type ProxySetting } from './proxy-setting';

export const DEFAULT_CONNECT_TIMEOUT_MS = 30_000;
export const DEFAULT_TOTAL_TIMEOUT_MS = 120_000;
const DEFAULT_API_BASE = 'https://api.figma.com';
const MAX_TIMEOUT_SECONDS = 86_400;

export interface FigmaFileRequest {
  fileKey: string;
  /** From the link's node-id: the frame or section to review. */
  nodeId: string | null;
  versionId: string | null;
  url: URL;
  credential: ApiCredential;
  proxy: ProxySetting | null;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
}

export interface FileRequestOptions {
  fileRef: string;
  versionId: string | null;
  timeoutSeconds: number | null;
}

export function figmaFileRequest(options: FileRequestOptions, env: NodeJS.ProcessEnv): FigmaFileRequest {
  const { fileKey, nodeId } = parseFileReference(options.fileRef);
  const base = apiBase(env.FIGMA_API_BASE);
  const credential = readApiCredential(env);
  const url = new URL(`v1/files/${encodeURIComponent(fileKey)}`, base);
  url.searchParams.set('plugin_data', 'shared');
  if (options.versionId !== null) url.searchParams.set('version', options.versionId);
  // Node's timers overflow past about 24.8 days and then fire at once; a day is plenty for one file.
  if (options.timeoutSeconds !== null && options.timeoutSeconds > MAX_TIMEOUT_SECONDS) {
    throw new UsageError(`--timeout is at most ${MAX_TIMEOUT_SECONDS} seconds (a day), not ${options.timeoutSeconds}`);
  }
  const totalTimeoutMs = options.timeoutSeconds === null ? DEFAULT_TOTAL_TIMEOUT_MS : Math.ceil(options.timeoutSeconds * 1000);
  return {
    fileKey, nodeId, versionId: options.versionId, url, credential, proxy: proxyFor(url, env),
    connectTimeoutMs: Math.min(DEFAULT_CONNECT_TIMEOUT_MS, totalTimeoutMs),
    totalTimeoutMs,
  };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function apiBase(override: string | undefined): URL {
  const text = override?.trim() || DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`FIGMA_API_BASE "${text}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`FIGMA_API_BASE must be an https:// URL, not ${url.protocol}`);
  // The token rides in a header: plain http is only acceptable when it never leaves the machine.
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new UsageError(`FIGMA_API_BASE must use https:// (plain http would send the token in clear text to ${url.host})`);
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  url.search = '';
  url.hash = '';
  return url;
}
