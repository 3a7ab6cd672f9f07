// d47-negative-cloud-storage: personal cloud storage (desktop web) with "connect", "import", "sync" and "link a device" look-alikes.
import { Builder, emit, bboxOf } from './lib.mjs';
import { buildApp, IDS } from './neglib.mjs';

const b = new Builder();
const cover = b.canvas('📄 Cover');
cover.children.push(b.frame('Cover', 0, 0, 1920, 1080, { fill: '#EAF2FF' }, [b.text('Nimbus Drive — web onboarding', 120, 460, { size: 80, weight: 700, color: '#0B3D91', w: 1600 })]));
const lib = b.canvas('Components');
const btn = b.comp('Property 1=Default', 0, 0, 240, 48, { fill: '#2563EB', radius: 10 }, [b.text('Button', 20, 14, { size: 15, weight: 600, color: '#FFFFFF', w: 200 })]);
lib.children.push(btn);

const page = b.canvas('Web — flow');
const theme = { primary: '#2563EB', bg: '#F8FAFC', text: '#0F172A', muted: '#64748B', radius: 10 };
const s = buildApp(b, page, {
  W: 1440, H: 900, theme, buttonComponentId: btn.id,
  screens: [
    { key: 'landing', name: 'Landing / Sign up', items: [
      { t: 'h', text: 'All your photos and files, safe in one place', size: 40 },
      { t: 'p', text: 'Trusted by 10M people · 2 TB from £7.99/month', size: 18 },
      { t: 'row', items: [{ t: 'btn', text: 'Continue with Google', how: 'frame', fill: '#FFFFFF', color: '#0F172A', stroke: '#CBD5E1', to: 'plan' }, { t: 'btn', text: 'Sign up with email', how: 'inst', to: 'plan' }] },
      { t: 'row', items: [{ t: 'card', items: [{ t: 'p', text: '“Every photo of the kids, on every device. Worth it.” — Hannah, Bristol' }] }, { t: 'card', items: [{ t: 'p', text: '★★★★★ 4.8 · 90k reviews' }] }] },
      { t: 'img', ref: 'laptopHero', h: 320 },
    ] },
    { key: 'plan', name: 'Choose a plan', items: [
      { t: 'h', text: 'Pick your space' },
      { t: 'row', items: [
        { t: 'card', items: [{ t: 'h', text: 'Free · 15 GB', size: 20 }, { t: 'btn', text: 'Stay on Free', how: 'frame', fill: '#FFFFFF', color: '#0F172A', stroke: '#CBD5E1', to: 'setup' }] },
        { t: 'card', stroke: '#2563EB', items: [{ t: 'h', text: 'Plus · 2 TB · £7.99/mo', size: 20 }, { t: 'btn', text: 'Try Plus free for 30 days', how: 'inst', to: 'setup' }] },
      ] },
      { t: 'p', text: 'Cancel anytime. No questions asked.' },
    ] },
    { key: 'setup', name: 'Get set up', items: [
      { t: 'h', text: 'Three steps to never lose a file again' },
      { t: 'p', text: '1  Install Nimbus on your computer\n2  Link a device — scan the QR code with your phone\n3  Bring in files you already keep elsewhere', color: '#0F172A', size: 16 },
      { t: 'bar', value: 0.33 },
      { t: 'row', items: [{ t: 'btn', text: 'Download for Mac', how: 'group', shape: 'VECTOR' }, { t: 'btn', text: 'Next: bring in my files', how: 'frame', to: 'sources' }] },
      { t: 'link', text: 'Skip setup', to: 'files', color: '#64748B' },
    ] },
    { key: 'sources', name: 'Bring in your files', items: [
      { t: 'h', text: 'Move everything over in one go' },
      { t: 'search', text: 'Search apps and services' },
      { t: 'p', text: 'Cloud drives', size: 18, color: '#0F172A' },
      { t: 'list', rows: [
        { text: 'Connect your Google Drive', sub: 'Docs, photos and folders', action: 'Connect', to: 'google' },
        { text: 'Import from Dropbox', sub: 'Copies once, keeps originals', action: 'Import' },
        { text: 'OneDrive', sub: 'Personal accounts only', action: 'Connect' },
      ] },
      { t: 'p', text: 'Photos', size: 18, color: '#0F172A' },
      { t: 'list', rows: [{ text: 'Google Photos', action: 'Import' }, { text: 'iCloud Photos', action: 'Import' }] },
      { t: 'link', text: 'Don’t see yours? Drag files straight into Nimbus', underline: true, to: 'files' },
    ] },
    { key: 'google', name: 'Google consent', items: [
      { t: 'h', text: 'You’ll hop over to Google' },
      { t: 'p', text: 'Sign in to Google, allow Nimbus to see and copy your Drive files, then you’ll come straight back here. Your files are encrypted and never shared with third parties.' },
      { t: 'check', text: 'Also copy files shared with me' },
      { t: 'btn', text: 'Continue to Google', how: 'inst', to: 'syncing', nav: 'LEGACY' },
      { t: 'link', text: 'Cancel', action: 'BACK', color: '#64748B' },
    ] },
    { key: 'syncing', name: 'Syncing', items: [
      { t: 'h', text: 'Syncing 1,204 files…' },
      { t: 'bar', value: 0.46 },
      { t: 'p', text: '⟳  Google Drive · 556 of 1,204 · about 4 minutes left' },
      { t: 'btn', text: 'Keep browsing', how: 'frame', to: 'files' },
    ] },
    { key: 'files', name: 'My files', items: [
      { t: 'row', items: [{ t: 'search', text: 'Search your files' }, { t: 'btn', text: '+ New', how: 'inst' }] },
      { t: 'list', rows: [{ text: 'Holiday 2025', sub: '348 photos · edited 2 days ago' }, { text: 'Tax return 2024.pdf', sub: 'Shared with Tom' }, { text: 'Recipes', sub: '12 files' }, { text: 'Linktree export.csv', sub: '2 KB' }] },
      { t: 'p', text: 'Storage: 412 GB of 2 TB used' },
      { t: 'bar', value: 0.2 },
      { t: 'row', items: [{ t: 'link', text: 'Devices', to: 'devices' }, { t: 'link', text: 'Help centre', to: 'help' }, { t: 'link', text: 'Settings', to: 'settings' }] },
    ] },
    { key: 'devices', name: 'Devices', items: [
      { t: 'h', text: 'Your devices' },
      { t: 'list', rows: [
        { text: 'Hannah’s MacBook Air', sub: 'Last synced 2 min ago', action: 'Remove device', actionColor: '#DC2626', to: 'remove', nav: 'OVERLAY' },
        { text: 'Pixel 8', sub: 'Last synced yesterday 21:40', action: 'Remove device', actionColor: '#DC2626' },
        { text: 'iPad (Kitchen)', sub: 'Syncing…', action: 'Sync now' },
      ] },
      { t: 'row', items: [{ t: 'img', ref: 'qrCode', h: 160, w: 160 }, { t: 'card', items: [{ t: 'h', text: 'Link a device', size: 18 }, { t: 'p', text: 'Open Nimbus on your phone and scan this code.' }] }] },
      { t: 'link', text: '← Files', action: 'BACK' },
    ] },
    { key: 'remove', name: 'Remove device?', items: [
      { t: 'h', text: 'Remove Hannah’s MacBook Air?' },
      { t: 'p', text: 'It stops syncing straight away. Files already on it stay put.' },
      { t: 'row', items: [{ t: 'btn', text: 'Keep', how: 'frame', fill: '#FFFFFF', color: '#0F172A', stroke: '#CBD5E1', action: 'CLOSE' }, { t: 'btn', text: 'Remove', how: 'frame', fill: '#DC2626', action: 'CLOSE' }] },
    ] },
    { key: 'help', name: 'Help centre', items: [
      { t: 'h', text: 'Help centre' },
      { t: 'search', text: 'How can we help?' },
      { t: 'list', rows: [{ text: 'Why are my photos not syncing?' }, { text: 'Importing from Dropbox' }, { text: 'Recover a deleted file' }] },
      { t: 'p', text: 'Contact us: support@nimbusdrive.com · 0330 808 4455 · Send us a message', color: '#0F172A' },
      { t: 'link', text: '← Files', action: 'BACK' },
    ] },
    { key: 'settings', name: 'Settings', items: [
      { t: 'h', text: 'Account settings' },
      { t: 'card', items: [{ t: 'p', text: 'Plan: Plus · renews 14 May · cancel anytime' }, { t: 'link', text: 'Manage subscription' }] },
      { t: 'card', items: [{ t: 'p', text: '🔒 End-to-end encryption is on for your Vault folder.' }, { t: 'check', text: 'Require a passcode on new devices', checked: true }] },
      { t: 'btn', text: 'Delete account', how: 'frame', fill: '#FFFFFF', color: '#DC2626', stroke: '#DC2626', w: 200 },
      { t: 'link', text: '← Files', action: 'BACK' },
    ] },
  ],
});
const screens = page.children.splice(0);
const bb = bboxOf(screens, 100);
page.children.push(b.frame('Web flow — March', bb.x, bb.y, bb.width, bb.height, { type: 'SECTION', fill: '#FFFFFF' }, screens));
page.flowStartingPoints = [{ nodeId: s.landing.id, name: 'Sign-up' }, { nodeId: s.files.id, name: 'Returning user' }];

