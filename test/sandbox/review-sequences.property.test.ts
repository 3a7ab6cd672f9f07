/**
 * Any sequence of saves, resets and edits keeps others' annotations exactly as they were
 * and leaves every stored entry valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/core/checklist/types';
import { readStoredReview } from '../../src/core/review/read';
import type { ItemStatus } from '../../src/core/review/types';
import { PLUGIN_DATA_NAMESPACE } from '../../src/core/review/types';
import { Session } from '../../src/sandbox/session/session';
import { FakeFigma, installFakeFigma } from '../../fake-figma';
import type { FakeNode, StoredAnnotation } from '../../fake-figma';
import { scanContext } from './helpers/context';
import { sampleFlow } from './helpers/sample-flow';
import { verdictSetter } from './helpers/verdicts';

const ITEMS: ItemId[] = ['funnel.cta-visible', 'privacy.trust-language', 'value.faq-link', 'connection.delete'];
const STATUSES: ItemStatus[] = ['pass', 'needs-work', 'not-applicable', 'unreviewed'];

type Op =
  | { kind: 'save'; item: ItemId; status: ItemStatus; note: string }
  | { kind: 'reset'; item: ItemId }
  | { kind: 'edit-text'; text: string }
  | { kind: 'foreign'; target: number; annotation: StoredAnnotation };

const foreignAnnotation: fc.Arbitrary<StoredAnnotation> = fc.oneof(
  fc.record({ label: fc.string({ maxLength: 40 }) }),
  fc.record({ labelMarkdown: fc.string({ maxLength: 40 }), categoryId: fc.constant('preset:development') }),
  fc.record({ label: fc.string({ maxLength: 20 }), properties: fc.constant<{ type: AnnotationPropertyType }[]>([{ type: 'height' }]) }),
);

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), item: fc.constantFrom(...ITEMS), status: fc.constantFrom(...STATUSES), note: fc.string({ maxLength: 60 }) }),
  fc.record({ kind: fc.constant('reset' as const), item: fc.constantFrom(...ITEMS) }),
  fc.record({ kind: fc.constant('edit-text' as const), text: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('foreign' as const), target: fc.nat(3), annotation: foreignAnnotation }),
);

const isOurs = (a: StoredAnnotation): boolean => /Auth Flow Review · /.test(a.labelMarkdown ?? a.label ?? '');

describe('review operations (property)', () => {
  it('keep foreign annotations intact and stored records valid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const flow = sampleFlow(new FakeFigma());
        const handle = installFakeFigma(flow.fake);
        try {
          const targets: FakeNode[] = [flow.connect, flow.connectButton, flow.signUp, flow.value];
          const session = new Session();
          const evidence = { 'funnel.cta-visible': [flow.connectButton.rawId], 'privacy.trust-language': [flow.trustGroup.rawId] };
          session.last = await scanContext(evidence, flow.connect.rawId);
          const set = verdictSetter(session);
          const expectedForeign = new Map<FakeNode, StoredAnnotation[]>(targets.map((t) => [t, []]));
          for (const step of ops) {
            if (step.kind === 'save') await set(step.item, step.status, step.note);
            else if (step.kind === 'reset') await set(step.item, 'unreviewed');
            else if (step.kind === 'edit-text') {
              (flow.connect.findByName('Disconnect at any time') as FakeNode & { characters: string }).characters = step.text;
              session.last = await scanContext(evidence, flow.connect.rawId);
            } else {
              if (isOurs(step.annotation)) continue;
              const target = targets[step.target] as FakeNode;
              target.setStoredAnnotations([...target.storedAnnotations, step.annotation]);
              expectedForeign.get(target)?.push(step.annotation);
            }
            for (const [node, expected] of expectedForeign) {
              expect(JSON.stringify(node.storedAnnotations.filter((a) => !isOurs(a)))).toBe(JSON.stringify(expected));
            }
          }
          const stored = readStoredReview(
            [...flow.fake.ctx.nodes.values()].map((node) => {
              const entries: Record<string, string> = {};
              for (const key of node.getSharedPluginDataKeys(PLUGIN_DATA_NAMESPACE)) entries[key] = node.getSharedPluginData(PLUGIN_DATA_NAMESPACE, key);
              return { nodeId: node.rawId, entries };
            }),
          );
          expect(stored.problems).toEqual([]);
          // One record per item; one needs-work note per needs-work item.
          for (const item of ITEMS) {
            const holders = [...flow.fake.ctx.nodes.values()].filter((n) => n.getSharedPluginData(PLUGIN_DATA_NAMESPACE, `item:${item}`) !== '');
            expect(holders.length).toBeLessThanOrEqual(1);
            const notes = [...flow.fake.ctx.nodes.values()].flatMap((n) => n.storedAnnotations).filter((a) => (a.labelMarkdown ?? '').includes(`Auth Flow Review · ${item}`));
            expect(notes.length).toBe(stored.verdicts[item]?.record.status === 'needs-work' ? 1 : 0);
          }
        } finally {
          handle.uninstall();
        }
      }),
      { numRuns: 60 },
    );
  });
});
