/**
 * The HTTPS proxy a CI runner behind a corporate network is told to use (HTTPS_PROXY and
 * NO_PROXY, as curl reads them). Node 20's own clients ignore these variables.
 */
import { UsageError } from '../usage-error';

export interface ProxySetting {
  host: string;
  port: number;
  /** host:port, for messages: never the credentials. */
  label: string;
  /** Basic credentials from the proxy URL, or null. */
  authorization: string | null;
}

/** The proxy for a request to target, or null for a direct connection. */
export function proxyFor(target: URL, env: NodeJS.ProcessEnv): ProxySetting | null {
  // Plain http only ever reaches this machine (see file-request.ts): never through a proxy.
  if (target.protocol !== 'https:') return null;
  const raw = (env.https_proxy || env.HTTPS_PROXY || '').trim();
  if (raw === '' || bypassed(target, env.no_proxy || env.NO_PROXY || '')) return null;
  let url: URL;
  try {
    url = new URL(raw.includes('://') ? raw : `http://${raw}`);
  } catch {
    // The value is not echoed: it may carry a password.
    throw new UsageError('HTTPS_PROXY is not a proxy URL (expected http://host:port)');
  }
  if (url.protocol !== 'http:') throw new UsageError(`HTTPS_PROXY must be an http:// proxy URL; ${url.protocol} proxies are not supported`);
  const user = decodeURIComponent(url.username);
  const authorization = user === '' ? null : `Basic ${Buffer.from(`${user}:${decodeURIComponent(url.password)}`).toString('base64')}`;
  const port = url.port === '' ? 80 : Number(url.port);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port, label: `${url.hostname}:${port}`, authorization };
}

/** NO_PROXY: "*", or host names (a leading "." or "*." optional) matching the host or its subdomains, with an optional port. */
function bypassed(target: URL, noProxy: string): boolean {
  const host = target.hostname.toLowerCase();
  const port = target.port === '' ? '443' : target.port;
  for (const entry of noProxy.toLowerCase().split(/[\s,]+/)) {
    if (entry === '') continue;
    if (entry === '*') return true;
    const [name, entryPort] = entry.replace(/^\*?\./, '').split(':');
    if (entryPort !== undefined && entryPort !== port) continue;
    if (name !== undefined && (host === name || host.endsWith(`.${name}`))) return true;
  }
  return false;
}
