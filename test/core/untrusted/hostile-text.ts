/** Arbitrary text for the escaping properties: any UTF-16 (lone surrogates too) mixed with known attacks. */
import fc from 'fast-check';

/** The reviewer note the report formats are tried with. */
export const INJECTED_NOTE = [
  'Fix | this <script>alert(1)</script>',
  '## Injected heading',
  '[click](javascript:alert(1)) **bold** `code` ![img](http://evil.example/x.png)',
].join('\n');

const ATTACKS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '## ', '# ', '[click](javascript:alert(1))', '![img](http://evil.example/x.png)',
  '<http://a.example>', 'http://evil.example/x', 'https://a.b/c?d=e', 'www.evil.example', 'WWW.x.y', 'a@b.example', 'mailto:a@b.co',
  '**', '__', '*', '_', '`', '```', '~~~', '~~', '|', '\\', '$x$', '[^1]', '[ ] ', '[x]: http://a.b', '> ', '- ', '+ ', '1. ', '2) ',
  '---', '===', '    ', '\t', ' ', '  ', '&amp;', '&#10;', '&lt;', ']]>', '"', "'", '<!--', '\n', '\r\n', '\r', '\n\n',
  '::add-mask::secret', '::stop-commands::x', '::error title=x::forged', '##[error]forged', '%', '%0A', '%25', '%3A', ':', ',', '=',
  '\u202e', '\u202a', '\u2066', '\u2069', '\u200f', '\u061c', '\u001b[31m', '\u001b]8;;http://x\u0007', '\u0085', '\u009b', '\u007f',
  '\u0000', '\u0008', '\u000b', '\u000c', '\ud800', '\udfff', '\ud83d\ude00', '\ufffe', '\uffff', '\u2060', '\u2028', '\u00a0', '⏎',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const asciiish = fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code));

export const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ATTACKS) }, { weight: 3, arbitrary: asciiish }, { weight: 1, arbitrary: codeUnit }, { weight: 2, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 24 })
  .map((parts) => parts.join(''));
