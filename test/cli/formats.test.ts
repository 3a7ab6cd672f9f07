/**
 * Every report format on a saved review whose notes, names and mockup copy are hostile: no
 * HTML element, link, image or extra heading in the Markdown, no extra workflow command in
 * any output, well-formed JUnit XML, and each piece of text read back as the reviewer or the
 * file wrote it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseXmlStrictly } from '../core/untrusted/xml-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../src/core/checklist/types';
import { getItem } from '../../src/core/checklist';
import { LINK_BREAKER, VISIBLE_LINE_BREAK } from '../../src/core/untrusted';
import { nodeTypes, parseGfm } from '../core/untrusted/markdown-parse';
import { readRunnerOutput } from '../core/untrusted/workflow-command-parse';
import { FILE_NAME, FRAME_NAME, hostileSample, INJECTED_NOTE, RUNNER_NOTE } from './formats-sample';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'afr-formats-'));
const hostile = join(scratch, 'hostile.json');
writeFileSync(hostile, JSON.stringify(hostileSample(root)));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonItem { id: string; area: string; detection: string; status: string; note: string | null }

/** The core items --strict fails on, from the JSON report of the same file. */
function strictFailureIds(): string[] {
  const items = (JSON.parse(run(['audit', hostile]).stdout) as { items: JsonItem[] }).items;
  return items
    .filter((item) => !getItem(item.id as (typeof ITEM_IDS)[number]).bonus)
    .filter((item) => item.status === 'needs-work' || (item.detection === 'missing' && item.status !== 'not-applicable'))
    .map((item) => item.id);
}

/** Lines a GitHub runner would take as commands. */
function commandLines(output: string): string[] {
  return readRunnerOutput(output).filter((line) => line.kind !== 'text').map((line) => (line.kind === 'command' ? `::${line.command.name}` : line.text));
}

const withoutBreakers = (text: string) => text.split(LINK_BREAKER).join('');

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'build.mjs'), '--cli-only'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 60000);

