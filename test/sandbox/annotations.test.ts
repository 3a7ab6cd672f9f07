import { afterEach, describe, expect, it } from 'vitest';
import { getArea } from '../../src/core/checklist';
import { publishAnnotationsHandler } from '../../src/sandbox/handlers/publish-annotations';
import { Session } from '../../src/sandbox/session/session';
import { loadReview } from '../../src/sandbox/storage/load-review';
import { FakeFigma, installFakeFigma } from '../../fake-figma';
import type { FakeFigmaHandle, FakeNode, StoredAnnotation } from '../../fake-figma';
import { scanContext } from './helpers/context';
import { sampleFlow } from './helpers/sample-flow';
import { verdictSetter } from './helpers/verdicts';

let handle: FakeFigmaHandle | null = null;
afterEach(() => {
  handle?.uninstall();
  handle = null;
});

const FOREIGN: StoredAnnotation[] = [
  { labelMarkdown: '**Spec:** 16 px padding, see [tokens](https://example.com)', categoryId: 'preset:development' },
  { label: 'Plain note from a developer', properties: [{ type: 'width' }, { type: 'fills' }] },
  { properties: [{ type: 'cornerRadius' }] },
];

async function setup(options: { editorType?: 'figma' | 'dev' } = {}) {
  const flow = sampleFlow(new FakeFigma({ editorType: options.editorType }));
  flow.connect.setStoredAnnotations(FOREIGN);
  flow.connectButton.setStoredAnnotations([FOREIGN[1] as StoredAnnotation]);
  handle = installFakeFigma(flow.fake);
  const session = new Session();
  session.last = await scanContext(
    { 'funnel.cta-visible': [flow.connectButton.rawId], 'privacy.trust-language': [flow.trustGroup.rawId] },
    flow.connect.rawId,
  );
  return { flow, session, set: verdictSetter(session) };
}

const ours = (node: FakeNode) => node.storedAnnotations.filter((a) => /Auth Flow Review · /.test(a.labelMarkdown ?? a.label ?? ''));
const foreign = (node: FakeNode) => node.storedAnnotations.filter((a) => !/Auth Flow Review · /.test(a.labelMarkdown ?? a.label ?? ''));

