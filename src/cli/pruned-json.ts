/**
 * A JSON reader over the raw file bytes that builds only the fields a FieldShape asks for and
 * skips everything else without allocating. JSON.parse of a Figma file builds every fill,
 * effect and vector path, several times the file size in memory, when the review needs a few
 * fields per node; this reader keeps the memory near the file size and runs faster than
 * JSON.parse. It validates the whole input, skipped parts included, with JSON.parse's grammar:
 * any text JSON.parse rejects is rejected here with the byte offset of the problem, and for
 * valid text the kept fields hold exactly what JSON.parse would give.
 */
import type { FieldShape } from '../core/rest/read-fields';

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(readonly offset: number, problem: string) {
    super(problem);
  }
}

interface Field {
  bytes: Uint8Array;
  name: string;
  shape: Compiled | null;
}

/** A FieldShape with its field names as bytes, keyed by length and first byte for a cheap lookup. */
interface Compiled {
  fields: Map<number, Field[]> | null;
  byName: Map<string, Field> | null;
  /** undefined: not a map shape; null: keep every entry whole. */
  entries: Compiled | null | undefined;
  items: Compiled | null | undefined;
}

const compiledShapes = new WeakMap<FieldShape, Compiled>();

function compile(shape: FieldShape): Compiled {
  const known = compiledShapes.get(shape);
  if (known) return known;
  const compiled: Compiled = { fields: null, byName: null, entries: undefined, items: undefined };
  // Registered before its parts: shapes may refer to themselves (a node's children are nodes).
  compiledShapes.set(shape, compiled);
  if (shape.fields) {
    compiled.fields = new Map();
    compiled.byName = new Map();
    for (const name of Object.keys(shape.fields)) {
      const sub = shape.fields[name];
      const field: Field = { bytes: Buffer.from(name, 'utf8'), name, shape: sub ? compile(sub) : null };
      const key = lookupKey(field.bytes.length, field.bytes[0] ?? 0);
      const list = compiled.fields.get(key);
      if (list) list.push(field);
      else compiled.fields.set(key, [field]);
      compiled.byName.set(name, field);
    }
  }
  if (shape.entries !== undefined) compiled.entries = shape.entries === null ? null : compile(shape.entries);
  if (shape.items !== undefined) compiled.items = shape.items === null ? null : compile(shape.items);
  return compiled;
}

function lookupKey(length: number, firstByte: number): number {
  return length * 256 + firstByte;
}

const INTERN_SLOTS = 4096;
const INTERN_MAX_LENGTH = 48;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** Decimal digits that always make an exact integer below 2^53. */
const MAX_EXACT_DIGITS = 15;
/** Powers of ten that are exact doubles (written out: Math.pow need not be exact). */
const POWERS_OF_TEN = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Bytes allowed after a backslash, besides "u". */
const SIMPLE_ESCAPES = new Uint8Array(256);
for (const char of '"\\/bfnrt') SIMPLE_ESCAPES[char.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const char of '0123456789abcdefABCDEF') HEX[char.charCodeAt(0)] = 1;

function describe(byte: number | undefined): string {
  if (byte === undefined) return 'end of input';
  if (byte >= 0x21 && byte < 0x7f) return `"${String.fromCharCode(byte)}"`;
  return `byte 0x${byte.toString(16).padStart(2, '0')}`;
}

