/**
 * The key the plugin saved in the document (shared plugin data `file` on the root, in a
 * response fetched with ?plugin_data=shared) links a saved file's report back to the design
 * when no --file-key is given.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { getItem } from '../../src/core/checklist';
import { buildCliInto } from './build-cli';
import { expectValidReport } from './report-schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'afr-stored-key-'));
const cli = join(scratch, 'cli.mjs');

beforeAll(async () => {
  await buildCliInto(cli);
}, 60000);

/** The strong sample with the document's `file` entry set to `raw` (or removed). */
function sampleWithFileEntry(name: string, raw: string | null): string {
  const file = JSON.parse(readFileSync(join(root, 'samples/strong-onboarding.json'), 'utf8')) as { document: { sharedPluginData: { authflowreview: Record<string, string> } } };
  const ours = file.document.sharedPluginData.authflowreview;
  if (raw === null) delete ours.file;
  else ours.file = raw;
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the file key saved in the document', () => {
  it('links the report to the design when no --file-key is given', () => {
    const path = sampleWithFileEntry('keyed.json', JSON.stringify({ schemaVersion: 1, fileKey: 'SaVeD123' }));
    const { code, stdout, stderr } = run(['audit', path]);
    expect([code, stderr]).toEqual([0, '']);
    const report = expectValidReport(JSON.parse(stdout));
    expect(report.file).toEqual({ name: 'Fundly onboarding v3', key: 'SaVeD123', url: 'https://www.figma.com/design/SaVeD123/' });
    expect(report.frames[0]).toEqual({ id: '1:10', name: report.frames[0]!.name, url: 'https://www.figma.com/design/SaVeD123/?node-id=1-10' });
    // The review itself reads as before: the entry is not one of its records.
    expect(report.summary).toMatchObject({ pass: 3, needsWork: 1, unreviewed: 25 });

    const markdown = run(['audit', path, '--format', 'markdown']).stdout;
    const needsWork = markdown.slice(markdown.indexOf('## Needs work'), markdown.indexOf('## Checklist'));
    const line = needsWork.split('\n').find((l) => l.includes(getItem('value.progress-meter').title)) ?? '';
    expect(line).toMatch(/ in \[[^\]]+\]\(https:\/\/www\.figma\.com\/design\/SaVeD123\/\?node-id=\d+-\d+\)/);
  });

  it('gives way to --file-key', () => {
    const path = sampleWithFileEntry('keyed-too.json', JSON.stringify({ schemaVersion: 1, fileKey: 'SaVeD123' }));
    const report = expectValidReport(JSON.parse(run(['audit', path, '--file-key', 'GiVeN9']).stdout));
    expect(report.file.key).toBe('GiVeN9');
  });

  it('gives no links, and no error, when the entry is missing or cannot be read', () => {
    for (const [name, raw] of [['none.json', null], ['garbage.json', '{not json'], ['link.json', JSON.stringify({ schemaVersion: 1, fileKey: 'https://www.figma.com/design/X/' })], ['newer.json', JSON.stringify({ schemaVersion: 5, fileKey: 'Future1' })]] as const) {
      const { code, stdout, stderr } = run(['audit', sampleWithFileEntry(name, raw)]);
      expect([name, code, stderr]).toEqual([name, 0, '']);
      const report = expectValidReport(JSON.parse(stdout));
      expect(report.file).toEqual({ name: 'Fundly onboarding v3' });
      expect(report.frames.every((frame) => frame.url === undefined)).toBe(true);
    }
  });
});
