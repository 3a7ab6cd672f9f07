import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '../../src/core/review/types';
import { itemAnnotation } from '../../src/sandbox/annotations/content';
import { INJECTED_NOTE } from '../core/untrusted/hostile-text';
import { nodeTypes, parseGfm } from '../core/untrusted/markdown-parse';

const record: ItemRecord = {
  schemaVersion: 2,
  itemId: 'funnel.social-proof',
  frameId: '1:2',
  status: 'needs-work',
  note: INJECTED_NOTE,
  by: null,
  at: '2026-11-26T10:00:00.000Z',
  history: [],
};

describe('a needs-work annotation quoting a hostile note', () => {
  it('carries the note as text: our bold title and signature are its only formatting, with no link, heading or image', () => {
    const markdown = itemAnnotation(record, undefined).labelMarkdown!;
    const types = nodeTypes(parseGfm(markdown));
    expect(types.filter((type) => type === 'strong')).toHaveLength(1);
    expect(types.filter((type) => type === 'emphasis')).toHaveLength(1);
    for (const markup of ['link', 'image', 'heading', 'html', 'inlineCode', 'list', 'code']) expect(types).not.toContain(markup);
    expect(markdown).toContain('Fix | this <script>alert(1)</script>'.replace(/[|<>]/g, (char) => `\\${char}`));
  });
});
