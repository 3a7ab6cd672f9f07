import { describe, expect, it } from 'vitest';
import { ALL_ITEMS } from '../../../src/core/checklist';
import { runEngine } from '../../../src/core/engine';
import { buildReport, renderMarkdown, strictFailures } from '../../../src/core/report';
import { untrusted } from '../../../src/core/report/markdown';
import { expectValidReport } from '../../cli/report-schema';
import { SnapshotBuilder } from '../support/snapshot-builder';

type Input = Parameters<typeof buildReport>[0];

function report(verdicts: Input['verdicts'] = {}, extra: Partial<Input> = {}) {
  const b = new SnapshotBuilder();
  const signUp = b.frame('Sign up');
  const connect = b.frame('Connect | bank');
  const pricing = b.frame('Pricing');
  b.link(b.button(signUp, 'Next'), connect).link(b.button(signUp, 'Pricing'), pricing).start(signUp);
  b.button(connect, 'Connect bank');
  // The business the review is for: a consumer app linking a bank has no connect flow.
  b.text(signUp, 'Your company');
  const findings = runEngine(b.build());
  const frames = findings.flow.order.map((id) => ({ id, name: b.build().frames.find((frame) => frame.id === id)!.name }));
  return expectValidReport(buildReport({ fileName: 'Demo', frames, findings, verdicts, ...extra }));
}

describe('buildReport', () => {
  it('lists all 29 items in checklist order with statuses from the verdicts', () => {
    const result = report({ 'funnel.three-actions': { status: 'pass', note: '' }, 'privacy.consent-action': { status: 'needs-work', note: 'Add a checkbox' } });
    expect(result.items.map((item) => item.id)).toEqual(ALL_ITEMS.map((item) => item.id));
    expect(result.items.find((item) => item.id === 'funnel.three-actions')).toMatchObject({ detection: 'found', status: 'pass', note: null });
    expect(result.items.find((item) => item.id === 'privacy.consent-action')).toMatchObject({ status: 'needs-work', note: 'Add a checkbox' });
    expect(result.summary).toMatchObject({ pass: 1, needsWork: 1, unreviewed: 27, readyForEngineers: false });
    expect(result.summary.found + result.summary.missing + result.summary.manual).toBe(29);
    expect(result.flow).toEqual({ startFrameId: '10:1', connectFrameId: '10:2', stepsToConnect: 1, deadEnds: ['10:3'] });
  });

  it('gives each item its reason, its evidence as quoted text in a frame, and the frames it concerns', () => {
    const result = report();
    const cta = result.items.find((item) => item.id === 'funnel.cta-visible')!;
    expect(cta.reason).not.toBe('');
    expect(cta.evidence.length).toBeGreaterThan(0);
    for (const entry of cta.evidence) {
      expect(Object.keys(entry).sort()).toEqual(['frame', 'id', 'text']);
      expect(result.frames.map((frame) => frame.id)).toContain(entry.frame);
    }
    expect(cta.frames).toEqual([...new Set(cta.evidence.map((entry) => entry.frame))].map((id) => result.frames.find((frame) => frame.id === id)));
    expect(result.items.every((item) => item.reason.length > 0)).toBe(true);
  });

  it('names the frame a stored verdict sits on when the item has no evidence, also outside the review', () => {
    const result = report(
      { 'privacy.mutual-nda': { status: 'needs-work', note: 'Offer an NDA', frameId: '10:2' }, 'connection.refresh': { status: 'pass', note: '', frameId: '77:1' } },
      { otherFrameNames: { '77:1': 'Settings (archived)' } },
    );
    expect(result.items.find((item) => item.id === 'privacy.mutual-nda')!.frames).toEqual([{ id: '10:2', name: 'Connect | bank' }]);
    expect(result.items.find((item) => item.id === 'connection.refresh')!.frames).toEqual([{ id: '77:1', name: 'Settings (archived)' }]);
  });

  it('links the file, frames and evidence to the design when the file key is known, and only then', () => {
    const linked = report({}, { fileKey: 'Ab12' });
    expect(linked.file).toEqual({ name: 'Demo', key: 'Ab12', url: 'https://www.figma.com/design/Ab12/' });
    expect(linked.frames[0]).toEqual({ id: '10:1', name: 'Sign up', url: 'https://www.figma.com/design/Ab12/?node-id=10-1' });
    const evidence = linked.items.flatMap((item) => item.evidence);
    expect(evidence.every((entry) => entry.url === `https://www.figma.com/design/Ab12/?node-id=${entry.id.replace(':', '-')}`)).toBe(true);
    const unkeyed = report({}, { fileKey: 'not a key/../x' });
    expect(JSON.stringify(unkeyed)).not.toContain('figma.com');
    expect(unkeyed.file).toEqual({ name: 'Demo' });
  });

  it('is ready for engineers when every core item passes or does not apply', () => {
    const verdicts = Object.fromEntries(ALL_ITEMS.filter((item) => !item.bonus).map((item) => [item.id, { status: 'pass' as const, note: '' }]));
    expect(report(verdicts).summary.readyForEngineers).toBe(true);
  });
});

