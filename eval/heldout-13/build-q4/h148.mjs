// h148 — quoting and payments for handymen, mobile 375x812, US English, terse copy.
// The flow page has no prototype starting point set.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  at, hidden, frame, rect, vector, ellipse, line, instance, component, componentSet,
  text, go, back, close, url, vstack, hstack, btnInstance, btnFrame, btnGroup, linkText, checkbox,
  logo, spinner, screen, canvas, finalize, write, countNodes, solid,
} from './lib.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h148-handyman-quotes-mobile';
const W = 375;
const H = 812;
const INK = '#111111';
const MUTED = '#6B6B6B';
const GREEN = '#16A34A';
const t = (s, o = {}) => text(s, { family: 'SF Pro Text', color: INK, ...o });

// ---------------------------------------------------------------- components
const chipOff = component('Property 1=Default', 'c:chip', 100, 36, { fills: [solid('#F3F4F6')], cornerRadius: 18 }, [at(t('Chip', { size: 14, w: 80, align: 'CENTER' }), 10, 8)]);
const chipOn = component('Property 1=Selected', 'c:chipOn', 100, 36, { fills: [solid('#DCFCE7')], strokes: [solid(GREEN)], cornerRadius: 18 }, [at(t('Chip', { size: 14, weight: 600, w: 80, align: 'CENTER' }), 10, 8)]);
go(chipOff, 'c:chipOn', 'CHANGE_TO');
const chipSet = componentSet('Chip', 'cs:chip', 260, 76, [at(chipOff, 20, 20), at(chipOn, 140, 20)]);
const btnC = component('Btn', 'c:btn', 327, 52, { fills: [solid(GREEN)], cornerRadius: 12 }, [at(t('Label', { size: 17, weight: 600, color: '#FFFFFF', w: 303, align: 'CENTER' }), 12, 14)]);
const tabC = component('tab', 'c:tab', 75, 49, {}, [at(vector('Vector', 24, 24), 25, 4), at(t('Tab', { size: 10, w: 75, align: 'CENTER' }), 0, 32)]);
const componentsPage = canvas('Components', [
  at(frame('Chips', 300, 120, { fills: [solid('#FFFFFF')] }, [at(chipSet, 20, 20)]), 0, 0),
  at(frame('Buttons', 380, 100, { fills: [solid('#FFFFFF')] }, [at(btnC, 24, 24)]), 340, 0),
  at(frame('Tab bar', 200, 100, { fills: [solid('#FFFFFF')] }, [at(tabC, 60, 24)]), 760, 0),
]);

// ---------------------------------------------------------------- shared
function statusBar() {
  return frame('Status Bar', W, 44, {}, [at(t('9:41', { size: 15, weight: 600 }), 24, 12), at(vector('Vector', 66, 12, { fills: [solid(INK)] }), 285, 16)]);
}
function tabBar(active) {
  const tabs = ['Quotes', 'Jobs', 'Pay', 'More'];
  return frame('Frame 600', W, 83, { fills: [solid('#FFFFFF')], strokes: [solid('#E5E7EB')], layoutMode: 'HORIZONTAL' }, tabs.map((l, i) => {
    const n = at(instance('tab', 'c:tab', 75, 49, {}, [
      at(vector('Vector', 24, 24, { fills: [solid(l === active ? GREEN : '#9CA3AF')] }), 25, 4),
      at(t(l, { size: 10, weight: l === active ? 600 : 400, color: l === active ? GREEN : '#9CA3AF', w: 75, align: 'CENTER' }), 0, 32),
    ]), 19 + i * 85, 6);
    if (l === 'More') go(n, 'more');
    if (l === 'Quotes') go(n, 'home');
    return n;
  }));
}
function input(label, ph) {
  return vstack('Frame 20', [t(label, { size: 13, weight: 600, color: MUTED }), frame('Rectangle 21', 327, 48, { fills: [solid('#F9FAFB')], strokes: [solid('#E5E7EB')], cornerRadius: 10 }, [at(t(ph, { size: 16, color: '#9CA3AF' }), 14, 13)])], { gap: 6 });
}
const body = (children, gap = 16) => vstack('Auto layout', children, { gap, w: 327 });