describe('annotations', () => {
  it('adds a summary and a needs-work note, keeping foreign annotations byte-for-byte', async () => {
    const { flow, set } = await setup();
    const result = await set('funnel.cta-visible', 'needs-work', 'Button sits below the fold');
    expect(result.annotations).toEqual({ ok: true });
    expect(JSON.stringify(foreign(flow.connect))).toBe(JSON.stringify(FOREIGN));
    expect(JSON.stringify(foreign(flow.connectButton))).toBe(JSON.stringify([FOREIGN[1]]));
    const note = ours(flow.connectButton);
    expect(note).toHaveLength(1);
    expect(note[0]?.labelMarkdown).toMatch(/Needs work:[\s\S]*Button sits below the fold/);
    const category = flow.fake.categories.categories.find((c) => c.id === note[0]?.categoryId);
    expect(category?.label).toMatch(/^Auth flow: /);
    const summary = ours(flow.connect);
    expect(summary).toHaveLength(1);
    expect(summary[0]?.labelMarkdown).toMatch(/1 of 29 reviewed/);
    expect(summary[0]?.label).toBeUndefined();
    // Every reviewed frame carries the summary.
    expect(ours(flow.signUp)).toHaveLength(1);
  });

  it('is idempotent across repeated saves and publishes', async () => {
    const { flow, session, set } = await setup();
    await set('funnel.cta-visible', 'needs-work', 'Too low');
    const snapshot = () => JSON.stringify([...flow.fake.ctx.nodes.values()].map((n) => n.storedAnnotations));
    const first = snapshot();
    await set('funnel.cta-visible', 'needs-work', 'Too low');
    expect(snapshot()).toBe(first);
    const publish = await publishAnnotationsHandler(session)({}, { emit: () => undefined });
    expect(publish).toEqual({ written: 0, annotations: { ok: true } });
    expect(snapshot()).toBe(first);
    // Only the area that has a needs-work note gets a category, and only once.
    expect(flow.fake.categories.categories.filter((c) => c.label.startsWith('Auth flow: ')).map((c) => c.label)).toEqual(['Auth flow: The funnel']);
  });

  it('updates in place and removes ours when an item is reset', async () => {
    const { flow, set } = await setup();
    await set('funnel.cta-visible', 'needs-work', 'first');
    const position = flow.connectButton.storedAnnotations.findIndex((a) => /first/.test(a.labelMarkdown ?? ''));
    flow.connectButton.setStoredAnnotations([...flow.connectButton.storedAnnotations, { label: 'Added later by someone' }]);
    await set('funnel.cta-visible', 'needs-work', 'second');
    expect(flow.connectButton.storedAnnotations.findIndex((a) => /second/.test(a.labelMarkdown ?? ''))).toBe(position);
    await set('funnel.cta-visible', 'unreviewed');
    expect(ours(flow.connectButton)).toEqual([]);
    expect(foreign(flow.connectButton)).toEqual([FOREIGN[1], { label: 'Added later by someone' }]);
    // Nothing reviewed any more: the summaries go too.
    expect(ours(flow.connect)).toEqual([]);
    expect(foreign(flow.connect)).toEqual(FOREIGN);
  });

  it('puts a note for evidence in a group on the nearest ancestor that can carry it', async () => {
    const { flow, set } = await setup();
    await set('privacy.trust-language', 'needs-work', 'Say how data is encrypted');
    expect(flow.trustGroup.storedAnnotations).toEqual([]);
    expect(ours(flow.connect).some((a) => /encrypted/.test(a.labelMarkdown ?? ''))).toBe(true);
  });

  it('keeps the review saved when annotation writes fail, and publishes later', async () => {
    const { flow, session, set } = await setup();
    flow.fake.failAnnotationWrites = 'Annotations can only be edited in Dev Mode';
    const result = await set('funnel.cta-visible', 'needs-work', 'Bigger');
    expect(result.annotations.ok).toBe(false);
    expect(result.annotations.message).toMatch(/review itself is saved.*Dev Mode/);
    const { stored } = await loadReview(session.last?.order ?? []);
    expect(stored.verdicts['funnel.cta-visible']?.record.status).toBe('needs-work');
    expect(ours(flow.connectButton)).toEqual([]);
    flow.fake.failAnnotationWrites = null;
    flow.fake.editorType = 'dev';
    const publish = await publishAnnotationsHandler(session)({}, { emit: () => undefined });
    expect(publish.annotations).toEqual({ ok: true });
    expect(ours(flow.connectButton)).toHaveLength(1);
    expect(foreign(flow.connect)).toEqual(FOREIGN);
  });

  it('finds its categories again by label and respects the user’s colour', async () => {
    const { flow, set } = await setup();
    await set('funnel.cta-visible', 'needs-work');
    const funnel = flow.fake.categories.categories.find((c) => c.label === `Auth flow: ${getArea('funnel').title}`);
    expect(funnel).toBeDefined();
    const view = (await figma.annotations.getAnnotationCategoriesAsync()).find((c) => c.id === funnel?.id);
    view?.setColor('pink');
    await set('funnel.social-proof', 'needs-work');
    expect(flow.fake.categories.categories.filter((c) => c.label === funnel?.label)).toHaveLength(1);
    expect(flow.fake.categories.categories.find((c) => c.id === funnel?.id)?.color).toBe('pink');
  });

  it('finds a category the user renamed by its stored id instead of creating another', async () => {
    const { flow, set } = await setup();
    await set('funnel.cta-visible', 'needs-work');
    const funnel = flow.fake.categories.categories.find((c) => c.label.startsWith('Auth flow: '));
    if (funnel) funnel.label = 'Onboarding funnel';
    await set('funnel.social-proof', 'needs-work');
    expect(flow.fake.categories.categories.filter((c) => !c.isPreset).map((c) => c.label)).toEqual(['Onboarding funnel']);
    const notes = flow.fake.document.findByName('Connect button')?.storedAnnotations.filter((a) => /Needs work/.test(a.labelMarkdown ?? ''));
    expect(notes?.map((a) => a.categoryId)).toEqual([funnel?.id]);
  });

  it('reuses the first of duplicate categories left by earlier runs and leaves the others alone', async () => {
    const { flow, set } = await setup();
    const label = `Auth flow: ${getArea('funnel').title}`;
    flow.fake.categories.categories.push(
      { id: 'old:1', label, color: 'blue', isPreset: false },
      { id: 'old:2', label, color: 'red', isPreset: false },
    );
    await set('funnel.cta-visible', 'needs-work');
    expect(flow.fake.categories.categories.filter((c) => c.label === label).map((c) => c.id)).toEqual(['old:1', 'old:2']);
    expect(ours(flow.connectButton).map((a) => a.categoryId)).toEqual(['old:1']);
  });
});

describe('fake annotation rules', () => {
  it('rejects what Figma rejects', () => {
    const flow = sampleFlow();
    handle = installFakeFigma(flow.fake);
    const read = flow.connect.annotations;
    expect(Object.isFrozen(read)).toBe(true);
    flow.connect.setStoredAnnotations([{ labelMarkdown: '**bold**' }]);
    const copied = flow.connect.annotations.map((a) => ({ ...a }));
    expect(() => (flow.connect.annotations = copied)).toThrow(/both label and labelMarkdown/);
    expect(() => (flow.trustGroup.annotations = [{ label: 'x' }])).toThrow(/GROUP/);
    expect(() => (flow.connect.annotations = [{ label: 'x', categoryId: 'nope' }])).toThrow(/category/);
  });
});