class PrunedReader {
  private pos = 0;
  private readonly end: number;
  /** Where the last string read started and ended (quotes excluded), and what it held. */
  private stringStart = 0;
  private stringEnd = 0;
  private stringEscaped = false;
  private stringAscii = true;
  private stringHash = 0;
  /**
   * Recently built short strings by hash (direct-mapped, so bounded): a file repeats its types,
   * layer names, component ids and labels thousands of times, and one shared copy of each
   * saves both the allocations and the memory.
   */
  private readonly interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS);
  /** Closing bytes of the containers skip() is inside, reused across calls. */
  private openStack = new Uint8Array(64);

  constructor(private readonly bytes: Buffer) {
    this.end = bytes.length;
  }

  read(shape: Compiled | null): unknown {
    const value = this.value(shape);
    this.whitespace();
    if (this.pos < this.end) this.fail('unexpected');
    return value;
  }

  private fail(problem: string, at = this.pos): never {
    const byte = at < this.end ? this.bytes[at] : undefined;
    throw new JsonSyntaxError(at, problem === 'unexpected' ? `unexpected ${describe(byte)}` : problem);
  }

  private whitespace(): void {
    const bytes = this.bytes;
    let pos = this.pos;
    for (;;) {
      const c = bytes[pos];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
    this.pos = pos;
  }

  private expect(byte: number): void {
    this.whitespace();
    if (this.bytes[this.pos] !== byte) this.fail(`expected "${String.fromCharCode(byte)}" but found ${describe(this.pos < this.end ? this.bytes[this.pos] : undefined)}`);
    this.pos++;
  }

  /** A value kept as the shape says; a value of another kind than the shape expects is kept whole. */
  private value(shape: Compiled | null): unknown {
    this.whitespace();
    if (shape !== null) {
      const c = this.bytes[this.pos];
      if (c === OPEN_BRACE) {
        if (shape.fields !== null) return this.pickFields(shape);
        if (shape.entries !== undefined) return this.entries(shape.entries);
      } else if (c === OPEN_BRACKET && shape.items !== undefined) {
        return this.array(shape.items);
      }
    }
    return this.whole();
  }

  private pickFields(shape: Compiled): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const bytes = this.bytes;
    this.pos++; // {
    this.whitespace();
    if (bytes[this.pos] === CLOSE_BRACE) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.whitespace();
      if (bytes[this.pos] !== QUOTE) this.fail('expected a property name in double quotes');
      this.scanString();
      const field = this.matchField(shape);
      this.expect(COLON);
      if (field === null) this.skip();
      else setOwn(out, field.name, this.value(field.shape));
      this.whitespace();
      const c = bytes[this.pos];
      if (c === COMMA) this.pos++;
      else if (c === CLOSE_BRACE) {
        this.pos++;
        return out;
      } else this.fail('unexpected');
    }
  }

  /** The field named by the string just scanned, without decoding it when it needs no decoding. */
  private matchField(shape: Compiled): Field | null {
    if (this.stringEscaped) return shape.byName!.get(this.decodeString()) ?? null;
    const start = this.stringStart;
    const length = this.stringEnd - start;
    if (length === 0) return shape.byName!.get('') ?? null;
    const candidates = shape.fields!.get(lookupKey(length, this.bytes[start]!));
    if (candidates === undefined) return null;
    for (const field of candidates) {
      let same = true;
      for (let i = 1; i < length; i++) {
        if (this.bytes[start + i] !== field.bytes[i]) {
          same = false;
          break;
        }
      }
      if (same) return field;
    }
    return null;
  }

  private entries(shape: Compiled | null): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const bytes = this.bytes;
    this.pos++; // {
    this.whitespace();
    if (bytes[this.pos] === CLOSE_BRACE) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.whitespace();
      if (bytes[this.pos] !== QUOTE) this.fail('expected a property name in double quotes');
      this.scanString();
      const key = this.decodeString();
      this.expect(COLON);
      setOwn(out, key, this.value(shape));
      this.whitespace();
      const c = bytes[this.pos];
      if (c === COMMA) this.pos++;
      else if (c === CLOSE_BRACE) {
        this.pos++;
        return out;
      } else this.fail('unexpected');
    }
  }

  private array(shape: Compiled | null): unknown[] {
    const out: unknown[] = [];
    const bytes = this.bytes;
    this.pos++; // [
    this.whitespace();
    if (bytes[this.pos] === CLOSE_BRACKET) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(shape));
      this.whitespace();
      const c = bytes[this.pos];
      if (c === COMMA) this.pos++;
      else if (c === CLOSE_BRACKET) {
        this.pos++;
        return out;
      } else this.fail('unexpected');
    }
  }

  /** A whole value, as JSON.parse builds it. */
  private whole(): unknown {
    this.whitespace();
    const c = this.bytes[this.pos];
    if (c === OPEN_BRACE) return this.entries(null);
    if (c === OPEN_BRACKET) return this.array(null);
    if (c === QUOTE) {
      this.scanString();
      return this.decodeString();
    }
    if (c === MINUS || (c !== undefined && c >= ZERO && c <= NINE)) {
      const start = this.pos;
      this.scanNumber();
      return this.numberValue(start, this.pos);
    }
    return this.literal();
  }

  private literal(): boolean | null {
    const b = this.bytes;
    const p = this.pos;
    if (b[p] === 0x74 && b[p + 1] === 0x72 && b[p + 2] === 0x75 && b[p + 3] === 0x65) {
      this.pos += 4;
      return true;
    }
    if (b[p] === 0x66 && b[p + 1] === 0x61 && b[p + 2] === 0x6c && b[p + 3] === 0x73 && b[p + 4] === 0x65) {
      this.pos += 5;
      return false;
    }
    if (b[p] === 0x6e && b[p + 1] === 0x75 && b[p + 2] === 0x6c && b[p + 3] === 0x6c) {
      this.pos += 4;
      return null;
    }
    return this.fail('unexpected');
  }

  /**
   * Moves past a string (pos at its opening quote), checking escapes and control characters,
   * and notes its extent; decodeString() builds it only when asked.
   */
  private scanString(): void {
    const bytes = this.bytes;
    const end = this.end;
    let pos = this.pos + 1;
    const start = pos;
    let escaped = false;
    let ascii = true;
    let hash = 0;
    for (;;) {
      if (pos >= end) this.fail('unterminated string', end);
      const c = bytes[pos]!;
      if (c === QUOTE) break;
      hash = (Math.imul(hash, 31) + c) | 0;
      if (c === BACKSLASH) {
        escaped = true;
        const e = bytes[pos + 1];
        if (e === 0x75) {
          for (let i = 2; i < 6; i++) if (HEX[bytes[pos + i] ?? 0] !== 1) this.fail('bad \\u escape in string', pos);
          pos += 6;
        } else if (e !== undefined && SIMPLE_ESCAPES[e] === 1) {
          pos += 2;
        } else {
          this.fail('bad escape in string', pos);
        }
        continue;
      }
      if (c < 0x20) this.fail('control character in string', pos);
      if (c >= 0x80) ascii = false;
      pos++;
    }
    this.stringStart = start;
    this.stringEnd = pos;
    this.stringEscaped = escaped;
    this.stringAscii = ascii;
    this.stringHash = hash;
    this.pos = pos + 1;
  }

  private decodeString(): string {
    const { bytes, stringStart: start, stringEnd: end } = this;
    // Escapes are rare in Figma files: JSON.parse decodes them exactly as it would have.
    if (this.stringEscaped) return JSON.parse(bytes.toString('utf8', start - 1, end + 1)) as string;
    if (!this.stringAscii) return bytes.toString('utf8', start, end);
    const length = end - start;
    if (length > INTERN_MAX_LENGTH) return bytes.toString('latin1', start, end);
    const slot = this.stringHash & (INTERN_SLOTS - 1);
    const known = this.interned[slot];
    if (known !== undefined && known.length === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (known.charCodeAt(i) !== bytes[start + i]) {
          same = false;
          break;
        }
      }
      if (same) return known;
    }
    const made = bytes.toString('latin1', start, end);
    this.interned[slot] = made;
    return made;
  }

  /**
   * The number between `start` and `end` (already checked against the grammar). Most numbers
   * in a file are coordinates and colours with a few digits and no exponent: those are built
   * from the bytes, without a string per number. With at most 15 digits the digits are an
   * exact integer, and a power of ten up to 1e15 is exact, so one division rounds exactly as
   * JSON.parse does; anything longer or with an exponent goes through Number.
   */
  private numberValue(start: number, end: number): number {
    const bytes = this.bytes;
    let pos = start;
    const negative = bytes[pos] === MINUS;
    if (negative) pos++;
    let digits = 0;
    let fractionDigits = 0;
    let point = false;
    let mantissa = 0;
    for (; pos < end; pos++) {
      const c = bytes[pos]!;
      if (c === 0x2e) {
        point = true;
        continue;
      }
      if (c < ZERO || c > NINE || digits === MAX_EXACT_DIGITS) return Number(bytes.toString('latin1', start, end));
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      if (point) fractionDigits++;
    }
    const value = fractionDigits === 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits]!;
    return negative ? -value : value;
  }

  private scanNumber(): void {
    this.pos = this.numberEnd(this.pos);
  }

  /** Where the number starting at `pos` ends; fails on anything JSON's number grammar rejects. */
  private numberEnd(start: number): number {
    const bytes = this.bytes;
    let pos = start;
    if (bytes[pos] === MINUS) pos++;
    let c = bytes[pos];
    if (c === ZERO) pos++;
    else if (c !== undefined && c > ZERO && c <= NINE) {
      do pos++;
      while ((c = bytes[pos]) !== undefined && c >= ZERO && c <= NINE);
    } else this.fail('bad number', pos);
    if (bytes[pos] === 0x2e) {
      pos++;
      c = bytes[pos];
      if (c === undefined || c < ZERO || c > NINE) this.fail('bad number', pos);
      do pos++;
      while ((c = bytes[pos]) !== undefined && c >= ZERO && c <= NINE);
    }
    c = bytes[pos];
    if (c === 0x65 || c === 0x45) {
      pos++;
      c = bytes[pos];
      if (c === 0x2b || c === MINUS) pos++;
      c = bytes[pos];
      if (c === undefined || c < ZERO || c > NINE) this.fail('bad number', pos);
      do pos++;
      while ((c = bytes[pos]) !== undefined && c >= ZERO && c <= NINE);
    }
    return pos;
  }

  /** Where the string opening at `quote` ends (after its closing quote), checked but not decoded. */
  private stringClose(quote: number): number {
    const bytes = this.bytes;
    const end = this.end;
    let pos = quote + 1;
    for (;;) {
      if (pos >= end) this.fail('unterminated string', end);
      const c = bytes[pos]!;
      if (c === QUOTE) return pos + 1;
      if (c === BACKSLASH) {
        const e = bytes[pos + 1];
        if (e === 0x75) {
          for (let i = 2; i < 6; i++) if (HEX[bytes[pos + i] ?? 0] !== 1) this.fail('bad \\u escape in string', pos);
          pos += 6;
        } else if (e !== undefined && SIMPLE_ESCAPES[e] === 1) {
          pos += 2;
        } else {
          this.fail('bad escape in string', pos);
        }
      } else if (c < 0x20) {
        this.fail('control character in string', pos);
      } else {
        pos++;
      }
    }
  }

  /**
   * Moves past one value without building anything: most of a Figma file goes through here.
   * Iterative, with the open containers on a byte stack, so skipped data of any depth cannot
   * exhaust the call stack; positions live in locals to keep the loop tight.
   */
  private skip(): void {
    const bytes = this.bytes;
    let pos = this.pos;
    let open = this.openStack;
    let depth = 0;
    let c: number | undefined;
    for (;;) {
      // A value.
      c = bytes[pos];
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++pos];
      if (c === QUOTE) {
        pos = this.stringClose(pos);
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
        c = bytes[++pos];
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++pos];
        if (c === close) {
          pos++;
        } else {
          if (depth === open.length) {
            const grown = new Uint8Array(open.length * 2);
            grown.set(open);
            open = this.openStack = grown;
          }
          open[depth++] = close;
          if (close === CLOSE_BRACE) pos = this.keyEnd(pos);
          continue;
        }
      } else if (c === MINUS || (c !== undefined && c >= ZERO && c <= NINE)) {
        pos = this.numberEnd(pos);
      } else {
        this.pos = pos;
        this.literal();
        pos = this.pos;
      }
      // After a value: close finished containers, or go on to the next element.
      for (;;) {
        if (depth === 0) {
          this.pos = pos;
          return;
        }
        c = bytes[pos];
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++pos];
        const close = open[depth - 1];
        if (c === COMMA) {
          pos++;
          if (close === CLOSE_BRACE) pos = this.keyEnd(pos);
          break;
        }
        if (c !== close) this.fail('unexpected', pos);
        pos++;
        depth--;
      }
    }
  }

  /** Past `"key" :` starting at `pos` (whitespace allowed around). */
  private keyEnd(start: number): number {
    const bytes = this.bytes;
    let pos = start;
    let c = bytes[pos];
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++pos];
    if (c !== QUOTE) this.fail('expected a property name in double quotes', pos);
    pos = this.stringClose(pos);
    c = bytes[pos];
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++pos];
    if (c !== COLON) this.fail(`expected ":" but found ${describe(pos < this.end ? c : undefined)}`, pos);
    return pos + 1;
  }
}

/** Own property, also for "__proto__", as JSON.parse makes it. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/**
 * Reads JSON text (UTF-8 bytes) keeping what `shape` asks for (`null`: everything).
 * Throws JsonSyntaxError with the byte offset for anything JSON.parse would reject, and
 * RangeError when kept data nests deeper than the call stack allows (callers fall back to
 * JSON.parse then).
 */
export function readPrunedJson(bytes: Buffer, shape: FieldShape | null): unknown {
  return new PrunedReader(bytes).read(shape === null ? null : compile(shape));
}

/** 1-based line and column of a byte offset, for error messages. */
export function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
