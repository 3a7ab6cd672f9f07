export type AreaId = 'funnel' | 'value' | 'privacy' | 'platform' | 'connection';

export const AREA_IDS: readonly AreaId[] = ['funnel', 'value', 'privacy', 'platform', 'connection'];

/** Stable item ids (see docs/checklist.md): stored records, the CLI report and tests all use them. */
export const ITEM_IDS = [
  'funnel.greeting-email',
  'funnel.three-actions',
  'funnel.cta-visible',
  'funnel.social-proof',
  'funnel.prefill',
  'value.three-part',
  'value.contextual-ctas',
  'value.faq-link',
  'value.progress-meter',
  'privacy.data-scope',
  'privacy.trust-language',
  'privacy.consent-action',
  'privacy.disconnect-anytime',
  'privacy.connection-guide',
  'privacy.statistics',
  'privacy.support-contacts',
  'privacy.powered-by',
  'privacy.mutual-nda',
  'platform.explain-redirect',
  'platform.grouped-categories',
  'platform.accurate-branding',
  'platform.search',
  'platform.alternatives',
  'platform.non-linear',
  'platform.multiple-connections',
  'connection.view-live',
  'connection.delete',
  'connection.refresh',
  'connection.syncing-indicator',
] as const;

export type ItemId = (typeof ITEM_IDS)[number];

export function isItemId(value: unknown): value is ItemId {
  return typeof value === 'string' && (ITEM_IDS as readonly string[]).includes(value);
}

export interface ChecklistItem {
  id: ItemId;
  area: AreaId;
  title: string;
  /** What to look for in a mockup: short and actionable. */
  hint: string;
  bonus: boolean;
}

export interface ChecklistArea {
  id: AreaId;
  title: string;
  /** One sentence: what this area is about. */
  summary: string;
  /** Why it matters: the measured effect on connection conversion, or a plain reason when there is no figure. */
  impact: string;
  items: ChecklistItem[];
}
