/**
 * A real XML parser for the tests that read our XML back, and the model of what a reader
 * should get: the text, with what XML 1.0 cannot carry spelled out as `\uXXXX`.
 */
import { DOMParser } from '@xmldom/xmldom';

/** Parses well-formed XML; any error (not a warning such as a U+FFFD in the text) throws. */
export function parseXmlStrictly(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml') as unknown as Document;
}

/** What a reader gets back for `text`: written independently of the encoder under test. */
export function xmlReadable(text: string): string {
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
