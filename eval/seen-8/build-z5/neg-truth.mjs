// Shared truth helper for the two negative files.
export const ALL = `funnel.greeting-email funnel.three-actions funnel.cta-visible funnel.social-proof funnel.prefill
value.three-part value.contextual-ctas value.faq-link value.progress-meter
privacy.data-scope privacy.trust-language privacy.consent-action privacy.disconnect-anytime privacy.connection-guide
privacy.statistics privacy.support-contacts privacy.powered-by privacy.mutual-nda
platform.explain-redirect platform.grouped-categories platform.accurate-branding platform.search platform.alternatives
platform.non-linear platform.multiple-connections
connection.view-live connection.delete connection.refresh connection.syncing-indicator`.split(/\s+/);

export const absentExcept = (skip) => ALL.filter((id) => !skip.includes(id));