// ---------------------------------------------------------------- screens
const splash = screen('splash', 'Splash / 1', W, H, [
  at(statusBar(), 0, 0),
  at(go(t('Skip', { size: 15, weight: 600, color: MUTED }), 'signup'), 320, 56),
  at(rect('Rectangle 2', 327, 300, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'img-handyman-van-3a' }], cornerRadius: 20 }), 24, 110),
  at(body([
    t('Quotes in 60 sec.', { size: 30, weight: 700 }),
    t('On site. From your phone.', { size: 17, color: MUTED }),
    go(btnInstance('Next', 'c:btn', 327, 52), 'signup'),
  ]), 24, 450),
]);

const signup = screen('signup', 'Sign up', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Create account', { size: 28, weight: 700 }),
    input('Email', 'you@email.com'),
    input('Mobile', '(555) 010-2299'),
    input('Password', '8+ characters'),
    go(btnInstance('Sign up', 'c:btn', 327, 52), 'trade'),
    hstack('Frame 30', [t('Have an account?', { size: 14, color: MUTED }), linkText('Log in', { size: 14, color: GREEN })], { gap: 4 }),
  ]), 24, 80),
]);

const tradeChips = ['Handyman', 'Plumbing', 'Electrical', 'Painting', 'Drywall', 'Carpentry'].map((l, i) => {
  const c = instance('Chip', i === 0 ? 'c:chipOn' : 'c:chip', 100, 36, { fills: [solid(i === 0 ? '#DCFCE7' : '#F3F4F6')], cornerRadius: 18 }, [at(t(l, { size: 14, weight: i === 0 ? 600 : 400, w: 80, align: 'CENTER' }), 10, 8)]);
  if (i) go(c, 'c:chipOn', 'CHANGE_TO');
  return c;
});
const trade = screen('trade', 'Onboarding / trade', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Your trade?', { size: 28, weight: 700 }),
    t('Pick all that apply.', { size: 15, color: MUTED }),
    hstack('Frame 40', tradeChips.slice(0, 3), { gap: 8 }),
    hstack('Frame 41', tradeChips.slice(3), { gap: 8 }),
  ]), 24, 80),
  at(go(btnInstance('Next', 'c:btn', 327, 52), 'connect'), 24, 720),
]);

const connect = screen('connect', 'Onboarding / books', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    hstack('Frame 50', [
      frame('Frame 51', 240, 6, { fills: [solid('#E5E7EB')], cornerRadius: 3 }, [at(rect('Rectangle 52', 160, 6, { fills: [solid(GREEN)], cornerRadius: 3 }), 0, 0)]),
      t('Setup 2/3', { size: 12, weight: 600, color: MUTED }),
    ], { gap: 10 }),
    vector('Vector', 64, 64, { fills: [solid(GREEN)] }),
    t('Get paid faster.', { size: 30, weight: 700 }),
    t('Quote → invoice → paid. Your books stay in sync.', { size: 17, color: '#374151', w: 327 }),
    vstack('Frame 53', [
      t('• We read: customers, items & prices', { size: 14 }),
      t('• We send: paid invoices & payments', { size: 14 }),
      t('…from/to your accounting app.', { size: 13, color: MUTED }),
    ], { gap: 6, pad: 14, fill: '#F9FAFB', radius: 12, w: 327 }),
  ]), 24, 70),
  at(hidden(t('256-bit encryption · Disconnect anytime', { size: 12, color: MUTED })), 24, 640),
  at(go(btnInstance('Connect books', 'c:btn', 327, 52, { name: 'Btn' }), 'picker'), 24, 680),
  at(go(t('Later', { size: 15, weight: 600, color: MUTED, w: 327, align: 'CENTER' }), 'home'), 24, 748),
]);

