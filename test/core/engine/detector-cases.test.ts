/**
 * Runs every detector's own cases (the *.cases.ts files beside the detectors) through the
 * whole engine, so scope and flow rules apply as in a real review.
 */
import { describe, expect, it } from 'vitest';
import { DETECTORS, runEngine } from '../../../src/core/engine';
import { ITEM_IDS } from '../../../src/core/checklist/types';
import type { DetectorCase } from '../../../src/core/engine/context';
import { CONNECTION_CASES } from '../../../src/core/engine/detectors/connection.cases';
import { FUNNEL_CASES } from '../../../src/core/engine/detectors/funnel.cases';
import { PLATFORM_CASES } from '../../../src/core/engine/detectors/platform.cases';
import { PRIVACY_CASES } from '../../../src/core/engine/detectors/privacy.cases';
import { VALUE_CASES } from '../../../src/core/engine/detectors/value.cases';

const CASES: Record<string, DetectorCase[]> = { ...FUNNEL_CASES, ...VALUE_CASES, ...PRIVACY_CASES, ...PLATFORM_CASES, ...CONNECTION_CASES };

describe('detector cases', () => {
  it('every detector has a case it finds and a case it does not', () => {
    for (const id of ITEM_IDS) {
      const cases = CASES[id] ?? [];
      expect(cases.some((c) => c.expect === 'found'), `${id}: no positive case`).toBe(true);
      expect(cases.some((c) => c.expect !== 'found'), `${id}: no negative case`).toBe(true);
    }
    expect(Object.keys(CASES).sort()).toEqual([...ITEM_IDS].sort());
  });

  for (const id of ITEM_IDS) {
    describe(id, () => {
      for (const c of CASES[id] ?? []) {
        it(`${c.expect}: ${c.name}`, () => {
          const finding = runEngine(c.snapshot()).items.find((item) => item.itemId === id)!;
          expect(finding.detection, finding.reason).toBe(c.expect);
          expect(DETECTORS[id].id).toBe(id);
          if (c.expect === 'found') {
            expect(finding.evidence.length).toBeGreaterThan(0);
            for (const evidence of finding.evidence) expect(evidence.label).not.toMatch(/^["“'‘]|["”'’]$/);
          }
          expect(finding.reason).toMatch(/[.!?]$/);
        });
      }
    });
  }
});
