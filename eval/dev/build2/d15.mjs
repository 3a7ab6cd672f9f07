// d15 — Dealflow CRM (negative): contacts, deals, pipeline; CSV import, Slack/Gmail integrations marketing page, calendar sync. Desktop 1440.
import { Ctx, T, H, Link, Rect, Gap, Col, Row, Card, BtnInst, BtnFrame, BtnGroup, Chip, Check, Search, Logo, Bar, Spinner, Screen, componentsPage, coverPage, flowPage, write, IDS } from './lib.mjs';

export default function build(dir) {
  const c = new Ctx('1', { accent: '#7C3AED', font: 'Inter' });
  const cover = coverPage(c, 1, 'Dealflow CRM', 'Web app · onboarding + integrations · 2026');
  const comp = componentsPage(c, 2, [
    { name: 'Comp / Action / Large', set: ['Default', 'Hover'], hover: true, label: 'Save' },
    { name: 'Avatar' }, { name: 'Deal card' },
  ]);
  const P = comp['Comp / Action / Large'];
  const at = (i, row = 0) => [i * 1600, row * 1300, 1440, 960];
  const nav = Row(['Pipeline', 'Contacts', 'Integrations', 'Settings'].map((t) => T(t, { size: 14, weight: 600, to: { Pipeline: 'pipeline', Contacts: 'contacts', Integrations: 'integrations', Settings: 'settings' }[t] })), { pad: 20, gap: 32, fill: '#FAFAFA', name: 'Top nav' });
  const deal = (n, v) => Col([T(n, { size: 14, weight: 600 }), T(v, { size: 13, color: '#71717A' })], { pad: 12, gap: 4, r: 8, fill: '#FFFFFF', stroke: '#E4E4E7', name: 'Deal card' });
  const app = (name, ref, blurb, o = {}) => Card([Row([Logo(ref, { s: 40 }), T(name, { size: 17, weight: 600 })], { gap: 12, widths: [40] }), T(blurb, { size: 14, color: '#52525B' }), BtnFrame(o.label || 'Connect', { w: 140, ...o })], { w: 320 });

  const screens = [
    Screen('signup', 'Sign up', at(0), [Gap(80), H('Close more deals with less admin', { size: 36 }), Rect({ h: 48, w: 420, r: 8, fill: '#F4F4F5' }), BtnInst('Start free', P, { to: 'welcome', w: 420 }), Link('Pricing', { to: 'pricing' })], { pad: 480 }),
    Screen('welcome', 'Frame 2', at(1), [Gap(60), H('Bring your contacts with you', { size: 30 }),
      T('1  Import your contacts\n2  Set up your pipeline stages\n3  Invite your team', { size: 16 }),
      BtnGroup('Import contacts from CSV', { to: 'import', w: 300 }), Link('Skip — I’ll start from scratch', { plain: true, to: 'pipeline' })], { pad: 400 }),
    Screen('import', 'Frame 3', at(2), [H('Map your columns', { size: 28 }), Bar(60), Row([Spinner(), T('Importing 1,204 contacts…', { size: 14 })], { gap: 8, widths: [18] }),
      ...[['First name', 'first_name'], ['Email', 'email'], ['Company', 'org']].map(([a, b]) => Row([T(a), T('→ ' + b, { color: '#71717A' })], { gap: 24, pad: 10, stroke: '#E4E4E7', w: 640 })),
      Check('rect', null, [T('These contacts agreed to hear from us (GDPR)', { size: 14 })]), BtnInst('Finish import', P, { to: 'pipeline', w: 220 })], { pad: 80 }),
    Screen('pipeline', 'Pipeline', at(3), [nav, Col([H('Pipeline', { size: 26 }),
      Row(['Lead', 'Qualified', 'Proposal', 'Won'].map((s, i) => Col([T(s, { size: 13, weight: 700, color: '#71717A' }), deal(['Acme renewal', 'Northwind', 'Globex pilot', 'Initech'][i], ['$12,000', '$8,500', '$30,000', '$4,200'][i]), deal('Umbrella Co', '$2,000')], { gap: 8 })), { gap: 16 }),
      Row([Chip('Sync calendar', { to: 'calendar' }), Link('View deal', { to: 'deal' })], { gap: 16 })], { pad: 32, gap: 16 })], { pad: 0 }),
    Screen('deal', 'Deal', at(4), [nav, Col([H('Globex pilot', { size: 26 }), T('Stage: Proposal · Value $30,000 · Owner: Jo', { size: 14 }), Card([T('Activity', { weight: 700 }), T('Email sent · 2 days ago\nCall logged · last week', { size: 14 })]), Link('Back to pipeline', { back: true, plain: true })], { pad: 32, gap: 16 })], { pad: 0 }),
    Screen('contacts', 'Contacts', at(5), [nav, Col([H('Contacts', { size: 26 }), Search('Search contacts', { w: 420 }), ...['Ada Park · Acme', 'Ben Ortiz · Globex', 'Chen Wu · Initech'].map((s) => Row([Rect({ w: 32, h: 32, r: 16, image: 'avatar' }), T(s)], { gap: 12, widths: [32], pad: 8 }))], { pad: 32, gap: 12 })], { pad: 0 }),
    Screen('integrations', 'Integrations', at(6), [nav, Col([
      H('Dealflow plays nicely with your tools', { size: 32 }), T('Connect the apps your team already lives in.', { size: 17, color: '#52525B' }),
      Search('Search integrations', { w: 420 }),
      T('Communication', { size: 20, weight: 700 }), Row([app('Slack', 'slack', 'Get deal alerts in any channel.', { to: 'slack', nav: 'OVERLAY' }), app('Gmail', 'gmail', 'Log emails to contacts automatically.'), app('Zoom', 'zoom', 'Add meeting links to deals.')], { gap: 16 }),
      T('Calendar & productivity', { size: 20, weight: 700 }), Row([app('Google Calendar', 'gcal', 'Two-way meeting sync.', { label: 'Sync calendar', to: 'calendar' }), app('Notion', 'notion', 'Push won deals to a database.')], { gap: 16 }),
      T('“We replaced three tools with Dealflow.” — Head of Sales, Lumen Labs', { size: 15 }),
      T('🔒 SOC 2 Type II · data encrypted at rest', { size: 13, color: '#52525B' }),
      T('Automations powered by Zapier', { size: 12, color: '#71717A' }),
    ], { pad: 32, gap: 16 })], { pad: 0 }),
    Screen('slack', 'Frame 8', at(7), [Gap(220), Card([H('Connect Slack', { size: 22 }), T('You’ll be asked to pick a workspace and channel in Slack.', { size: 15 }), BtnFrame('Add to Slack', { url: 'https://slack.com/oauth', w: 180, fill: '#4A154B' }), Link('Cancel', { close: true, plain: true })], { pad: 32, w: 520 })], { pad: 460, bg: '#18181B80' }),
    Screen('settings', 'Settings', at(0, 1), [nav, Col([H('Settings', { size: 26 }), T('Connected apps', { size: 18, weight: 700 }),
      Card([Row([Logo('gmail'), Col([T('Gmail — jo@lumenlabs.example', { weight: 600 }), T('Last synced 4 min ago', { size: 13, color: '#71717A' })], { gap: 2 }), Link('Disconnect', { plain: true, color: '#DC2626' }), Link('Sync now', { plain: true })], { widths: [32, 500, 120], gap: 12 })], { w: 840 }),
      T('Connected devices: MacBook Pro · iPhone 15', { size: 14 }),
      Link('Contact us', { plain: true, url: 'mailto:help@dealflow.example' }),
      T('Delete workspace', { color: '#DC2626', size: 14 })], { pad: 32, gap: 16 })], { pad: 0 }),
    Screen('calendar', 'Frame 10', at(1, 1), [nav, Col([H('Sync your calendar', { size: 26 }), T('Choose Google Calendar or Outlook. Meetings with contacts appear on their timeline.', { size: 15 }), Row([BtnFrame('Google Calendar', { w: 200, url: 'https://accounts.google.com' }), BtnFrame('Outlook', { w: 160, url: 'https://login.microsoftonline.com' })], { gap: 12 })], { pad: 32, gap: 16 })], { pad: 0 }),
    Screen('pricing', 'Pricing', at(2, 1), [H('Pricing', { size: 30 }), Row(['Starter $15', 'Growth $39', 'Scale $79'].map((p) => Card([T(p, { size: 20, weight: 700 }), T('per seat / month', { size: 13 })])), { gap: 16 })], { pad: 120 }),
  ];
  const flow = flowPage(c, 3, 'App flow', screens, 'signup');
  return write(dir, 'd15-negative-crm', c, { name: 'Dealflow CRM — app', lastModified: '2026-09-14T08:30:00Z', version: '4120988123' }, [cover, flow, comp.page], {
    kind: 'negative',
    description: 'Dealflow, a sales CRM web app, 1440. No business connects accounting, banking or commerce software: the look-alikes are "Import contacts from CSV" (numbered 1/2/3 steps in one text, progress bar, "Importing 1,204 contacts…" spinner, GDPR checkbox), "Skip — I’ll start from scratch", a pipeline board, "Search contacts", an Integrations marketing page ("Search integrations", "Communication" / "Calendar & productivity" headings, Slack / Gmail / Zoom / Google Calendar / Notion cards with Connect buttons, a sales-head quote, "SOC 2 · encrypted" line, "Automations powered by Zapier"), a Slack OAuth modal, "Sync calendar", Settings with Gmail "Last synced" + Disconnect + Sync now, connected devices, one "Contact us" link and "Delete workspace". Pricing is reachable without a way back. Labelled by what the checklist means: all absent except the customer quote, left unlabelled.',
    present: [],
    absent: IDS.filter((id) => id !== 'funnel.social-proof'),
    notes: {
      'funnel.social-proof': 'Unlabelled: a sales-head quote on the Integrations marketing page is real social proof but sits in no connection funnel.',
      'platform.search': 'Search over Slack/Gmail-type apps and over contacts, not over accounting/banking/commerce platforms.',
      'connection.view-live': 'Gmail "Last synced" in Settings is a mailbox sync, not a connection to business financial software.',
      'privacy.powered-by': '"Automations powered by Zapier" is not a data-connection provider mark for a financial-data flow.',
      'platform.alternatives': 'CSV import is for contacts, not a fallback for a missing accounting/banking platform.',
    },
  });
}