function row(name, ref, dest) {
  const r = frame('Frame 70', 327, 60, { fills: [solid('#FFFFFF')], strokes: [solid('#E5E7EB')], cornerRadius: 12 }, [
    at(logo(ref, 36, { radius: 8 }), 12, 12),
    at(t(name, { size: 16, weight: 600 }), 60, 19),
    at(vector('Vector', 8, 14, { fills: [solid('#9CA3AF')] }), 300, 23),
  ]);
  return go(r, dest, 'OVERLAY');
}
const picker = screen('picker', 'Connect / pick', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 56),
  at(body([
    t('Connect', { size: 28, weight: 700 }),
    t('Accounting', { size: 18, weight: 600 }),
    row('QuickBooks Online', 'img-qbo', 'sheet'),
    row('Xero', 'img-xero', 'sheet'),
    row('FreshBooks', 'img-fb', 'sheet'),
    t('Card reader', { size: 18, weight: 600 }),
    row('Square Reader (2nd gen)', 'img-sq-reader', 'sheet'),
    row('Stripe Reader M2', 'img-m2', 'sheet'),
  ], 12), 24, 90),
], { bg: '#F9FAFB' });

const sheet = screen('sheet', 'Sheet / QBO', W, H, [
  at(rect('Rectangle 80', W, H, { fills: [solid('#000000', 0.4)] }), 0, 0),
  at(frame('Frame 81', W, 420, { fills: [solid('#FFFFFF')], cornerRadius: 20 }, [
    at(rect('Rectangle 82', 36, 5, { fills: [solid('#D1D5DB')], cornerRadius: 3 }), 170, 8),
    at(body([
      hstack('Frame 83', [logo('img-qbo', 40, { radius: 8 }), t('QuickBooks Online', { size: 20, weight: 700 })], { gap: 12 }),
      t('Opens QuickBooks Online.\nSign in → tap Connect → back here.', { size: 16, color: '#374151', w: 327 }),
      hstack('Frame 84', [checkbox('VECTOR'), t('OK to share invoices & payments with QuickBooks Online.', { size: 13, w: 230 }), linkText('Privacy', { size: 13, color: GREEN, underline: true })], { gap: 8 }),
      go(btnFrame('Continue', 327, 52, { fill: GREEN, radius: 12, size: 17 }), 'syncing'),
      close(t('Cancel', { size: 15, color: MUTED, w: 327, align: 'CENTER' })),
    ], 16), 24, 32),
  ]), 0, 392),
]);

const syncing = screen('syncing', 'Connect / syncing', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    spinner(40, GREEN),
    t('Syncing…', { size: 26, weight: 700 }),
    t('Customers 128 · Items 54', { size: 15, color: MUTED }),
  ]), 24, 300),
  at(go(btnInstance('OK', 'c:btn', 327, 52), 'done'), 24, 720),
]);

function statusLine(name, ref, badge, col) {
  return frame('Frame 100', 327, 60, { fills: [solid('#FFFFFF')], strokes: [solid('#E5E7EB')], cornerRadius: 12 }, [
    at(logo(ref, 36, { radius: 8 }), 12, 12),
    at(t(name, { size: 15, weight: 600, w: 150 }), 58, 19),
    at(t(badge, { size: 13, weight: 600, color: col }), 220, 21),
  ]);
}
const done = screen('done', 'Connect / done', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('Connected', { size: 28, weight: 700 }),
    statusLine('QuickBooks Online', 'img-qbo', '✓ Connected', GREEN),
    statusLine('Card reader', 'img-sq-reader', 'Pending', '#D97706'),
    go(linkText('+ Add reader', { size: 15, weight: 600, color: GREEN }), 'picker'),
  ], 12), 24, 80),
  at(go(btnGroup('Done', 327, 52, { fill: INK, radius: 12, name: 'Group 8' }), 'home'), 24, 720),
]);

