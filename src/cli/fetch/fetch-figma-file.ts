/**
 * GET /v1/files/:key with the retries a CI job needs: rate limits (429) are waited out as
 * Retry-After says, server errors and dropped connections are retried with jittered backoff,
 * and each wait is announced on stderr so a slow log explains itself. Timeouts are not
 * retried: a server that hung once for the whole limit would most likely hang again.
 */
import { UsageError } from '../usage-error';
import { describeNetworkError, describeNotJson, describeStatus, describeTimeout } from './describe-failure';
import { downloadProgress } from './download-progress';
import type { FetchDeps } from './fetch-deps';
import type { FigmaFileRequest } from './file-request';
import { HttpNetworkError, HttpTimeout, httpGet, type GetResponse } from './http-get';
import { redactSecrets } from './redact';
import {
  MAX_ATTEMPTS, MAX_RETRY_AFTER_MS, backoffMs, formatSeconds, isTransientNetworkCode, isTransientStatus, parseRetryAfter,
} from './retry-policy';

/**
 * The file's bytes, in a box the caller empties: a settled promise keeps its value, and the
 * continuation that parses the body runs while that promise is still referenced, so a bare
 * Buffer would stay alive through the whole parse next to the tree built from it.
 */
export interface FetchedFile {
  bytes: Buffer | null;
}

export async function fetchFigmaFile(request: FigmaFileRequest, deps: FetchDeps): Promise<FetchedFile> {
  const fail = (message: string): never => {
    throw new UsageError(redactSecrets(message, [request.credential.secret]));
  };
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= MAX_ATTEMPTS;
    let response: GetResponse;
    const progress = downloadProgress(deps.stderr, deps.now);
    try {
      response = await httpGet({
        url: request.url,
        headers: { [request.credential.headerName]: request.credential.headerValue },
        connectTimeoutMs: request.connectTimeoutMs,
        totalTimeoutMs: request.totalTimeoutMs,
        proxy: request.proxy,
        onBody: (received, total) => progress.update(received, total),
      });
    } catch (error) {
      if (error instanceof HttpTimeout) return fail(describeTimeout(request, error));
      if (!(error instanceof HttpNetworkError)) throw error;
      if (last || !isTransientNetworkCode(error.code)) return fail(describeNetworkError(request, error, attempt));
      await wait(deps, backoffMs(attempt, deps.random), `connection dropped (${error.code})`, attempt);
      continue;
    } finally {
      progress.done();
    }
    const { status } = response;
    if (status === 429) {
      const retryAfter = parseRetryAfter(headerText(response, 'retry-after'), deps.now());
      if (retryAfter !== null && retryAfter > MAX_RETRY_AFTER_MS) return fail(rateLimitedFor(request, response, retryAfter));
      if (last) return fail(describeStatus(request, response, attempt));
      await wait(deps, retryAfter ?? backoffMs(attempt, deps.random, true), 'answered 429', attempt);
      continue;
    }
    if (isTransientStatus(status)) {
      if (last) return fail(describeStatus(request, response, attempt));
      // A 503 may say when the service is back; a longer promise than the cap gets the backoff.
      const retryAfter = parseRetryAfter(headerText(response, 'retry-after'), deps.now());
      const ms = retryAfter !== null && retryAfter <= MAX_RETRY_AFTER_MS ? retryAfter : backoffMs(attempt, deps.random);
      await wait(deps, ms, `answered ${status}`, attempt);
      continue;
    }
    if (status < 200 || status >= 300) return fail(describeStatus(request, response, attempt));
    const contentType = headerText(response, 'content-type');
    if (contentType !== undefined && !/json/i.test(contentType)) return fail(describeNotJson(request, response, contentType.split(';')[0]!.trim()));
    const bytes = response.body;
    // The same holds for the finished request's answer: take the body out of it.
    response.body = Buffer.alloc(0);
    return { bytes };
  }
}

async function wait(deps: FetchDeps, ms: number, what: string, failedAttempt: number): Promise<void> {
  deps.stderr.write(`auth-flow-review: Figma API ${what}; waiting ${formatSeconds(ms)} (attempt ${failedAttempt + 1} of ${MAX_ATTEMPTS})\n`);
  await deps.sleep(ms);
}

function headerText(response: GetResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Figma asks for hours or days when a seat's monthly allowance is spent: waiting is pointless then. */
function rateLimitedFor(request: FigmaFileRequest, response: GetResponse, retryAfterMs: number): string {
  const type = headerText(response, 'x-figma-rate-limit-type');
  const seat = type === 'low' ? '; the token\'s seat has the low (View/Collab) limit' : '';
  return `the Figma API rate limit for file ${request.fileKey} is used up: it asks to wait ${longDuration(retryAfterMs)}, more than the ${formatSeconds(MAX_RETRY_AFTER_MS)} this CLI waits${seat}`;
}

function longDuration(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
