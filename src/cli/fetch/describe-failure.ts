/**
 * The one line a failed fetch ends with. Each names the host and what went wrong in terms a
 * CI log reader can act on; none can contain the token (redact.ts runs over them as well).
 */
import { oneLine } from '../usage-error';
import type { FigmaFileRequest } from './file-request';
import type { GetResponse, HttpNetworkError, HttpTimeout } from './http-get';
import { formatBytes } from './download-progress';
import { formatSeconds, isTransientNetworkCode } from './retry-policy';

export function describeTimeout(request: FigmaFileRequest, timeout: HttpTimeout): string {
  const host = request.url.host;
  const raise = '--timeout SECONDS raises it';
  const limit = formatSeconds(timeout.limitMs);
  if (timeout.phase === 'connect') return `the Figma API at ${host} timed out: no connection within ${limit}${through(request)} (connect timeout; ${raise})`;
  if (timeout.phase === 'headers') return `the Figma API at ${host} timed out: no response headers within ${limit} (headers timeout; ${raise})`;
  return `the Figma API at ${host} timed out: the body stopped arriving after ${formatBytes(timeout.receivedBytes)}, ${limit} in all (body timeout; ${raise})`;
}

export function describeNetworkError(request: FigmaFileRequest, error: HttpNetworkError, attempts: number): string {
  const host = request.url.host;
  const { proxy } = request;
  if (proxy !== null && error.phase === 'connect') {
    if (error.code === 'EPROXY') {
      const hint = / 407\b/.test(error.message) ? ' (put the proxy\'s user and password in HTTPS_PROXY: http://user:password@host:port)' : '';
      return `cannot reach the Figma API at ${host}${through(request)}: ${error.message}${hint}`;
    }
    if (error.code === 'ECONNREFUSED' || error.code === 'ENOTFOUND') {
      return `cannot reach the proxy at ${proxy.label} (HTTPS_PROXY): ${error.code === 'ENOTFOUND' ? 'no such host' : 'connection refused'}`;
    }
  }
  if (error.code === 'ECONNREFUSED') return `cannot reach the Figma API at ${host}: connection refused`;
  if (error.code === 'ENOTFOUND') return `cannot reach the Figma API at ${host}: no such host`;
  if (error.code === 'EBADGZIP' || error.code === 'EENCODING') return `the Figma API at ${host} sent an unreadable answer: ${error.message}`;
  if (error.code === 'ETOOLARGE') return `the file from the Figma API at ${host} does not fit in memory: ${error.message}`;
  if (isCertificateProblem(error.code)) {
    // Usually a proxy that re-signs TLS traffic; Node trusts its certificate once told where it is.
    return `no secure connection to the Figma API at ${host}: ${error.message} (${error.code}); behind a TLS-inspecting proxy, point NODE_EXTRA_CA_CERTS at its certificate`;
  }
  if (!isTransientNetworkCode(error.code)) return `cannot reach the Figma API at ${host}${through(request)}: ${error.message}`;
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  const where = error.phase === 'body' ? 'while sending the file' : 'before answering';
  return `the Figma API at ${host} dropped the connection ${where}${through(request)}${tries}: ${error.code ?? 'error'}, ${error.message}`;
}

function through(request: FigmaFileRequest): string {
  return request.proxy === null ? '' : ` through the proxy at ${request.proxy.label}`;
}

function isCertificateProblem(code: string | undefined): boolean {
  return code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code);
}

export function describeStatus(request: FigmaFileRequest, response: GetResponse, attempts: number): string {
  const { status } = response;
  const answered = `the Figma API answered ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const detail = errorDetail(response);
  const said = detail ? `: ${detail}` : '';
  const file = request.versionId === null ? `file ${request.fileKey}` : `version ${request.versionId} of file ${request.fileKey}`;
  if (status === 401 || status === 403) {
    return `${answered} for ${file}${said} (check that ${request.credential.variable} is a valid token whose account can open the file; personal access tokens need the file_content:read scope)`;
  }
  if (status === 404) return `${answered} for ${file}${said} (no such file, or the token's account cannot open it)`;
  if (status >= 300 && status < 400) {
    const location = response.headers.location;
    return `${answered} for ${file}: a redirect${location ? ` to ${stripQuery(location)}` : ''}, not followed so the token stays with the API host`;
  }
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  return `${answered} for ${file}${tries}${said}`;
}

export function describeNotJson(request: FigmaFileRequest, response: GetResponse, contentType: string): string {
  const title = htmlTitle(response.body);
  return `the Figma API at ${request.url.host} answered ${response.status} with ${contentType} instead of JSON${title ? ` ("${title}")` : ''}: a proxy or login page in the way?`;
}

const MAX_DETAIL = 200;

/** Figma's error bodies are {"status": 403, "err": "Invalid token"}; proxies send HTML. */
function errorDetail(response: GetResponse): string | null {
  const text = response.body.toString('utf8', 0, Math.min(response.body.length, 64 * 1024));
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object') {
      const record = parsed as Record<string, unknown>;
      const message = record.err ?? record.message ?? record.error;
      if (typeof message === 'string' && message.trim() !== '') return clip(message);
    }
  } catch {
    // Not JSON: an HTML page's title is the most a log needs.
  }
  return htmlTitle(response.body);
}

function htmlTitle(body: Buffer): string | null {
  const text = body.toString('utf8', 0, Math.min(body.length, 64 * 1024));
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(text);
  return match && match[1]!.trim() !== '' ? clip(match[1]!) : null;
}

function clip(text: string): string {
  const line = oneLine(text);
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL)}…` : line;
}

function stripQuery(location: string): string {
  const at = location.search(/[?#]/);
  return at === -1 ? location : location.slice(0, at);
}
