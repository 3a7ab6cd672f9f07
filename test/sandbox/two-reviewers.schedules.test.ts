/**
 * Two reviewers with the plugin open on one file, each save's async calls interleaved with
 * the other's: every single-interruption schedule exhaustively, then random schedules with
 * many interruptions. After each: no verdict lost, every record valid, our annotations and
 * relaunch texts exactly what the stored review implies, one category per area, and others'
 * annotations untouched.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/core/checklist/types';
import type { ScanResult } from '../../src/core/protocol/messages';
import type { ItemStatus } from '../../src/core/review/types';
import { FakeFigma } from '../../fake-figma';
import { expectReviewConsistent, foreignAnnotations } from './helpers/review-invariants';
import { sampleFlow } from './helpers/sample-flow';
import type { TwoReviewers } from './helpers/two-reviewers';
import { byChoices, openTwoReviewers, singleInterruption } from './helpers/two-reviewers';

interface Save {
  itemId: ItemId;
  status: ItemStatus;
  note: string;
}

type Action = { kind: 'save'; save: Save } | { kind: 'reset' };

interface Scenario {
  name: string;
  /** Saved by the first reviewer before the race. */
  before: Save[];
  a: Action;
  b: Action;
}

const SCENARIOS: Scenario[] = [
  {
    // Both first saves need the same category: it must be created once.
    name: 'two first saves, both needs work in one area',
    before: [],
    a: { kind: 'save', save: { itemId: 'privacy.trust-language', status: 'needs-work', note: 'Say how data is encrypted' } },
    b: { kind: 'save', save: { itemId: 'privacy.disconnect-anytime', status: 'needs-work', note: 'Show where to disconnect' } },
  },
  {
    name: 'a pass and a needs-work on a review under way',
    before: [{ itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Too low' }],
    a: { kind: 'save', save: { itemId: 'value.faq-link', status: 'pass', note: '' } },
    b: { kind: 'save', save: { itemId: 'connection.delete', status: 'needs-work', note: 'Where is disconnect?' } },
  },
  {
    // Both judge the same item: the later save wins and keeps the earlier one in its history.
    name: 'both judge the same item',
    before: [],
    a: { kind: 'save', save: { itemId: 'funnel.cta-visible', status: 'pass', note: 'Fine on desktop' } },
    b: { kind: 'save', save: { itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Below the fold on mobile' } },
  },
];

const RESET_SCENARIO: Scenario = {
  name: 'a reset overlapping a needs-work save',
  before: [
    { itemId: 'funnel.cta-visible', status: 'needs-work', note: 'Too low' },
    { itemId: 'value.faq-link', status: 'pass', note: '' },
  ],
  a: { kind: 'reset' },
  b: { kind: 'save', save: { itemId: 'privacy.trust-language', status: 'needs-work', note: 'Say how data is encrypted' } },
};

let open: TwoReviewers | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

interface Prepared {
  doc: FakeFigma;
  two: TwoReviewers;
  scan: ScanResult;
  foreign: ReturnType<typeof foreignAnnotations>;
}

async function prepare(scenario: Scenario): Promise<Prepared> {
  const flow = sampleFlow(new FakeFigma());
  // Someone else's annotations, which no schedule may touch.
  flow.connect.setStoredAnnotations([{ label: 'Spec: 16px padding' }, { labelMarkdown: '**Copy** to be confirmed', categoryId: 'preset:development' }]);
  flow.connectButton.setStoredAnnotations([{ label: 'Hover state missing' }]);
  const two = await openTwoReviewers(flow.fake, ['Ana', 'Ben'], { live: { debounceMs: 600000 } });
  open = two;
  const scan = await two.a.client.request('scan', {});
  await two.b.client.request('scan', {});
  for (const save of scenario.before) await two.a.client.request('set-verdict', save);
  return { doc: flow.fake, two, scan, foreign: foreignAnnotations(flow.fake) };
}

function send(two: TwoReviewers, who: 'a' | 'b', action: Action): Promise<unknown> {
  const reviewer = two[who];
  return action.kind === 'save' ? reviewer.client.request('set-verdict', action.save) : reviewer.client.request('reset-review', {});
}

/** Run both actions under one schedule and check the result. */
async function race(scenario: Scenario, choose: (two: TwoReviewers) => (step: number, ready: FakeFigma[]) => FakeFigma, label: string): Promise<number> {
  const { doc, two, scan, foreign } = await prepare(scenario);
  const results = [send(two, 'a', scenario.a), send(two, 'b', scenario.b)];
  const steps = await two.interleaver.drive(Promise.allSettled(results), choose(two));
  const settled = await Promise.allSettled(results);
  const context = `${scenario.name}, ${label}`;
  for (const outcome of settled) expect(outcome.status, `${context}: both requests succeed`).toBe('fulfilled');
  const stored = expectReviewConsistent(doc, scan.findings, foreign, context);
  // No verdict lost: every save is stored unless a reset came after it.
  const sameItem = scenario.a.kind === 'save' && scenario.b.kind === 'save' && scenario.a.save.itemId === scenario.b.save.itemId;
  if (sameItem && scenario.a.kind === 'save' && scenario.b.kind === 'save') {
    const record = stored.verdicts[scenario.a.save.itemId]?.record;
    const saves = [scenario.a.save, scenario.b.save];
    const last = saves.find((save) => save.note === record?.note);
    const earlier = saves.find((save) => save !== last);
    expect(last, `${context}: one of the two saves is the verdict`).toBeDefined();
    expect(record?.status, context).toBe(last?.status);
    expect(record?.history[0]?.status, `${context}: the other save is in its history`).toBe(earlier?.status);
  }
  for (const action of sameItem ? [] : [scenario.a, scenario.b]) {
    if (action.kind !== 'save') continue;
    const verdict = stored.verdicts[action.save.itemId];
    if (scenario.a.kind === 'reset' || scenario.b.kind === 'reset') {
      if (verdict) expect(verdict.record.status, context).toBe(action.save.status);
    } else {
      expect(verdict?.record.status, `${context}: ${action.save.itemId} kept`).toBe(action.save.status);
    }
  }
  if (scenario.a.kind !== 'reset' && scenario.b.kind !== 'reset') {
    for (const save of scenario.before) expect(stored.verdicts[save.itemId]?.record.status, `${context}: earlier ${save.itemId} kept`).toBe(save.status);
  }
  open?.close();
  open = null;
  return steps;
}

/** Steps one action takes alone (its number of async calls). */
async function soloSteps(scenario: Scenario, who: 'a' | 'b'): Promise<number> {
  const { two } = await prepare(scenario);
  const action = who === 'a' ? scenario.a : scenario.b;
  const steps = await two.interleaver.drive(send(two, who, action), (_step, ready) => ready[0] as FakeFigma);
  open?.close();
  open = null;
  return steps;
}

async function allSingleInterruptions(scenario: Scenario): Promise<number> {
  let schedules = 0;
  for (const first of ['a', 'b'] as const) {
    const n = await soloSteps(scenario, first);
    for (let k = 0; k <= n; k++) {
      await race(scenario, (two) => singleInterruption(two[first].fake, k), `${first === 'a' ? 'Ana' : 'Ben'} first for ${k} calls`);
      schedules++;
    }
  }
  return schedules;
}

describe('two reviewers saving at once', () => {
  for (const scenario of SCENARIOS) {
    it(`every single-interruption schedule: ${scenario.name}`, async () => {
      const schedules = await allSingleInterruptions(scenario);
      console.info(`${scenario.name}: ${schedules} single-interruption schedules`);
      expect(schedules).toBeGreaterThan(10);
    }, 120000);
  }

  it(`every single-interruption schedule: ${RESET_SCENARIO.name}`, async () => {
    const schedules = await allSingleInterruptions(RESET_SCENARIO);
    console.info(`${RESET_SCENARIO.name}: ${schedules} single-interruption schedules`);
    expect(schedules).toBeGreaterThan(10);
  }, 120000);

  it('random schedules with many interruptions', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SCENARIOS, RESET_SCENARIO), fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), async (scenario, choices) => {
        runs++;
        await race(scenario, (two) => byChoices(two.a.fake, two.b.fake, choices), `choices ${choices.map((c) => (c ? 'A' : 'B')).join('')}`);
      }),
      { numRuns: 40 },
    );
    console.info(`multi-interruption schedules: ${runs}`);
  }, 180000);
});