describe('strictFailures', () => {
  it('fails on a missing core item unless waived, and on core needs-work, never on bonus items', () => {
    const plain = strictFailures(report()).map((item) => item.id);
    expect(plain).toContain('privacy.consent-action');
    expect(plain).not.toContain('privacy.mutual-nda');
    const waived = strictFailures(report({ 'privacy.consent-action': { status: 'not-applicable', note: '' } })).map((item) => item.id);
    expect(waived).not.toContain('privacy.consent-action');
    const flagged = strictFailures(report({ 'funnel.three-actions': { status: 'needs-work', note: '' } })).map((item) => item.id);
    expect(flagged).toContain('funnel.three-actions');
  });
});

describe('renderMarkdown', () => {
  it('writes a handoff with flow facts, needs-work first and a table per area', () => {
    const text = renderMarkdown(report({ 'privacy.consent-action': { status: 'needs-work', note: 'Add a checkbox\nbefore connect' } }));
    expect(text).toContain('# Auth flow review: Demo');
    expect(text).toContain('**Ready for engineers:** not yet');
    expect(text).toContain('- Steps from start to connect: 1 (target 3 or fewer)');
    expect(text).toContain('- Dead ends: Pricing');
    expect(text).toContain('- Connect prompt: Connect \\| bank');
    expect(text.indexOf('## Needs work')).toBeLessThan(text.indexOf('## Checklist'));
    expect(text).toContain('Add a checkbox ⏎ before connect');
    expect(text.match(/^### /gm)).toHaveLength(5);
    expect(text.match(/^\| (?!Item|---)/gm)).toHaveLength(29);
  });

  it('says where to look for each needs-work item: linked frames, what was detected, the evidence', () => {
    const text = renderMarkdown(report({ 'funnel.cta-visible': { status: 'needs-work', note: 'Make it bigger' } }, { fileKey: 'Ab12' }));
    const section = text.slice(text.indexOf('## Needs work'), text.indexOf('## Checklist'));
    expect(section).toMatch(/^- \*\*.+\*\* \(`funnel\.cta-visible`\) in \[Connect \\\| bank\]\(https:\/\/www\.figma\.com\/design\/Ab12\/\?node-id=10-2\): Make it bigger$/m);
    expect(section).toMatch(/^ {2}- Found: .+$/m);
    expect(section).toMatch(/^ {2}- Evidence: \[“Connect bank”\]\(https:\/\/www\.figma\.com\/design\/Ab12\/\?node-id=10-\d+\)/m);
    expect(text).toContain('Design: [Demo](https://www.figma.com/design/Ab12/)');
  });

  it('passes every piece of text from the file or a reviewer through one function', () => {
    expect(untrusted('two\r\n  lines')).toBe('two ⏎   lines');
    const text = renderMarkdown(report({ 'funnel.cta-visible': { status: 'needs-work', note: 'first\nsecond' } }));
    expect(text).toContain(': first ⏎ second');
  });
});