const quoteRow = (c, a, s) => frame('Frame 110', 327, 64, { fills: [solid('#FFFFFF')], strokes: [solid('#E5E7EB')], cornerRadius: 12 }, [
  at(t(c, { size: 15, weight: 600 }), 14, 12), at(t(s, { size: 12, color: MUTED }), 14, 36), at(t(a, { size: 15, weight: 600 }), 250, 20),
]);
const home = screen('home', 'Quotes', W, H, [
  at(statusBar(), 0, 0),
  at(hstack('Frame 119', [t('Quotes', { size: 28, weight: 700, w: 270 }), go(ellipse('Ellipse 7', 40, 40, { fills: [solid(GREEN)] }), 'newQuote')], { gap: 17 }), 24, 56),
  at(body([
    frame('Frame 120', 327, 84, { fills: [solid('#ECFDF5')], cornerRadius: 12 }, [
      at(t('Take cards on site', { size: 15, weight: 600 }), 14, 12),
      at(t('Connect a reader. Paid before you pack up.', { size: 13, color: '#374151', w: 200 }), 14, 34),
      at(go(btnFrame('Connect\u200B', 84, 34, { fill: GREEN, size: 14, radius: 17 }), 'picker'), 230, 25),
    ]),
    quoteRow('Dana Ruiz', '$420.00', 'Deck boards · Sent'),
    quoteRow('Mike Olsen', '$1,180.00', 'Bathroom fan + tile · Viewed'),
    quoteRow('Erin Park', '$95.00', 'Door hinge · Paid'),
  ], 12), 24, 112),
  at(tabBar('Quotes'), 0, 729),
]);

const newQuote = screen('newQuote', 'Quote / new', W, H, [
  at(statusBar(), 0, 0),
  at(back(t('Cancel', { size: 16, color: GREEN })), 24, 56),
  at(body([
    t('New quote', { size: 28, weight: 700 }),
    input('Customer', 'Search or add'),
    t('Line items', { size: 18, weight: 600 }),
    frame('Frame 130', 327, 110, { fills: [solid('#F9FAFB')], strokes: [solid('#E5E7EB')], cornerRadius: 12 }, [
      at(t('No saved items.', { size: 15, weight: 600 }), 14, 14),
      at(t('Connect your books to pull your price list.', { size: 13, color: MUTED, w: 290 }), 14, 38),
      at(go(linkText('Connect books', { size: 14, weight: 600, color: GREEN, underline: true }), 'picker'), 14, 74),
    ]),
    linkText('+ Add item', { size: 15, weight: 600, color: GREEN }),
  ], 14), 24, 90),
  at(btnInstance('Send quote', 'c:btn', 327, 52), 24, 720),
]);

const more = screen('more', 'More', W, H, [
  at(statusBar(), 0, 0),
  at(body([
    t('More', { size: 28, weight: 700 }),
    ...['Profile', 'Connections', 'Share to LinkedIn', 'Go Pro', 'Log out'].map((l) => {
      const r = frame('Frame 140', 327, 48, { strokes: [solid('#E5E7EB')] }, [at(t(l, { size: 16 }), 0, 14), at(vector('Vector', 8, 14, { fills: [solid('#9CA3AF')] }), 315, 17)]);
      if (l === 'Connections') go(r, 'connections');
      if (l === 'Go Pro') go(r, 'pro');
      return r;
    }),
    t('Delete account', { size: 16, color: '#DC2626' }),
  ], 4), 24, 56),
  at(tabBar('More'), 0, 729),
]);

