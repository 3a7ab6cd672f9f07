// Writes the truth files. Labels and flow facts are stated by hand; frame ids
// are looked up by frame name in the generated files.
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = new URL('../', import.meta.url);
const WRITTEN_BY = 'held-out writer N (from the checklist facts and the REST format only; repository not read)';
const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
  'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
];

function frameId(doc, name) {
  let found = null;
  const walk = (n) => { if (!found && n.type === 'FRAME' && n.name === name) found = n.id; (n.children || []).forEach(walk); };
  walk(doc.document);
  if (!found) throw new Error(`no frame ${name}`);
  return found;
}

const files = [
  {
    name: 'h41-dental-practice-finance-desktop',
    kind: 'onboarding',
    description: 'Desktop (1440) onboarding for a US lender that funds dental practices. The practice links its practice-management system, accounting and business bank. Screens sit in a SECTION on the flow page; a welcome email frame sits beside it, off the prototype path.',
    absent: ['privacy.powered-by', 'privacy.mutual-nda', 'platform.search', 'connection.refresh'],
    unlabelled: ['privacy.connection-guide'],
    notes: {
      'funnel.three-actions': 'Sign up -> Practice details -> Link software: 2 steps.',
      'funnel.greeting-email': 'Email / Welcome frame: numbered 1-2-3 list with linking as step 2 and a "Link my software" button.',
      'value.three-part': 'Link software frame: what you get / how we use it / next step, then the main "Link your software" button.',
      'value.contextual-ctas': 'Dashboard cash-runway card asks to link the business bank to populate the chart.',
      'funnel.prefill': 'Application frame shows legal name, EIN, address and revenue filled in from QuickBooks Online.',
      'privacy.powered-by': 'The only "Powered by" text is a hidden layer.',
      'privacy.connection-guide': 'The FAQ linked from the hub is a funding FAQ, not a how-to-connect guide; left unlabelled.',
      'platform.search': 'Platform picker has no search field.',
      'connection.refresh': 'Connections list has Disconnect but no refresh/sync-now control.',
      'connection.syncing-indicator': 'Open Dental row shows a spinner with "Syncing…".',
      'platform.accurate-branding': 'Full names such as QuickBooks Online vs QuickBooks Desktop, Dentrix Ascend, Chase Business.',
      'privacy.statistics': '"3,200+ dental practices trust us with their financial data".',
    },
    flow: { start: 'Sign up', connect: 'Link software', steps: 2, deadEnds: ['Terms of Service'] },
  },
  {
    name: 'h42-craft-brewery-distribution-tablet',
    kind: 'onboarding',
    description: 'iPad portrait onboarding, playful copy, for a distribution platform used by craft breweries; connects accounting ("books") and the taproom POS ("till"). No prototype starting point is set; the flow begins at the Sign up frame.',
    absent: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill', 'value.three-part', 'value.faq-link',
      'privacy.consent-action', 'privacy.connection-guide', 'privacy.mutual-nda',
      'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'connection.refresh', 'connection.syncing-indicator'],
    unlabelled: ['privacy.support-contacts', 'privacy.trust-language'],
    notes: {
      'funnel.three-actions': 'Sign up -> Brewery basics -> Crew -> Territories -> Plug in: 4 steps.',
      'value.three-part': 'The Plug in screen gives the benefit and the CTA but says nothing about how the data is used; the data description only appears on the next screen.',
      'value.faq-link': 'The FAQ link on Plug in is hidden.',
      'platform.accurate-branding': 'Bare names "QuickBooks", "Sage", "Square", "Lightspeed" without product editions.',
      'privacy.support-contacts': 'Only a chat bubble; one channel, left unlabelled.',
      'privacy.trust-language': 'No security/third-party reassurance, but "Unplug whenever" states how to withdraw; left unlabelled.',
      'privacy.statistics': '"900+ indie breweries already pour through Hopline".',
      'privacy.powered-by': 'Visible "Powered by" + logo at the foot of Plug in.',
      'platform.non-linear': '"Pass this to your bookkeeper · Do it later" and "Skip for now" on Crew.',
      'value.contextual-ctas': 'Home "Who owes you" card: "Plug in your books to see which accounts are running a tab."',
      'connection.delete': '"Unplug" buttons on the Connections list.',
    },
    flow: { start: 'Sign up', connect: 'Plug in', steps: 4, deadEnds: ['Pricing'] },
  },
  {
    name: 'h43-cleaning-company-payroll-mobile',
    kind: 'onboarding',
    description: 'UK mobile (390x844) onboarding for a payroll and scheduling app for cleaning companies; connects a rota tool, payroll software and a business bank. Older prototype links (transitionNodeID) and prototypeStartNodeID; screens inside a SECTION.',
    absent: ['funnel.social-proof', 'funnel.prefill', 'value.contextual-ctas', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda'],
    unlabelled: [],
    notes: {
      'funnel.three-actions': '01 Sign up -> 02 Verify -> 03 Connect: 2 steps.',
      'funnel.social-proof': 'The only "trusted by" line is hidden.',
      'privacy.statistics': 'The "2,000+ UK cleaning firms" line is hidden.',
      'value.contextual-ctas': 'Home shows pay run and rota cards with no connect prompt.',
      'privacy.consent-action': 'Consent sheet: checkbox beside consent copy and a Privacy Notice link before continuing.',
      'privacy.connection-guide': 'Help lists step-by-step connection guides per app.',
      'platform.alternatives': '"Still on spreadsheets? Upload a CSV of hours instead".',
      'connection.syncing-indicator': 'Starling row shows a loader with "Syncing…".',
    },
    flow: { start: '01 Sign up', connect: '03 Connect', steps: 2, deadEnds: ['11 Terms'] },
  },
  {
    name: 'h44-negative-meditation-app',
    kind: 'negative',
    description: 'Consumer meditation app first-run flow (mobile). Has "Connect Apple Health", "Sync your streak", "Invite a friend", a subscription paywall with "cancel anytime", "Loved by 8M people" and "Delete account"; no business accounting/banking/commerce connection.',
    absent: null,
    unlabelled: ['funnel.social-proof', 'privacy.statistics'],
    notes: {
      'funnel.social-proof': '"Loved by 8M people" is app-store-style social proof unrelated to connecting business software; left unlabelled.',
      'privacy.statistics': 'The 8M figure is a popularity claim, not a trust-in-data-handling figure; left unlabelled.',
      'connection.delete': '"Delete account" deletes the user account, not a connection.',
      'funnel.cta-visible': '"Connect Apple Health" is a personal health permission, not a business-software connection.',
    },
    flow: { start: 'Welcome', connect: null, steps: null, deadEnds: [] },
  },
  {
    name: 'h45-negative-recipe-sharing',
    kind: 'negative',
    description: 'Recipe-sharing social app onboarding and core screens (mobile). Has "Continue with Google", "Connect with friends", "Import recipes from a link", a "Syncing your cookbook…" spinner, a recipe search bar and "Report a problem"; no business-software connection.',
    absent: null,
    unlabelled: ['connection.syncing-indicator'],
    notes: {
      'connection.syncing-indicator': 'A cookbook-sync spinner exists, but not for a connected business data source; left unlabelled.',
      'platform.search': 'The search bar searches recipes, not integrations.',
      'privacy.support-contacts': '"Report a problem" form only, not about connecting.',
    },
    flow: { start: 'Splash', connect: null, steps: null, deadEnds: [] },
  },
];

for (const f of files) {
  const doc = JSON.parse(readFileSync(new URL(`${f.name}.json`, DIR), 'utf8'));
  const absent = f.kind === 'negative' ? ALL.filter((id) => !f.unlabelled.includes(id)) : f.absent;
  const present = f.kind === 'negative' ? [] : ALL.filter((id) => !f.absent.includes(id) && !f.unlabelled.includes(id));
  const truth = {
    file: `${f.name}.json`,
    kind: f.kind,
    writtenBy: WRITTEN_BY,
    description: f.description,
    present,
    absent,
    notes: f.notes,
    flow: {
      startFrameId: frameId(doc, f.flow.start),
      connectFrameId: f.flow.connect ? frameId(doc, f.flow.connect) : null,
      stepsToConnect: f.flow.steps,
      deadEnds: f.flow.deadEnds.map((n) => frameId(doc, n)),
    },
  };
  writeFileSync(new URL(`${f.name}.truth.json`, DIR), JSON.stringify(truth, null, 2) + '\n');
  console.log(f.name, 'present', present.length, 'absent', absent.length);
}
