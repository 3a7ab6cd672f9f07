import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/core/engine';
import { ITEM_IDS, type ItemId } from '../../../src/core/checklist/types';
import type { Detection, ItemFinding } from '../../../src/core/model/findings';
import { SnapshotBuilder } from '../support/snapshot-builder';

function findingFor(itemId: ItemId, build: (b: SnapshotBuilder) => void): ItemFinding {
  const builder = new SnapshotBuilder();
  build(builder);
  const result = runEngine(builder.build()).items.find((item) => item.itemId === itemId);
  if (!result) throw new Error(`no finding for ${itemId}`);
  return result;
}

interface Case {
  positive: (b: SnapshotBuilder) => string[];
  negative: (b: SnapshotBuilder) => void;
  /** What the negative case yields: missing unless the item cannot be judged then. */
  negativeDetection?: Detection;
}

/** Connect frame with a CTA button; returns the frame id. */
function connectScreen(b: SnapshotBuilder, name = 'Connect'): { frame: string; cta: string } {
  const frame = b.frame(name);
  return { frame, cta: b.button(frame, 'Connect your accounting', { y: 600 }) };
}

const CASES: Record<ItemId, Case> = {
  'funnel.greeting-email': {
    positive: (b) => {
      const f = b.frame('Email – Welcome');
      return [b.text(f, '1 Create your account'), b.text(f, '2 Connect your books'), b.button(f, 'Connect now'), b.text(f, '3 Get your offer')];
    },
    // An email that only says hello: no connect button, no steps.
    negative: (b) => { const f = b.frame('Email – Welcome'); b.text(f, 'Welcome aboard, Maya!'); b.button(f, 'Open the app'); },
  },
  'funnel.three-actions': {
    positive: (b) => {
      const start = b.frame('Sign up'); const { frame, cta } = connectScreen(b);
      b.link(b.button(start, 'Create account'), frame);
      return [cta];
    },
    negative: (b) => {
      const frames = ['Sign up', 'Verify', 'Profile', 'Team', 'Plan'].map((name) => b.frame(name));
      const { frame } = connectScreen(b);
      [...frames, frame].forEach((id, i, all) => { const next = all[i + 1]; if (next) b.link(b.button(id, 'Next'), next); });
    },
  },
  'funnel.cta-visible': {
    positive: (b) => [connectScreen(b, 'Home').cta],
    negative: (b) => {
      const f = b.frame('Home');
      const menu = b.node(f, { name: 'Overflow menu' });
      b.button(f, 'Connect your accounting', { parent: menu });
    },
  },
  'funnel.social-proof': {
    positive: (b) => [b.text(b.frame('Sign up'), 'Trusted by 5,000 bakeries across the UK')],
    negative: (b) => { b.text(b.frame('Sign up'), 'Create your account in seconds'); },
  },
  'funnel.prefill': {
    positive: (b) => [b.text(b.frame('Your details'), 'Company number prefilled from Xero')],
    negative: (b) => { b.text(b.frame('Your details'), 'Company number'); },
  },
  'value.three-part': {
    positive: (b) => {
      const { frame, cta } = connectScreen(b);
      return [b.text(frame, 'Unlock an instant funding decision', { y: 10 }), b.text(frame, 'We’ll use your accounting data to assess your risk score', { y: 40 }), cta];
    },
    // Value and CTA, but nothing on how the data is used.
    negative: (b) => { const { frame } = connectScreen(b); b.text(frame, 'Unlock an instant funding decision'); },
  },
  'value.contextual-ctas': {
    positive: (b) => { const f = b.frame('Dashboard'); b.node(f, { type: 'VECTOR', name: 'Chart/Line' }); return [b.button(f, 'Connect bank')]; },
    negative: (b) => { const f = b.frame('Dashboard'); b.node(f, { type: 'VECTOR', name: 'Chart/Line' }); b.text(f, 'Revenue this month'); },
  },
  'value.faq-link': {
    positive: (b) => { const { frame } = connectScreen(b); return [b.text(frame, 'Want to know more? Read our FAQs')]; },
    // The FAQ link is on an unrelated page, away from the value message.
    negative: (b) => { connectScreen(b); b.text(b.frame('Footer'), 'FAQs'); },
  },
  'value.progress-meter': {
    positive: (b) => [b.node(b.frame('Welcome'), { type: 'INSTANCE', name: 'Progress bar' })],
    negative: (b) => { b.node(b.frame('Welcome'), { type: 'RECTANGLE', name: 'Background' }); },
  },
  'privacy.data-scope': {
    positive: (b) => [b.text(b.frame('Why connect'), 'We read your accounting data from Xero; we never write to it.')],
    negative: (b) => { b.text(b.frame('Why connect'), 'Connecting helps us serve you better.'); },
  },
  'privacy.trust-language': {
    positive: (b) => [b.text(b.frame('Why connect'), 'Securely add your bank in seconds')],
    negative: (b) => { b.text(b.frame('Why connect'), 'Add your bank in seconds'); },
  },
  'privacy.consent-action': {
    positive: (b) => {
      const f = b.frame('Consent');
      return [
        b.node(f, { type: 'INSTANCE', name: 'Checkbox', componentName: 'Checkbox/State=Off', y: 100, width: 20, height: 20 }),
        b.text(f, 'I agree to share my accounting data', { y: 100 }),
        b.text(f, 'Privacy policy', { y: 100, x: 320 }),
      ];
    },
    // Consent wording and a policy link, but no checkbox to tick.
    negative: (b) => { const f = b.frame('Consent'); b.text(f, 'By continuing you agree to share your data'); b.text(f, 'Privacy policy'); },
  },
  'privacy.disconnect-anytime': {
    positive: (b) => [b.text(b.frame('Why connect'), 'You can disconnect at any time.')],
    negative: (b) => { b.text(b.frame('Why connect'), 'Disconnect'); },
  },
  'privacy.connection-guide': {
    positive: (b) => [b.text(b.frame('Redirect'), 'How to connect Xero: read our guide')],
    negative: (b) => { b.text(b.frame('Redirect'), 'Privacy policy'); },
  },
  'privacy.statistics': {
    positive: (b) => [b.text(b.frame('Why connect'), '12,000 businesses trust our encryption')],
    // A number without a trust claim, and a claim without a number.
    negative: (b) => { const f = b.frame('Why connect'); b.text(f, 'Takes 2 minutes'); b.text(f, 'Businesses trust us'); },
  },
  'privacy.support-contacts': {
    positive: (b) => { const f = b.frame('Help'); return [b.text(f, 'Call us on +44 20 7946 0321'), b.text(f, 'Chat with us')]; },
    negative: (b) => { const f = b.frame('Help'); b.text(f, 'Chat with us'); b.text(f, 'Phone number'); },
  },
  'privacy.powered-by': {
    positive: (b) => [b.node(b.frame('Connect'), { type: 'GROUP', name: 'Powered by Codat' })],
    negative: (b) => { b.node(b.frame('Connect'), { type: 'GROUP', name: 'Logo' }); },
  },
  'privacy.mutual-nda': {
    positive: (b) => [b.text(b.frame('Why connect'), 'Need an NDA? We sign mutual NDAs on request.')],
    negative: (b) => { b.text(b.frame('Why connect'), 'Your data stays yours.'); },
  },
  'platform.explain-redirect': {
    positive: (b) => [b.text(b.frame('Redirect'), 'You’ll be redirected to Xero to sign in, then brought back here.')],
    // "Sent to" without any sign-in or platform: a receipt, not a redirect.
    negative: (b) => { b.text(b.frame('Redirect'), 'Receipt sent to your email'); },
  },
  'platform.grouped-categories': {
    positive: (b) => {
      const f = b.frame('Choose platform');
      const headings = [b.text(f, 'Accounting', { y: 100 }), b.text(f, 'Revenue streams', { y: 300 })];
      b.text(f, 'Xero', { y: 150 }); b.text(f, 'Shopify', { y: 350 });
      return headings;
    },
    negative: (b) => { const f = b.frame('Choose platform'); b.text(f, 'Xero'); b.text(f, 'Shopify'); b.text(f, 'FreshBooks'); },
  },
  'platform.accurate-branding': {
    positive: (b) => { const f = b.frame('Choose platform'); return [b.text(f, 'QuickBooks Online'), b.text(f, 'Sage Intacct')]; },
    negative: (b) => { const f = b.frame('Choose platform'); b.text(f, 'QuickBooks'); b.text(f, 'Xero'); },
  },
  'platform.search': {
    positive: (b) => {
      const f = b.frame('Choose platform');
      const field = b.node(f, { type: 'INSTANCE', name: 'Search bar' });
      const placeholder = b.text(f, 'Search 40+ platforms', { parent: field });
      b.text(f, 'Xero'); b.text(f, 'FreshBooks');
      return [placeholder];
    },
    // The word "Search" as a heading is not a search field.
    negative: (b) => { const f = b.frame('Choose platform'); b.text(f, 'Search'); b.text(f, 'Xero'); b.text(f, 'FreshBooks'); },
  },
  'platform.alternatives': {
    positive: (b) => [b.text(b.frame('Choose platform'), 'Can’t find your software? Upload files instead')],
    negative: (b) => { b.text(b.frame('Choose platform'), 'Choose your software'); },
  },
  'platform.non-linear': {
    positive: (b) => [b.text(b.frame('Choose platform'), 'Invite a colleague')],
    negative: (b) => { b.text(b.frame('Choose platform'), 'Continue'); },
  },
  'platform.multiple-connections': {
    positive: (b) => { const f = b.frame('Connected'); return [b.button(f, 'Add another'), b.text(f, 'Connected ✓')]; },
    negative: (b) => { b.text(b.frame('Connected'), 'Connected ✓'); },
  },
  'connection.view-live': {
    positive: (b) => { const f = b.frame('Connections'); return [b.text(f, 'Xero'), b.text(f, 'Last synced 26 Nov 2026')]; },
    // Platforms listed, but no sync details.
    negative: (b) => { const f = b.frame('Connections'); b.text(f, 'Xero'); b.text(f, 'Shopify'); },
  },
  'connection.delete': {
    positive: (b) => [b.button(b.frame('Connections'), 'Disconnect')],
    negative: (b) => { b.button(b.frame('Connections'), 'Settings'); },
  },
  'connection.refresh': {
    positive: (b) => [b.button(b.frame('Connections'), 'Sync now')],
    // "Synced" is a state, not a control.
    negative: (b) => { b.text(b.frame('Connections'), 'Synced'); },
  },
  'connection.syncing-indicator': {
    positive: (b) => [b.node(b.frame('Connections'), { type: 'INSTANCE', name: 'Spinner' })],
    negative: (b) => { b.node(b.frame('Connections'), { type: 'INSTANCE', name: 'Badge' }); },
  },
};