emit(b, 'd47-negative-cloud-storage', { title: 'Nimbus Drive — web onboarding', lastModified: '2026-03-11T13:27:40Z', version: '5188004219' }, {
  kind: 'negative',
  description: 'Desktop (1440) personal cloud-storage web app inside a section: sign-up with Google, plan choice ("Cancel anytime"), a three-step numbered setup, a grouped and searchable list to connect Google Drive or import from Dropbox, a Google hand-off screen, "Syncing 1,204 files…", a files home, a devices list with last-synced times, "Link a device" and "Remove device", a help centre and settings with Delete account. Everything concerns personal files; no business accounting, banking or commerce software.',
  present: [],
  absent: IDS,
  notes: {
    'funnel.greeting-email': 'No email; the numbered 1-2-3 list is device setup.',
    'funnel.social-proof': '"Trusted by 10M people" and a family testimonial concern personal storage.',
    'privacy.statistics': '10M people is a consumer user count, not trust in a business data connection.',
    'platform.explain-redirect': 'The Google hand-off explains a personal Drive import, not authorising business software.',
    'platform.search': 'The search fields cover cloud-drive services, files and help articles.',
    'platform.grouped-categories': '"Cloud drives" / "Photos" group consumer file sources.',
    'platform.alternatives': '"Drag files straight into Nimbus" is a file upload for personal files.',
    'privacy.trust-language': '"Encrypted and never shared" describes personal file storage.',
    'connection.view-live': 'The devices list with last-synced times covers phones and laptops.',
    'connection.delete': '"Remove device" and "Delete account" are not revoking a business connection.',
    'connection.syncing-indicator': '"Syncing 1,204 files…" is a personal file copy.',
    'privacy.support-contacts': 'Help centre channels serve a consumer storage app with no business connection.',
  },
});