describe('the saved hostile review', () => {
  it('is read back verbatim by the JSON report', () => {
    const { code, stdout } = run(['audit', hostile, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { file: { name: string }; items: JsonItem[] };
    expect(report.file.name).toBe(FILE_NAME);
    expect(report.items.find((item) => item.id === 'privacy.consent-action')).toMatchObject({ status: 'needs-work', note: INJECTED_NOTE });
    expect(report.items.find((item) => item.id === 'privacy.trust-language')).toMatchObject({ status: 'needs-work', note: RUNNER_NOTE });
    expect(commandLines(stdout)).toEqual([]);
  });
});

describe('--format markdown', () => {
  const { code, stdout } = run(['audit', hostile, '--format', 'markdown']);
  const tree = parseGfm(stdout);
  const types = nodeTypes(tree);

  it('has no HTML element, link or image, whatever the notes, names and layer text hold', () => {
    expect(code).toBe(0);
    for (const markup of ['html', 'link', 'linkReference', 'image', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'code', 'blockquote', 'delete']) {
      expect(types, markup).not.toContain(markup);
    }
    // The only code spans are the item ids the report writes for its needs-work entries.
    const codeSpans: string[] = [];
    JSON.stringify(tree, (_key, value: { type?: string; value?: string }) => {
      if (value?.type === 'inlineCode') codeSpans.push(value.value!);
      return value;
    });
    const needsWork = (JSON.parse(run(['audit', hostile]).stdout) as { items: JsonItem[] }).items.filter((item) => item.status === 'needs-work').map((item) => item.id);
    expect(codeSpans.sort()).toEqual(needsWork.sort());
    expect(stdout).not.toMatch(/<(script|img|b)\b/i);
  });

  it('has only its own headings and one table row per item', () => {
    const headings = tree.children.filter((node) => node.type === 'heading') as { depth: number }[];
    expect(headings.map((heading) => heading.depth)).toEqual([1, 2, 2, 2, 3, 3, 3, 3, 3]);
    const tables = tree.children.filter((node) => node.type === 'table') as { children: { children: unknown[] }[] }[];
    expect(tables).toHaveLength(5);
    const rows = tables.flatMap((table) => table.children.slice(1));
    expect(rows).toHaveLength(ITEM_IDS.length);
    for (const row of rows) expect(row.children).toHaveLength(4);
  });

  it('quotes the notes and names as text, line breaks shown as ⏎', () => {
    const texts = JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
    const oneLine = (text: string) => JSON.stringify(withoutBreakers(text.replace(/\r\n|\r|\n/g, VISIBLE_LINE_BREAK))).slice(1, -1);
    const plain = withoutBreakers(texts);
    expect(plain).toContain(oneLine(INJECTED_NOTE));
    expect(plain).toContain(oneLine(RUNNER_NOTE));
    expect(plain).toContain(oneLine(`Auth flow review: ${FILE_NAME}`));
    expect(plain).toContain(oneLine(FRAME_NAME));
  });

  it('starts no workflow command line', () => {
    expect(commandLines(stdout)).toEqual([]);
  });
});

describe('--format github', () => {
  it('prints one warning per core item failing the strict check, then a plain summary line, and exits 0', () => {
    const { code, stdout, stderr } = run(['audit', hostile, '--format', 'github']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = readRunnerOutput(stdout);
    const failing = strictFailureIds();
    expect(failing).toEqual(expect.arrayContaining(['privacy.consent-action', 'privacy.trust-language']));
    expect(lines).toHaveLength(failing.length + 1);
    expect(lines.slice(0, -1).map((line) => (line.kind === 'command' ? line.command.name : line.kind))).toEqual(failing.map(() => 'warning'));
    const last = lines[lines.length - 1]!;
    expect(last.kind).toBe('text');
    expect(last.kind === 'text' && last.text).toMatch(/^Auth flow review: \d+ core items? would fail the strict check/);
  });

  it('carries each reviewer note whole inside its own annotation, with a title and the file', () => {
    const commands = readRunnerOutput(run(['audit', hostile, '--format', 'github']).stdout).flatMap((line) => (line.kind === 'command' ? [line.command] : []));
    const consent = commands.find((command) => command.message.startsWith('privacy.consent-action '))!;
    expect(consent.properties).toEqual({ title: `Needs work: ${getItem('privacy.consent-action').title}`, file: hostile });
    expect(consent.message).toBe(`privacy.consent-action is marked needs work. Reviewer's note:\n${INJECTED_NOTE}`);
    const trust = commands.find((command) => command.message.startsWith('privacy.trust-language '))!;
    expect(trust.message).toBe(`privacy.trust-language is marked needs work. Reviewer's note:\n${RUNNER_NOTE}`);
  });

  it('turns the annotations into errors with --strict, and fails the run', () => {
    const { code, stdout } = run(['audit', hostile, '--format', 'github', '--strict']);
    expect(code).toBe(1);
    const lines = readRunnerOutput(stdout);
    expect(lines.filter((line) => line.kind === 'command').map((line) => line.kind === 'command' && line.command.name)).toEqual(strictFailureIds().map(() => 'error'));
    expect(lines.filter((line) => line.kind !== 'command')).toHaveLength(1);
  });
});

describe('a review with nothing failing the strict check', () => {
  const strong = join(root, 'samples/strong-onboarding.json');

  it('prints only the summary line in github format, and passes --strict', () => {
    const { code, stdout } = run(['audit', strong, '--format', 'github', '--strict']);
    expect(code).toBe(0);
    expect(readRunnerOutput(stdout)).toEqual([{ kind: 'text', text: expect.stringMatching(/^Auth flow review: no core item fails the strict check; \d+ pass/) as unknown as string }]);
  });

  it('has no failure in JUnit', () => {
    const { stdout } = run(['audit', strong, '--format', 'junit']);
    expect(stdout).toContain('failures="0"');
    expect(stdout).not.toContain('<failure');
  });
});

describe('--format junit', () => {
  const { code, stdout } = run(['audit', hostile, '--format', 'junit']);

  const parse = parseXmlStrictly;

  it('is well-formed XML 1.0 with a suite per area and a case per item', () => {
    expect(code).toBe(0);
    expect(stdout).toMatch(/^(?:[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/);
    const doc = parse(stdout);
    expect(doc.documentElement!.getAttribute('name')).toBe(`Auth flow review: ${FILE_NAME}`);
    expect(doc.getElementsByTagName('testsuite')).toHaveLength(5);
    expect(doc.getElementsByTagName('testcase')).toHaveLength(ITEM_IDS.length);
    expect(Number(doc.documentElement!.getAttribute('tests'))).toBe(ITEM_IDS.length);
  });

  it('fails exactly the core items the strict check fails, with the note as the failure text', () => {
    const doc = parse(stdout);
    const cases = Array.from(doc.getElementsByTagName('testcase'));
    const failed = cases.filter((testCase) => testCase.getElementsByTagName('failure').length > 0).map((testCase) => /\(([a-z]+\.[a-z0-9-]+)\)$/.exec(testCase.getAttribute('name')!)![1]);
    expect(failed).toEqual(strictFailureIds());
    expect(Number(doc.documentElement!.getAttribute('failures'))).toBe(failed.length);
    const failureOf = (id: string) => cases.find((testCase) => testCase.getAttribute('name')!.endsWith(`(${id})`))!.getElementsByTagName('failure')[0]!;
    expect(failureOf('privacy.consent-action').textContent).toBe(INJECTED_NOTE);
    // ESC cannot appear in XML 1.0: it is spelled out; everything else comes back as written.
    expect(failureOf('privacy.trust-language').textContent).toBe(RUNNER_NOTE.replace('\u001b', '\\u001b'));
  });

  it('keeps every element on one line and starts no workflow command line', () => {
    expect(stdout.split('\n').every((line) => /^\s*(<|$)/.test(line))).toBe(true);
    expect(commandLines(stdout)).toEqual([]);
  });
});

describe('on a terminal', () => {
  it('spells out escape sequences and bidi overrides from the file', () => {
    // `script` gives the CLI a real terminal as stdout.
    const result = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} audit ${JSON.stringify(hostile)} --format markdown`, '/dev/null'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Auth flow review:');
    expect(result.stdout.includes('\u001b') || result.stdout.includes('\u202e')).toBe(false);
    expect(result.stdout).toContain('\\u001b\\[2J\\u202eevil');
    expect(result.stdout).toContain('\\u202egnp.exe');
  });

  it('keeps piped output exactly as written', () => {
    expect(run(['audit', hostile, '--format', 'markdown']).stdout).toContain('\u001b\\[2J\u202eevil');
  });

  it('spells them out in a one-line error that quotes the file', () => {
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, JSON.stringify({ document: { id: '0:0', children: [{ id: '0:1', type: 'CANVAS', name: 'P\u001b[31m', children: [{ type: 'FRAME', name: 'Sign up\u202e\r' }] }] } }));
    const { code, stderr } = run(['audit', broken]);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(['\u001b', '\u202e', '\r'].filter((char) => stderr.includes(char))).toEqual([]);
    expect(stderr).toContain('P\\u001b[31m');
  });
});