describe('a detector per checklist item', () => {
  it('covers every item', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ITEM_IDS].sort());
  });

  for (const itemId of ITEM_IDS) {
    const testCase = CASES[itemId];
    describe(itemId, () => {
      it('is found, with the nodes that show it as evidence', () => {
        let expected: string[] = [];
        const result = findingFor(itemId, (b) => { expected = testCase.positive(b); });
        expect(result.detection, result.reason).toBe('found');
        const evidence = result.evidence.map((ref) => ref.nodeId);
        for (const id of expected) expect(evidence).toContain(id);
        expect(result.reason).toMatch(/\S.*\.$/);
      });

      it('is not found when the practice is absent', () => {
        const result = findingFor(itemId, testCase.negative);
        expect(result.detection, result.reason).toBe(testCase.negativeDetection ?? 'missing');
        expect(result.reason.length).toBeGreaterThan(10);
      });
    });
  }
});

describe('judgement limits', () => {
  it('leaves three-actions to a person when there are no prototype links', () => {
    expect(findingFor('funnel.three-actions', (b) => { connectScreen(b); b.frame('Sign up'); }).detection).toBe('manual');
  });

  it('leaves contextual CTAs to a person when no feature screen is in the selection', () => {
    expect(findingFor('value.contextual-ctas', (b) => { connectScreen(b); }).detection).toBe('manual');
  });

  it('leaves branding to a person when no platform is named in text', () => {
    expect(findingFor('platform.accurate-branding', (b) => { b.node(b.frame('Choose platform'), { name: 'Logo' }); }).detection).toBe('manual');
  });

  it('never marks an item found on an empty snapshot', () => {
    const findings = runEngine(new SnapshotBuilder().build());
    expect(findings.items).toHaveLength(29);
    expect(findings.items.filter((item) => item.detection === 'found')).toEqual([]);
  });

  it('flags a bare ambiguous name even next to full names, pointing at it', () => {
    let bare = '';
    const result = findingFor('platform.accurate-branding', (b) => {
      const f = b.frame('Choose platform'); b.text(f, 'QuickBooks Online'); bare = b.text(f, 'Sage');
    });
    expect(result.detection).toBe('missing');
    expect(result.evidence.map((ref) => ref.nodeId)).toEqual([bare]);
    expect(result.reason).toContain('Sage Intacct');
  });

  it('does not count a customer email address in a form as a support channel', () => {
    const result = findingFor('privacy.support-contacts', (b) => {
      const f = b.frame('Sign up'); b.text(f, 'maya@lumenbakery.com'); b.text(f, 'Chat with us');
    });
    expect(result.detection).toBe('missing');
  });
});
