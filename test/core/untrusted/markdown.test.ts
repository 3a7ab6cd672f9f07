import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_BREAKER, markdownInline, VISIBLE_LINE_BREAK } from '../../../src/core/untrusted';
import { hostileText, INJECTED_NOTE } from './hostile-text';
import { nodeTypes, parseGfm, shape } from './markdown-parse';

/** What a reader should get back: the text on one line, NUL shown (a reader would replace it). */
function expected(text: string): string {
  return text.replace(/\r\n|\r|\n/g, VISIBLE_LINE_BREAK).split('\u0000').join('\\u0000');
}

const withoutBreakers = (text: string) => text.split(LINK_BREAKER).join('');

/** The one text node a context holds, or '' when it holds none; fails on anything else. */
function onlyText(children: readonly { type: string; value?: string }[]): string {
  if (children.length === 0) return '';
  expect(children.map((child) => child.type)).toEqual(['text']);
  return children[0]!.value!;
}

describe('markdownInline', () => {
  it('turns the injected note into plain text on one line', () => {
    const written = markdownInline(INJECTED_NOTE);
    expect(written).not.toMatch(/\n/);
    expect(written).not.toMatch(/<script|<\/script/);
    const tree = parseGfm(written);
    expect(nodeTypes(tree)).toEqual(['root', 'paragraph', 'text']);
    expect(withoutBreakers(onlyText((tree.children[0] as { children: { type: string; value?: string }[] }).children))).toBe(expected(INJECTED_NOTE));
  });

  it.each([
    ['a heading', '## Injected heading', '\\#\\# Injected heading'],
    ['a list', '- item', '\\- item'],
    ['an ordered list', '12) item', '12\\) item'],
    ['a quote', '> quoted', '&gt; quoted'],
    ['a fence', '```js', '\\`\\`\\`js'],
    ['a setext underline', '===', '\\==='],
    ['indented code', '    code', '&#32;   code'],
    ['a CI runner command', '::add-mask::x', `\\::add-mask${LINK_BREAKER}::x`],
    ['a trailing hard break', 'end  ', 'end &#32;'],
    ['an entity', '&amp; &#10;', '&amp;amp; &amp;\\#10;'],
  ])('escapes %s', (_name, text, written) => {
    expect(markdownInline(text)).toBe(written);
  });

  it('breaks up bare links so GFM does not link them, and the text reads the same', () => {
    for (const text of ['see http://evil.example/x', 'www.evil.example', 'mail a@b.example', 'mailto:a@b.co', 'xmpp:a@b.co']) {
      const tree = parseGfm(markdownInline(text));
      expect(nodeTypes(tree)).not.toContain('link');
      expect(withoutBreakers(onlyText((tree.children[0] as { children: { type: string; value?: string }[] }).children))).toBe(text);
    }
  });

  it('keeps an @name from becoming a mention', () => {
    expect(markdownInline('ask @maya')).toBe(`ask ${LINK_BREAKER}@${LINK_BREAKER}maya`);
  });

  it('leaves plain words alone', () => {
    expect(markdownInline('Checkbox is unticked by default: good.')).toBe('Checkbox is unticked by default: good.');
  });

  const contexts: [string, (text: string) => string, (tree: ReturnType<typeof parseGfm>) => string][] = [
    ['a paragraph', (text) => text, (tree) => {
      if (tree.children.length === 0) return '';
      expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
      return onlyText((tree.children[0] as { children: { type: string; value?: string }[] }).children);
    }],
    ['a heading', (text) => `# Review: ${text}`, (tree) => {
      expect(shape(tree)).toMatchObject({ children: [{ type: 'heading', depth: 1 }] });
      expect(tree.children).toHaveLength(1);
      return onlyText((tree.children[0] as { children: { type: string; value?: string }[] }).children).slice('Review: '.length);
    }],
    ['a table cell', (text) => `| Item | Note |\n|---|---|\n| x | ${text} |`, (tree) => {
      expect(tree.children.map((node) => node.type)).toEqual(['table']);
      const rows = (tree.children[0] as { children: { children: { children: { type: string; value?: string }[] }[] }[] }).children;
      expect(rows).toHaveLength(2);
      expect(rows[1]!.children).toHaveLength(2);
      return onlyText(rows[1]!.children[1]!.children);
    }],
    ['a list item', (text) => `- **Title**: ${text}`, (tree) => {
      expect(nodeTypes(tree).slice(0, 5)).toEqual(['root', 'list', 'listItem', 'paragraph', 'strong']);
      const paragraph = (tree.children[0] as { children: { children: { children: { type: string; value?: string }[] }[] }[] }).children[0]!.children[0]!;
      expect(paragraph.children.map((node) => node.type)).toEqual(['strong', 'text']);
      return paragraph.children[1]!.value!.slice(': '.length);
    }],
    ['link text', (text) => `[${text}](https://www.figma.com/design/KEY/)`, (tree) => {
      const link = (tree.children[0] as { children: { type: string; children: { type: string; value?: string }[] }[] }).children[0]!;
      expect(link.type).toBe('link');
      expect((tree.children[0] as { children: unknown[] }).children).toHaveLength(1);
      return onlyText(link.children);
    }],
  ];

  it.each(contexts)('parses back to one text node with the original text, in %s', (_name, place, read) => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const tree = parseGfm(place(markdownInline(text)));
        const types = nodeTypes(tree);
        for (const markup of ['html', 'image', 'imageReference', 'linkReference', 'emphasis', 'delete', 'inlineCode', 'code', 'blockquote', 'thematicBreak', 'break', 'footnoteReference', 'definition']) {
          expect(types).not.toContain(markup);
        }
        expect(types.filter((type) => type === 'link')).toHaveLength(place('').includes('](') ? 1 : 0);
        expect(withoutBreakers(read(tree))).toBe(withoutBreakers(expected(text)));
      }),
      { numRuns: 400 },
    );
  });
});
