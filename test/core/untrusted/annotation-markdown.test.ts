import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationText, LINK_BREAKER } from '../../../src/core/untrusted';
import { hostileText, INJECTED_NOTE } from './hostile-text';
import { nodeTypes, parseGfm } from './markdown-parse';

const withoutBreakers = (text: string) => text.split(LINK_BREAKER).join('');

/** The note's lines as a reader shows them: each trimmed, blank ones dropped, NUL shown. */
function expectedLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '').split('\u0000').join('\\u0000'))
    .filter((line) => line !== '');
}

/** Lines of the paragraphs of a tree that may hold nothing but paragraphs of plain text. */
function readLines(markdown: string): string[] {
  const tree = parseGfm(markdown);
  expect(new Set(nodeTypes(tree))).toEqual(new Set(['root', ...(tree.children.length > 0 ? ['paragraph', 'text'] : [])]));
  const texts = tree.children.map((paragraph) => (paragraph as { children: { value: string }[] }).children[0]!.value);
  return texts.length === 0 ? [] : texts.join('\n').split('\n').map(withoutBreakers);
}

describe('annotationText', () => {
  it('keeps the injected note as three lines of text, no link, no heading, no formatting', () => {
    const written = annotationText(INJECTED_NOTE);
    expect(written.split('\n')).toHaveLength(3);
    expect(written).toContain('\\#\\# Injected heading');
    expect(readLines(written)).toEqual(expectedLines(INJECTED_NOTE));
  });

  it('escapes a list, a numbered list and a heading at the start of a line', () => {
    expect(annotationText('- a\n  2. b\n## c')).toBe('\\- a\n2\\. b\n\\#\\# c');
  });

  it('reads back as plain paragraphs carrying the note line by line, for any note', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(readLines(annotationText(text))).toEqual(expectedLines(text).map(withoutBreakers));
      }),
      { numRuns: 500 },
    );
  });
});