const connRow = (name, ref, meta, extra) => frame('Frame 150', 327, 112, { fills: [solid('#FFFFFF')], strokes: [solid('#E5E7EB')], cornerRadius: 12 }, [
  at(logo(ref, 36, { radius: 8 }), 12, 12),
  at(vstack('Frame 151', [t(name, { size: 15, weight: 600 }), t(meta, { size: 12, color: MUTED, w: 250 })], { gap: 2 }), 58, 12),
  at(hstack('Frame 152', extra, { gap: 10 }), 58, 68),
]);
const connections = screen('connections', 'More / Connections', W, H, [
  at(statusBar(), 0, 0),
  at(back(vector('Vector', 12, 20, { fills: [solid(INK)] })), 24, 56),
  at(body([
    t('Connections', { size: 28, weight: 700 }),
    connRow('QuickBooks Online', 'img-qbo', 'Since May 4, 2026 · Synced 2 min ago', [
      btnFrame('Sync', 80, 32, { fill: null, stroke: '#D1D5DB', color: INK, size: 13, radius: 16 }),
      btnFrame('Remove', 90, 32, { fill: null, stroke: '#FCA5A5', color: '#DC2626', size: 13, radius: 16 }),
    ]),
    connRow('Square Reader (2nd gen)', 'img-sq-reader', 'Paired May 6 · Battery 84%', [
      btnFrame('Remove', 90, 32, { fill: null, stroke: '#FCA5A5', color: '#DC2626', size: 13, radius: 16 }),
    ]),
    go(linkText('+ Add', { size: 15, weight: 600, color: GREEN }), 'picker'),
  ], 12), 24, 90),
  at(tabBar('More'), 0, 729),
]);

const pro = screen('pro', 'Go Pro', W, H, [
  at(statusBar(), 0, 0),
  at(back(t('✕', { size: 20 })), 24, 56),
  at(body([
    t('Jobsheet Pro', { size: 30, weight: 700 }),
    t('Unlimited quotes\nDeposits\nYour logo on PDFs', { size: 16, w: 327 }),
    t('$19/mo · cancel anytime', { size: 15, color: MUTED }),
    btnInstance('Start Pro', 'c:btn', 327, 52),
  ], 16), 24, 120),
]);

const email = screen('email', 'Email / welcome', W, 760, [
  at(body([
    vector('Vector', 32, 32, { fills: [solid(GREEN)] }),
    t('Welcome to Jobsheet 👋', { size: 22, weight: 700 }),
    t('3 steps. 5 min.', { size: 15, color: MUTED }),
    t('1  Add your logo\n2  Connect QuickBooks — get paid faster\n3  Send your first quote', { size: 15, w: 327 }),
    url(btnFrame('Connect now', 327, 48, { fill: GREEN, radius: 12 }), 'https://app.jobsheet.example/connect'),
    line('Line 1', 327),
    t('Jobsheet · Unsubscribe', { size: 11, color: MUTED }),
  ], 14), 24, 40),
]);

const flowPage = canvas('Flow', [
  at(splash, 0, 0), at(signup, 475, 0), at(trade, 950, 0), at(connect, 1425, 0), at(picker, 1900, 0), at(sheet, 2375, 0),
  at(syncing, 2850, 0), at(done, 3325, 0), at(home, 0, 1000), at(newQuote, 475, 1000), at(more, 950, 1000),
  at(connections, 1425, 1000), at(pro, 1900, 1000), at(email, 2850, 1000),
]);
const cover = canvas('Cover', [
  at(frame('Cover', 1440, 960, { fills: [solid(INK)] }, [at(t('Jobsheet — MVP flows', { size: 64, weight: 700, color: '#FFFFFF' }), 96, 400)]), 0, 0),
]);
const archive = canvas('---- old', [
  at(frame('Old / onboarding A', W, H, { fills: [solid('#FFFFFF')] }, [at(t('Welcome', { size: 28, weight: 700 }), 24, 100), at(btnInstance('Start', 'c:btn', 327, 52), 24, 720)]), 0, 0),
]);

