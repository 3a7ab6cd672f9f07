import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { readApiCredential } from '../../src/cli/fetch/api-token';
import { parseFileReference } from '../../src/cli/fetch/figma-link';
import { scopeForLinkedNode } from '../../src/cli/fetch/link-scope';
import { figmaFileRequest } from '../../src/cli/fetch/file-request';
import { redactSecrets, secretsFromEnv } from '../../src/cli/fetch/redact';
import { backoffMs, parseRetryAfter } from '../../src/cli/fetch/retry-policy';
import { UsageError } from '../../src/cli/usage-error';

describe('Figma links', () => {
  it.each([
    ['https://www.figma.com/design/AbC123xyz/Onboarding?node-id=12-34', 'AbC123xyz', '12:34'],
    ['https://figma.com/design/AbC123xyz/Onboarding?node-id=12-34&t=Zq1-0', 'AbC123xyz', '12:34'],
    ['https://www.figma.com/file/AbC123xyz/Onboarding?type=design&node-id=12%3A34&mode=design', 'AbC123xyz', '12:34'],
    ['https://www.figma.com/proto/AbC123xyz/Onboarding?page-id=0%3A1&node-id=5-6&starting-point-node-id=5%3A6', 'AbC123xyz', '5:6'],
    ['https://www.figma.com/board/AbC123xyz/Flows', 'AbC123xyz', null],
    ['https://www.figma.com/design/AbC123xyz', 'AbC123xyz', null],
    ['www.figma.com/design/AbC123xyz/Onboarding?node-id=1-2', 'AbC123xyz', '1:2'],
    ['https://www.figma.com/design/AbC123xyz/branch/BrAnCh987/Onboarding?node-id=7-8', 'BrAnCh987', '7:8'],
    ['AbC123xyz', 'AbC123xyz', null],
  ])('%s → key %s, node %s', (input, fileKey, nodeId) => {
    expect(parseFileReference(input)).toEqual({ fileKey, nodeId });
  });

  it.each([
    ['https://example.com/design/AbC123xyz/x', /not a Figma link/],
    ['https://www.figma.com/community/file/123/x', /not a link to a Figma file/],
    ['https://www.figma.com/files/recent', /not a link to a Figma file/],
    ['https://www.figma.com/design/AbC123xyz/branch/', /branch link without the branch key/],
    ['https://www.figma.com/design/AbC123xyz/x?node-id=12%20OR%201', /not a Figma node id/],
    ['samples/strong-onboarding.json', /neither a Figma file key nor a Figma file link/],
  ])('rejects %s with a clear message', (input, message) => {
    expect(() => parseFileReference(input)).toThrow(UsageError);
    expect(() => parseFileReference(input)).toThrow(message);
  });
});

