import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlAttribute, xmlText } from '../../../src/core/untrusted';
import { hostileText, INJECTED_NOTE } from './hostile-text';

/** XML 1.0's Char production: what a document may contain at all. */
const XML_CHARS = /^(?:[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;

function parseXml(xml: string): Document {
  return new DOMParser({
    // Warnings (such as a U+FFFD in the text) are not errors: the document is well-formed.
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml') as unknown as Document;
}

/** What a reader gets back: the text, with what XML cannot carry spelled out. */
function expected(text: string): string {
  let out = '';
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text.slice(at, at + 2);
      at++;
    } else if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else {
      out += text[at];
    }
  }
  return out;
}

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