const file = finalize({ name: 'Jobsheet app', lastModified: '2026-11-02T21:03:19Z', version: '5010927764', salt: 'js' }, [cover, flowPage, componentsPage, archive]);
write(join(out, `${NAME}.json`), file);

const ids = {};
for (const cv of file.document.children) for (const c of cv.children) ids[c.name] = c.id;
const truth = {
  file: `${NAME}.json`,
  kind: 'onboarding',
  writtenBy: 'held-out writer Q4 (from the checklist facts and the REST format only; repository not read)',
  description: 'iPhone (375x812, US English) flows for Jobsheet, quoting and payments for handymen, with very terse copy. Sign-up and a trade picker lead to a "Get paid faster" screen asking to connect the books; a picker groups accounting apps and card readers, a bottom sheet explains the hand-off and asks for consent, then syncing and a status screen. The app has quotes, a new-quote screen with an in-context connect prompt, a More menu and a Connections screen; a welcome email frame sits beside the flow. No prototype starting point is set.',
  present: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.consent-action',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: [
    'funnel.social-proof', 'funnel.prefill', 'value.faq-link',
    'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics',
    'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.search', 'platform.alternatives',
  ],
  notes: {
    'funnel.greeting-email': 'Welcome email: "3 steps" list with connecting QuickBooks as step 2 and a "Connect now" button.',
    'funnel.three-actions': 'Sign up → trade → connect screen: two taps.',
    'funnel.cta-visible': 'Full-width "Connect books" button on its own onboarding screen; Connections in the More tab.',
    'funnel.social-proof': 'No testimonial, rating or customer quote.',
    'funnel.prefill': 'Nothing is shown filled from the books.',
    'value.three-part': 'Terse but complete: "Get paid faster" benefit, read/send list, single "Connect books" button.',
    'value.contextual-ctas': 'Card-reader banner on Quotes and "Connect your books to pull your price list" in the new quote.',
    'value.faq-link': 'No FAQ or learn-more link.',
    'value.progress-meter': '"Setup 2/3" progress bar on the connect screen.',
    'privacy.data-scope': '"We read: customers, items & prices / We send: paid invoices & payments … from/to your accounting app."',
    'privacy.trust-language': 'No reassurance copy; the encryption line is a hidden layer.',
    'privacy.consent-action': 'Sheet has a checkbox beside "OK to share invoices & payments with QuickBooks Online" and a Privacy link.',
    'privacy.disconnect-anytime': 'Only in a hidden layer.',
    'privacy.connection-guide': 'No help article or guide.',
    'privacy.statistics': 'No figures about customers or security.',
    'privacy.support-contacts': 'No phone, email or chat anywhere.',
    'privacy.powered-by': 'No provider mark.',
    'privacy.mutual-nda': 'No NDA.',
    'platform.explain-redirect': '"Opens QuickBooks Online. Sign in → tap Connect → back here."',
    'platform.grouped-categories': '"Accounting" and "Card reader" headings on the picker.',
    'platform.accurate-branding': 'Full names with logos: QuickBooks Online, Square Reader (2nd gen), Stripe Reader M2.',
    'platform.search': 'Five options, no search.',
    'platform.alternatives': 'No path for a missing app.',
    'platform.non-linear': '"Later" on the connect screen lets the user carry on without connecting.',
    'platform.multiple-connections': 'Status screen: QuickBooks Online ✓ Connected, Card reader Pending, "+ Add reader".',
    'connection.view-live': 'Connections lists each with connected date and "Synced 2 min ago".',
    'connection.delete': '"Remove" per connection.',
    'connection.refresh': '"Sync" button on the QuickBooks Online row.',
    'connection.syncing-indicator': 'Spinner with "Syncing…".',
  },
  flow: { startFrameId: ids['Sign up'], connectFrameId: ids['Onboarding / books'], stepsToConnect: 2, deadEnds: [] },
};
write(join(out, `${NAME}.truth.json`), truth);
console.log(NAME, countNodes(file.document));
