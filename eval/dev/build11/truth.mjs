export const IDS = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

export const WRITTEN_BY = 'dev writer O (from the checklist facts and the REST format only; repository not read)';

// labels: { id: ['P'|'A', 'why'] }
export function truthOf(file, kind, description, labels, flow) {
  const present = [];
  const absent = [];
  const notes = {};
  for (const id of IDS) {
    if (!labels[id]) continue;
    const [v, why] = labels[id];
    (v === 'P' ? present : absent).push(id);
    notes[id] = why;
  }
  for (const id of Object.keys(labels)) if (!IDS.includes(id)) throw new Error(`unknown id ${id}`);
  return { file, kind, writtenBy: WRITTEN_BY, description, present, absent, notes, flow };
}
