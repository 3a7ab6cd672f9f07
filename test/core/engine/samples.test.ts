import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/core/engine';
import { snapshotFromRest } from '../../../src/core/rest';
import type { ItemId } from '../../../src/core/checklist/types';

function sample(name: string) {
  const file: unknown = JSON.parse(readFileSync(new URL(`../../../samples/${name}`, import.meta.url), 'utf8'));
  const snapshot = snapshotFromRest(file);
  return { snapshot, findings: runEngine(snapshot) };
}

function detections(findings: ReturnType<typeof runEngine>): Record<string, string> {
  return Object.fromEntries(findings.items.map((item) => [item.itemId, item.detection]));
}

describe('strong sample', () => {
  const { snapshot, findings } = sample('strong-onboarding.json');
  const names = new Map(snapshot.frames.map((frame) => [frame.id, frame.name]));

  it('has the flow of the designed prototype', () => {
    expect(findings.flow.order.map((id) => names.get(id))).toEqual([
      'Sign up', 'Welcome', 'Why connect', 'Dashboard', 'Choose platform', 'Connections', 'Redirect explainer', 'Connected', 'Email – Welcome',
    ]);
    expect(findings.flow).toMatchObject({ startFrameId: '1:10', connectFrameId: '1:80', stepsToConnect: 2, pathToConnect: ['1:10', '1:40', '1:80'], deadEnds: [], hasLinks: true });
  });

  it('finds every practice the mockups show, and only the NDA is missing', () => {
    const all = detections(findings);
    const notFound = Object.entries(all).filter(([, detection]) => detection !== 'found').map(([id]) => id);
    expect(notFound).toEqual(['privacy.mutual-nda']);
  });

  it('points evidence at the real nodes', () => {
    const evidence = (id: ItemId) => findings.items.find((item) => item.itemId === id)!.evidence.map((ref) => ref.nodeId);
    expect(evidence('privacy.consent-action')).toEqual(['1:89', '1:91', '1:92']);
    expect(evidence('platform.grouped-categories')).toEqual(['1:125', '1:141', '1:151']);
    expect(evidence('platform.search')).toContain('1:124');
    expect(evidence('connection.syncing-indicator')).toEqual(['1:293']);
    expect(evidence('funnel.three-actions')).toEqual(['1:94']);
  });

  it('ignores hidden layers (the hidden bare "QuickBooks" does not count)', () => {
    expect(snapshot.frames.flatMap((frame) => frame.nodes).some((node) => node.id === '1:158' || node.id === '1:157')).toBe(false);
  });
});

describe('weak sample', () => {
  const { snapshot, findings } = sample('weak-onboarding.json');
  const names = new Map(snapshot.frames.map((frame) => [frame.id, frame.name]));

  it('buries the connect prompt six clicks deep with a dead end on the way', () => {
    expect(findings.flow).toMatchObject({ startFrameId: '3:10', connectFrameId: '3:240', stepsToConnect: 6, deadEnds: ['3:300'] });
    expect(findings.flow.order.map((id) => names.get(id))).toEqual([
      'Sign up', 'Verify email', 'Pricing plans', 'Company details', 'Business profile', 'Dashboard', 'Settings', 'Settings – Integrations',
    ]);
  });

  it('finds only the one practice it has (the "Skip" on the profile form is not a pause in connecting)', () => {
    const found = Object.entries(detections(findings)).filter(([, detection]) => detection === 'found').map(([id]) => id);
    expect(found).toEqual(['connection.delete']);
  });

  it('flags the bare platform names', () => {
    const branding = findings.items.find((item) => item.itemId === 'platform.accurate-branding')!;
    expect(branding.detection).toBe('missing');
    expect(branding.evidence.map((ref) => ref.label)).toEqual(['QuickBooks', 'Sage']);
  });
});
