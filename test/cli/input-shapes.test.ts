/**
 * Every input the README's table lists, through the real CLI process: the shapes real saved
 * responses take (BOM, gzip, the nodes endpoint) are read, and everything else gets exit 2 with
 * one line on stderr that says what is wrong.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildCliInto } from './build-cli';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectValidReport } from './report-schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'afr-inputs-'));
// Its own build, so this file never races another test file rebuilding dist/cli.js.
const cli = join(scratch, 'cli.mjs');
const strongBytes = readFileSync(join(root, 'samples/strong-onboarding.json'));
const strong = JSON.parse(strongBytes.toString('utf8')) as { name: string; document: { children: { id: string; name: string; children: unknown[] }[] }; components: unknown; componentSets: unknown };

beforeAll(async () => {
  await buildCliInto(cli);
}, 60000);

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const reference = () => run(['audit', join(root, 'samples/strong-onboarding.json')]).stdout;

describe('saved responses the CLI reads', () => {
  it('skips a leading UTF-8 byte order mark', () => {
    const { code, stdout, stderr } = run(['audit', scratchFile('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), strongBytes]))]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(reference());
  });

  it('inflates gzip, whatever the file is called', () => {
    for (const name of ['file.json.gz', 'saved.json']) {
      const { code, stdout } = run(['audit', scratchFile(name, gzipSync(strongBytes))]);
      expect(code).toBe(0);
      expect(stdout).toBe(reference());
    }
  });

  it('reads a nodes endpoint response of the page', () => {
    const page = strong.document.children[0]!;
    const nodes = { name: strong.name, nodes: { [page.id]: { document: page, components: strong.components, componentSets: strong.componentSets, styles: {}, schemaVersion: 0 } } };
    const { code, stdout, stderr } = run(['audit', scratchFile('nodes.json', JSON.stringify(nodes))]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = expectValidReport(JSON.parse(stdout));
    expect(report.flow.startFrameId).toBe('1:10');
    expect(report.frames.map((frame) => frame.id)).not.toContain('2:10');
  });
});

describe('inputs that get exit 2 and one line', () => {
  const emptyPage = { name: 'Blank', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Page 1', type: 'CANVAS', children: [] }] } };
  const damaged = { name: 'D', document: { id: '0:0', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Flow', type: 'CANVAS', children: [{ id: '1:1', name: 'Sign up', type: 'FRAME', children: [{ name: 'Button', type: 'INSTANCE' }] }] }] } };
  const directory = join(scratch, 'a-directory');
  mkdirSync(directory, { recursive: true });
  it.each([
    ['an empty page', () => ['audit', scratchFile('empty-page.json', JSON.stringify(emptyPage))], /^auth-flow-review: nothing to review: no frames on page "Page 1" \(choose others with --page NAME, --all-pages or --frames ID\)$/],
    ['an empty page with --strict', () => ['audit', scratchFile('empty-page.json', JSON.stringify(emptyPage)), '--strict'], /nothing to review: no frames on page "Page 1"/],
    ['an unknown frame or section id', () => ['audit', join(root, 'samples/strong-onboarding.json'), '--frames', '9:9'], /no top-level frame or section with id 9:9/],
    ['text that is not JSON', () => ['audit', scratchFile('notes.json', 'Sign up → Connect')], /notes\.json is not valid JSON \(unexpected "S" at line 1, column 1\)/],
    ['an empty file', () => ['audit', scratchFile('empty.json', '')], /empty\.json is empty: expected a Figma REST file response \(JSON\)/],
    ['a truncated file', () => ['audit', scratchFile('truncated.json', strongBytes.subarray(0, 5000))], /truncated\.json is not valid JSON \(.+ at line \d+, column \d+\)/],
    ['a damaged gzip file', () => ['audit', scratchFile('broken.json.gz', gzipSync(strongBytes).subarray(0, 400))], /broken\.json\.gz is gzip-compressed but could not be inflated/],
    ['JSON of the wrong shape', () => ['audit', scratchFile('wrong.json', '{"status":403,"err":"Invalid token"}')], /not a readable Figma file: file: has no document or nodes: is this a GET \/v1\/files\/:key \(or \/nodes\) response\?/],
    ['a damaged node', () => ['audit', scratchFile('damaged.json', JSON.stringify(damaged))], /not a readable Figma file: document > Flow > Sign up > Button: node has no id/],
    ['a directory', () => ['audit', directory], /cannot read .*a-directory: is a directory/],
    ['a missing file', () => ['audit', join(scratch, 'nope.json')], /cannot read .*nope\.json: no such file/],
  ])('%s', (_name, args, message) => {
    const { code, stdout, stderr } = run(args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });
});
