/**
 * Every writer over arbitrary hostile text in the places a file or a reviewer controls (a
 * saved note, the file name, a frame name), read through the CLI's own file reader and
 * audit: the Markdown keeps its own structure and carries each text as one text node; the
 * workflow commands stay one per failing item, the note whole in its message; the JUnit
 * XML parses, with the note as the failure text.
 */
import { parseXmlStrictly, xmlReadable } from '../core/untrusted/xml-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/cli/audit';
import { parseRestBytes } from '../../src/cli/load-input';
import { strictFailures } from '../../src/core/report';
import { LINK_BREAKER, VISIBLE_LINE_BREAK } from '../../src/core/untrusted';
import { hostileText } from '../core/untrusted/hostile-text';
import { nodeTypes, parseGfm } from '../core/untrusted/markdown-parse';
import { readRunnerOutput } from '../core/untrusted/workflow-command-parse';
import { hostileSample } from './formats-sample';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface RestNode { id: string; name?: string; children?: RestNode[]; sharedPluginData?: Record<string, Record<string, string>> }

function find(node: RestNode, id: string): RestNode | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = find(child, id);
    if (found) return found;
  }
  return undefined;
}

/** The sample with the given note on a needs-work item, file name and connect frame name, read as the CLI reads a file. */
function fileWith(note: string, fileName: string, frameName: string): unknown {
  const file = hostileSample(root) as { name: string; document: RestNode };
  file.name = fileName;
  const frame = find(file.document, '1:80')!;
  frame.name = frameName;
  frame.sharedPluginData!.authflowreview!['item:privacy.consent-action'] = JSON.stringify({
    schemaVersion: 2, itemId: 'privacy.consent-action', frameId: '1:80', status: 'needs-work', note, by: null, at: '2026-11-26T10:00:00.000Z', history: [],
  });
  return parseRestBytes(Buffer.from(JSON.stringify(file)), 'hostile.json');
}

const plain = (text: string) => text.split(LINK_BREAKER).join('');
const oneLine = (text: string) => plain(text).replace(/\r\n|\r|\n/g, VISIBLE_LINE_BREAK).split('\u0000').join('\\u0000');


interface MdNode { type: string; depth?: number; value?: string; children?: MdNode[] }

const texts = (node: MdNode): string => (node.value ?? '') + (node.children ?? []).map(texts).join('');

// A note that is only white space is no note; a name may be anything.
const note = hostileText.filter((text) => text.trim() !== '');
const settings = { numRuns: 60 };

describe('every writer, over hostile notes, file and frame names', () => {
  it('Markdown: its own headings, tables and list only, each text read back whole', () => {
    fc.assert(
      fc.property(note, hostileText, hostileText, (noteText, fileName, frameName) => {
        const { output } = audit(fileWith(noteText, fileName, frameName), { format: 'markdown', strict: false });
        const tree = parseGfm(output) as unknown as MdNode;
        const types = nodeTypes(tree as never);
        for (const markup of ['html', 'link', 'linkReference', 'image', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'code', 'blockquote', 'delete', 'thematicBreak', 'break']) {
          expect(types).not.toContain(markup);
        }
        const blocks = tree.children!;
        expect(blocks.filter((node) => node.type === 'heading').map((node) => node.depth)).toEqual([1, 2, 2, 2, 3, 3, 3, 3, 3]);
        expect(plain(texts(blocks[0]!))).toBe(`Auth flow review: ${fileName === '' ? 'untitled file' : oneLine(fileName)}`);
        const tables = blocks.filter((node) => node.type === 'table');
        expect(tables.flatMap((table) => table.children!.slice(1)).map((row) => row.children!.length)).toEqual(new Array(29).fill(4));
        const consentRow = tables.flatMap((table) => table.children!).find((row) => texts(row.children![0]!) === 'Explicit consent before connecting')!;
        expect(plain(texts(consentRow.children![3]!))).toBe(oneLine(noteText));
        const flow = blocks[blocks.findIndex((node) => node.type === 'heading' && texts(node) === 'Flow') + 1]!;
        // An empty name leaves "Connect prompt: " at the end of its line, where the space is dropped.
        expect(plain(texts(flow.children![1]!))).toBe(frameName === '' ? 'Connect prompt:' : `Connect prompt: ${oneLine(frameName)}`);
      }),
      settings,
    );
  });

  it('GitHub: one command per failing core item, then the summary; the note whole in its message', () => {
    fc.assert(
      fc.property(note, hostileText, hostileText, (noteText, fileName, frameName) => {
        const { output, report } = audit(fileWith(noteText, fileName, frameName), { format: 'github', strict: true, sourcePath: frameName });
        const lines = readRunnerOutput(output);
        const failing = strictFailures(report);
        expect(lines.map((line) => (line.kind === 'command' ? line.command.name : line.kind))).toEqual([...failing.map(() => 'error'), 'text']);
        const consent = lines.find((line) => line.kind === 'command' && line.command.message.startsWith('privacy.consent-action '));
        expect(consent?.kind === 'command' && consent.command.message).toBe(`privacy.consent-action is marked needs work. Reviewer's note:\n${noteText}`);
      }),
      settings,
    );
  });

  it('JUnit: well-formed, 29 cases, the note as the failure text and the file name as the report name', () => {
    fc.assert(
      fc.property(note, hostileText, hostileText, (noteText, fileName, frameName) => {
        const { output } = audit(fileWith(noteText, fileName, frameName), { format: 'junit', strict: false });
        const doc = parseXmlStrictly(output);
        expect(doc.getElementsByTagName('testcase')).toHaveLength(29);
        expect(doc.documentElement!.getAttribute('name')).toBe(xmlReadable(`Auth flow review: ${fileName || 'untitled file'}`));
        const consent = Array.from(doc.getElementsByTagName('testcase')).find((node) => node.getAttribute('name')!.endsWith('(privacy.consent-action)'))!;
        expect(consent.getElementsByTagName('failure')[0]!.textContent).toBe(xmlReadable(noteText));
        expect(output.split('\n').every((line) => /^\s*(<|$)/.test(line))).toBe(true);
      }),
      settings,
    );
  });
});
