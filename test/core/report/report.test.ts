import { describe, expect, it } from 'vitest';
import { ALL_ITEMS } from '../../../src/core/checklist';
import { runEngine } from '../../../src/core/engine';
import { buildReport, renderMarkdown, strictFailures } from '../../../src/core/report';
import { SnapshotBuilder } from '../support/snapshot-builder';

function report(verdicts: Parameters<typeof buildReport>[0]['verdicts'] = {}) {
  const b = new SnapshotBuilder();
  const signUp = b.frame('Sign up');
  const connect = b.frame('Connect | bank');
  const pricing = b.frame('Pricing');
  b.link(b.button(signUp, 'Next'), connect).link(b.button(signUp, 'Pricing'), pricing).start(signUp);
  b.button(connect, 'Connect bank');
  const findings = runEngine(b.build());
  const frames = findings.flow.order.map((id) => ({ id, name: b.build().frames.find((frame) => frame.id === id)!.name }));
  return buildReport({ fileName: 'Demo', frames, findings, verdicts });
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
    expect(text).toContain('- Connect prompt: Connect | bank');
    expect(text.indexOf('## Needs work')).toBeLessThan(text.indexOf('## Checklist'));
    expect(text).toContain('Add a checkbox before connect');
    expect(text.match(/^### /gm)).toHaveLength(5);
    expect(text.match(/^\| (?!Item|---)/gm)).toHaveLength(29);
  });
});
