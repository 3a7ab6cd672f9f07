import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FigmaLinkError, parseFigmaLink, parseFileReference } from '../../src/core/figma-link/parse';
import { readFileLinkEntry, serialiseFileLink, storedFileKey } from '../../src/core/figma-link/stored-file-key';

const key = fc.stringMatching(/^[A-Za-z0-9]{1,22}$/);
const name = fc.stringMatching(/^[A-Za-z0-9-]{0,12}$/);
const part = fc.integer({ min: 0, max: 99999 });

describe('the shared Figma link rule', () => {
  it('reads the key and node of any design, file or proto link, as the address bar and Copy link write them', () => {
    fc.assert(
      fc.property(fc.constantFrom('design', 'file', 'proto'), key, name, part, part, fc.constantFrom('-', '%3A', ':'), fc.boolean(), (kind, fileKey, title, a, b, sep, www) => {
        const link = `https://${www ? 'www.' : ''}figma.com/${kind}/${fileKey}/${title}?node-id=${a}${sep}${b}&t=x-1`;
        expect(parseFigmaLink(link)).toEqual({ fileKey, nodeId: `${a}:${b}` });
      }),
    );
  });

  it('refuses what is not a Figma file link, with the reason', () => {
    const reason = (input: string): string => {
      try {
        parseFileReference(input);
        return 'accepted';
      } catch (error) {
        expect(error).toBeInstanceOf(FigmaLinkError);
        return (error as Error).message;
      }
    };
    expect(reason('https://')).toBe('"https://" is not a valid link');
    expect(reason('https://user@www.figma.com/design/AbC/x')).toBe('"https://user@www.figma.com/design/AbC/x" is not a valid link');
    expect(reason('https://www.figma.com:8080/design/AbC/x')).toBe('"https://www.figma.com:8080/design/AbC/x" is not a valid link');
    expect(reason('HTTPS://WWW.FIGMA.COM/design/AbC/x')).toBe('accepted');
    expect(reason('https://www.figma.com')).toBe('https://www.figma.com/ is not a link to a Figma file: expected /design/KEY/…, /file/, /proto/ or /board/');
    expect(reason('https://www.figma.com/design/AbC/x?node-id=%E0%A4%A')).toBe('node-id "%E0%A4%A" in the link is not a Figma node id (expected e.g. 12-34)');
  });
});

describe('the file key stored on the document', () => {
  it('round-trips the key, and reads other shapes as problems that keep the entry', () => {
    expect(readFileLinkEntry(serialiseFileLink('AbC1'))).toEqual({ fileKey: 'AbC1', problem: null, newer: false });
    expect(readFileLinkEntry('')).toEqual({ fileKey: null, problem: null, newer: false });
    expect(readFileLinkEntry('{').problem).toBe('The file link saved in this document is not readable JSON; it is kept as it is.');
    expect(readFileLinkEntry(JSON.stringify({ schemaVersion: 1, fileKey: 'https://x' })).problem).toBe('The file link saved in this document is not a file link record; it is kept as it is.');
    expect(readFileLinkEntry(JSON.stringify({ schemaVersion: 2, fileKey: 'AbC1' }))).toMatchObject({ fileKey: null, newer: true });
  });

  it('never throws on whatever a file holds, and only ever yields a bare key', () => {
    const value = fc.oneof(fc.string(), fc.json(), fc.record({ schemaVersion: fc.oneof(fc.integer(), fc.string()), fileKey: fc.oneof(fc.string(), key) }).map((r) => JSON.stringify(r)));
    fc.assert(
      fc.property(value, (raw) => {
        const info = readFileLinkEntry(raw);
        if (info.fileKey !== null) expect(info.fileKey).toMatch(/^[A-Za-z0-9]+$/);
        expect(info.fileKey === null || info.problem === null).toBe(true);
      }),
    );
  });

  it('is found among a REST file’s stored data, unreadable entries giving no key', () => {
    const review = { nodeId: '1:2', entries: { frame: '{}' } };
    expect(storedFileKey([review, { nodeId: '0:0', entries: { file: serialiseFileLink('Doc9') } }])).toBe('Doc9');
    expect(storedFileKey([{ nodeId: '0:0', entries: { file: 'garbage' } }, review])).toBeNull();
    expect(storedFileKey([])).toBeNull();
  });
});
