import { parseXmlStrictly as parseXml, xmlReadable as expected } from './xml-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlText } from '../../../src/core/untrusted';
import { hostileText, INJECTED_NOTE } from './hostile-text';

/** XML 1.0's Char production: what a document may contain at all. */
const XML_CHARS = /^(?:[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;

describe('xmlText and xmlAttribute', () => {
  it('escapes markup and keeps the note on one line', () => {
    expect(xmlAttribute('a<b>&"\'\n\r\t]]>')).toBe('a&lt;b&gt;&amp;&quot;&apos;&#10;&#13;&#9;]]&gt;');
    expect(xmlText('a<b>&"\'\n\r\t]]>')).toBe('a&lt;b&gt;&amp;"\'&#10;&#13;&#9;]]&gt;');
    expect(xmlText(INJECTED_NOTE)).not.toMatch(/[<\n]/);
  });

  it('spells out what XML 1.0 cannot carry', () => {
    expect(xmlText('\u0000\u001b\ud800\uffff\ufffe\ud83d\ude00\u0085')).toBe('\\u0000\\u001b\\ud800\\uffff\\ufffe\ud83d\ude00&#133;');
  });

  it('parses back to exactly one text node, and one attribute value, carrying the original text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const attribute = xmlAttribute(text);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<r a="${attribute}" b='${attribute}'>${xmlText(text)}</r>`;
        expect(xml).toMatch(XML_CHARS);
        expect(xml.split('\n')).toHaveLength(2);
        const root = parseXml(xml).documentElement!;
        expect(root.getAttribute('a')).toBe(expected(text));
        expect(root.getAttribute('b')).toBe(expected(text));
        const children = Array.from(root.childNodes);
        if (text === '') {
          expect(children).toHaveLength(0);
          return;
        }
        expect(children.map((node) => node.nodeType)).toEqual([3]);
        expect(children[0]!.nodeValue).toBe(expected(text));
      }),
      { numRuns: 1000 },
    );
  });
});
