/**
 * Untrusted text inside XML 1.0 (the JUnit report). Markup characters become references;
 * line breaks and tabs become character references too, so every element stays on one line
 * and an XML reader gets them back unchanged (it would fold raw ones in attributes to
 * spaces). Characters XML 1.0 cannot carry at all (C0 controls, lone surrogates, U+FFFE,
 * U+FFFF) are spelled out as `\uXXXX`.
 */
import { mapCodeUnits, visibleCodeUnit } from './visible';

const REFERENCES: Record<number, string> = {
  0x26: '&amp;',
  0x3c: '&lt;',
  0x3e: '&gt;',
  0x22: '&quot;',
  0x27: '&apos;',
  0x09: '&#9;',
  0x0a: '&#10;',
  0x0d: '&#13;',
  // Line ends in XML 1.1, which some readers apply to 1.0 documents too.
  0x85: '&#133;',
  0x2028: '&#8232;',
};

function allowedInXml(code: number): boolean {
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x09 || code === 0x0a || code === 0x0d;
}

function escape(text: string, quotes: boolean): string {
  return mapCodeUnits(text, (code, lone) => {
    if (lone || !allowedInXml(code)) return visibleCodeUnit(code);
    if (!quotes && (code === 0x22 || code === 0x27)) return undefined;
    return REFERENCES[code];
  });
}

/** Text for element content. */
export function xmlText(text: string): string {
  return escape(text, false);
}

/** Text for an attribute value, in either kind of quotes. */
export function xmlAttribute(text: string): string {
  return escape(text, true);
}