describe('audit arguments for the Figma API', () => {
  it('takes a link given in place of the path', () => {
    const args = parseArgs(['audit', 'https://www.figma.com/design/K1/N?node-id=1-2', '--timeout', '0.5', '--version-id', '42']);
    expect(args).toMatchObject({ file: null, fileKey: 'https://www.figma.com/design/K1/N?node-id=1-2', timeoutSeconds: 0.5, versionId: '42' });
  });

  it.each([
    [['audit', '--file-key', 'K', '--timeout', '0'], /--timeout must be a number of seconds above 0/],
    [['audit', '--file-key', 'K', '--timeout', 'soon'], /--timeout must be a number/],
    [['audit', '--file-key', 'K', '--version-id', 'latest'], /--version-id must be a Figma version id/],
    [['audit', 'file.json', '--version-id', '1'], /--version-id applies to a file fetched from the Figma API/],
    [['audit', 'file.json', '--file-key', 'K', '--version-id', '1'], /--version-id applies to a file fetched from the Figma API/],
    [['audit', 'https://www.figma.com/design/K/N', '--file-key', 'K2'], /one Figma file at a time/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('builds the request: shared plugin data, the version, time limits', () => {
    const request = figmaFileRequest(
      { fileRef: 'https://www.figma.com/design/K1/N?node-id=1-2', versionId: '42', timeoutSeconds: 0.3 },
      { FIGMA_TOKEN: 'abc', FIGMA_API_BASE: 'http://127.0.0.1:9/prefix' },
    );
    expect(request.url.href).toBe('http://127.0.0.1:9/prefix/v1/files/K1?plugin_data=shared&version=42');
    expect(request).toMatchObject({ fileKey: 'K1', nodeId: '1:2', connectTimeoutMs: 300, totalTimeoutMs: 300 });
    const defaults = figmaFileRequest({ fileRef: 'K1', versionId: null, timeoutSeconds: null }, { FIGMA_TOKEN: 'abc' });
    expect(defaults.url.href).toBe('https://api.figma.com/v1/files/K1?plugin_data=shared');
    expect(defaults).toMatchObject({ connectTimeoutMs: 30000, totalTimeoutMs: 120000 });
  });

  it('refuses a time limit past what a timer can hold', () => {
    expect(() => figmaFileRequest({ fileRef: 'K', versionId: null, timeoutSeconds: 3e6 }, { FIGMA_TOKEN: 'abc' })).toThrow(/--timeout is at most 86400 seconds/);
  });

  it('refuses to send a token over plain http to another machine', () => {
    expect(() => figmaFileRequest({ fileRef: 'K', versionId: null, timeoutSeconds: null }, { FIGMA_TOKEN: 'abc', FIGMA_API_BASE: 'http://proxy.example:8080' }))
      .toThrow(/must use https/);
  });
});

describe('tokens', () => {
  it('sends a personal access token as X-Figma-Token and an OAuth token as a bearer', () => {
    expect(readApiCredential({ FIGMA_TOKEN: ' pat-value\n' })).toMatchObject({ headerName: 'X-Figma-Token', headerValue: 'pat-value' });
    expect(readApiCredential({ FIGMA_OAUTH_TOKEN: 'oauth-value' })).toMatchObject({ headerName: 'Authorization', headerValue: 'Bearer oauth-value' });
    expect(readApiCredential({ FIGMA_TOKEN: 'pat', FIGMA_OAUTH_TOKEN: 'oauth' }).variable).toBe('FIGMA_TOKEN');
  });

  it('names both variables when neither is set, and rejects a token with inner spaces without echoing it', () => {
    expect(() => readApiCredential({ FIGMA_TOKEN: '' })).toThrow(/FIGMA_TOKEN .*FIGMA_OAUTH_TOKEN/);
    let message = '';
    try {
      readApiCredential({ FIGMA_OAUTH_TOKEN: 'two words-secret' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/FIGMA_OAUTH_TOKEN contains spaces/);
    expect(message).not.toContain('words-secret');
  });

  it('redacts the tokens, figd_ tokens and bearer values from any text', () => {
    const env = { FIGMA_TOKEN: 'tok-1234567890\n', FIGMA_OAUTH_TOKEN: 'short' };
    const text = 'sent tok-1234567890 and figd_AbC-123 with Authorization: Bearer xyz.abc; short stays';
    expect(redactSecrets(text, secretsFromEnv(env))).toBe('sent [redacted] and [redacted] with Authorization: Bearer [redacted]; short stays');
  });

  it('also redacts a proxy password', () => {
    const secrets = secretsFromEnv({ HTTPS_PROXY: 'http://ci:p%40ss-word-99@proxy:3128' });
    expect(redactSecrets('p@ss-word-99 and p%40ss-word-99', secrets)).toBe('[redacted] and [redacted]');
  });
});

describe('retry timing', () => {
  const now = Date.parse('2026-11-26T22:00:00Z');
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('12', now)).toBe(12000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 22:00:30 GMT', now)).toBe(30000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 21:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it('backs off exponentially with full jitter', () => {
    expect([1, 2, 3].map((attempt) => backoffMs(attempt, () => 0.999))).toEqual([999, 1998, 3996]);
    expect(backoffMs(3, () => 0)).toBe(0);
    expect(backoffMs(1, () => 0.5, true)).toBe(2500);
    expect(backoffMs(10, () => 0.999, true)).toBeLessThanOrEqual(60000);
  });
});

describe("what a link's node-id reviews", () => {
  const file = {
    document: {
      id: '0:0',
      children: [
        { id: '0:1', type: 'CANVAS', children: [
          { id: '1:2', type: 'FRAME', children: [{ id: '1:3', type: 'GROUP', children: [{ id: '1:4', type: 'TEXT' }] }] },
          { id: '2:1', type: 'SECTION', children: [
            { id: '2:2', type: 'SECTION', children: [{ id: '2:3', type: 'FRAME', children: [{ id: '2:4', type: 'RECTANGLE' }] }] },
          ] },
        ] },
        { id: '5:0', type: 'CANVAS', children: [] },
      ],
    },
  };

  it.each([
    ['a page (the address bar with nothing selected)', '5:0', { pages: ['5:0'] }],
    ['a top-level frame', '1:2', { frameIds: ['1:2'] }],
    ['a layer inside a frame', '1:4', { frameIds: ['1:2'] }],
    ['a section', '2:1', { frameIds: ['2:1'] }],
    ['a section in a section', '2:2', { frameIds: ['2:2'] }],
    ['a layer in a frame inside sections', '2:4', { frameIds: ['2:3'] }],
  ])('%s', (_name, nodeId, scope) => {
    expect(scopeForLinkedNode(file, nodeId, 'K')).toEqual(scope);
  });

  it('refuses a node the file does not have', () => {
    expect(() => scopeForLinkedNode(file, '9:9', 'K')).toThrow("the link's node-id 9:9 is not in file K");
  });
});
