// d36-logistics-invoicing-desktop: invoicing for small couriers, 1280x800, chat-style quick reply + comparison table.
import { begin, usePage, canvas, writeFile, F, G, S, R, V, E, T, C, CS, I, registerComponent, btnFrame, btnGroup, btnInst, link, logo, searchField, checkbox, go, back, close, url } from './lib.mjs';

begin();
const W = 1280; const H = 800;
const INK = '#0B1F33'; const MUTED = '#5B6B7C'; const BRAND = '#F59E0B'; const NAVY = '#12355B';

usePage(4);
const cDef = registerComponent('btn', C('Btn/Default', 0, 0, 180, 44, { fill: NAVY, radius: 6, int: [go('cmpHov', 'CHANGE_TO', 'ON_HOVER')] }, [T('Connect', 0, 12, 180, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]));
const cHov = registerComponent('btnHov', C('Btn/Hover', 0, 60, 180, 44, { fill: '#0A2540', radius: 6, ref: 'cmpHov' }, [T('Connect', 0, 12, 180, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]));
const chip = registerComponent('chip', C('Quick reply', 240, 0, 220, 40, { fill: '#FFFFFF', radius: 20, stroke: NAVY }, [T('Reply', 0, 10, 220, { size: 14, weight: 600, color: NAVY, align: 'CENTER' })]));
const bubble = registerComponent('bubble', C('Chat bubble / bot', 500, 0, 420, 60, { fill: '#EEF2F6', radius: 16, layout: 'VERTICAL', pad: 14 }, [T('Message', 14, 14, 392)]));
const comps = canvas(4, 'Components', [CS('Btn', -20, -20, 220, 140, [cDef, cHov]), chip, bubble], { bg: '#FFFFFF' });

usePage(1);
const cover = canvas(1, 'Cover', [F('Cover', 0, 0, 1920, 1080, { fill: NAVY }, [T('Haulbook · Setup assistant', 140, 420, 1400, { size: 80, weight: 700, color: '#FFFFFF' }), T('v2.3 — desktop web', 140, 540, 900, { size: 28, color: '#FCD34D' })])]);

usePage(12);
const topHelp = () => F('Help bar', 0, 0, W, 36, { fill: '#F1F5F9', layout: 'HORIZONTAL', gap: 18, pad: 10 }, [
  T('Help: 0330 088 4410  ·  support@haulbook.co.uk', 860, 9, 300, { size: 12, color: MUTED }),
  link('Live chat', 1170, 9, 80, { size: 12, int: [url('https://haulbook.co.uk/chat')] }),
]);
const nav = (active) => F('Frame 5', 0, 36, 220, H - 36, { fill: NAVY, layout: 'VERTICAL', gap: 2, pad: 14 }, [
  T('HAULBOOK', 20, 20, 180, { size: 16, weight: 700, color: BRAND }),
  ...['Jobs', 'Invoices', 'Fuel', 'Connections', 'Settings'].map((t, i) => {
    const to = { Jobs: 'dash', Invoices: 'dash', Fuel: 'fuel', Connections: 'conns', Settings: 'settings' }[t];
    return F('Frame 6', 14, 70 + i * 42, 192, 38, { fill: t === active ? '#1D4E80' : [], radius: 6, layout: 'HORIZONTAL', gap: 10, pad: 9, trans: to }, [V('Vector', 9, 9, 20, 20, { fill: '#93C5FD' }), T(t, 38, 9, 140, { color: '#FFFFFF' })]);
  }),
]);
const input = (label, ph, x, y, w = 420) => F('Auto layout', x, y, w, 70, { layout: 'VERTICAL', gap: 6 }, [T(label, 0, 0, w, { size: 13, weight: 500, color: MUTED }), F('Frame 3', 0, 24, w, 44, { fill: '#FFFFFF', stroke: '#C9D3DD', radius: 6, layout: 'HORIZONTAL', pad: 12 }, [T(ph, 12, 12, w - 24, { color: '#94A3B8' })])]);

const signup = F('Sign up', 0, 0, W, H, { fill: '#FFFFFF', ref: 'signup' }, [
  topHelp(),
  F('Frame 20', 0, 36, 560, H - 36, { fill: NAVY }, [
    T('Get paid for every drop.', 60, 260, 440, { size: 40, weight: 700, color: '#FFFFFF', lines: 2 }),
    T('Invoices from proof of delivery in one click.', 60, 380, 440, { size: 17, color: '#BFDBFE' }),
  ]),
  F('Auto layout', 680, 140, 420, 520, { layout: 'VERTICAL', gap: 14 }, [
    T('Start your free trial', 0, 0, 420, { size: 26, weight: 700 }),
    input('Business email', 'you@yourcouriers.co.uk', 0, 50),
    input('Password', '••••••••••', 0, 134),
    I('btn', 'Btn/Default', 0, 224, 420, 46, { trans: 'fleet' }, [R('bg', 0, 0, 420, 46, { fill: BRAND, radius: 6 }), T('Create account', 0, 12, 420, { size: 15, weight: 700, color: INK, align: 'CENTER' })]),
    link('See pricing', 0, 290, 420, { size: 14, int: [go('pricing')] }),
  ]),
]);

const pricing = F('Pricing', 0, 900, W, H, { fill: '#FFFFFF', ref: 'pricing' }, [
  topHelp(),
  link('← Back', 40, 56, 100, { color: MUTED, int: [back()] }),
  T('Simple pricing for small fleets', 340, 100, 600, { size: 30, weight: 700, align: 'CENTER' }),
  ...[['Solo', '£15', '1 van'], ['Crew', '£39', 'Up to 5 vans'], ['Depot', '£89', 'Up to 20 vans']].map(([n, p, d], i) => F('Frame 30', 160 + i * 330, 200, 300, 280, { fill: '#F8FAFC', radius: 12, stroke: '#E2E8F0', layout: 'VERTICAL', gap: 8, pad: 24 }, [
    T(n, 24, 24, 252, { size: 20, weight: 700 }), T(`${p} / month`, 24, 60, 252, { size: 28, weight: 700 }), T(d, 24, 110, 252, { color: MUTED }),
  ])),
  T('Prices exclude VAT. Cancel your subscription anytime.', 340, 520, 600, { color: MUTED, align: 'CENTER' }),
]);

const fleet = F('Your fleet', 1380, 0, W, H, { fill: '#FFFFFF', ref: 'fleet' }, [
  topHelp(),
  F('Auto layout', 430, 120, 420, 560, { layout: 'VERTICAL', gap: 14 }, [
    T('Tell us about your fleet', 0, 0, 420, { size: 26, weight: 700 }),
    input('Company name', 'Marco’s Same-Day Couriers Ltd', 0, 50),
    input('How many vans?', '3', 0, 134),
    input('Typical jobs per week', '120', 0, 218),
    btnFrame('Continue', 0, 310, 420, 46, { fill: BRAND, color: INK, radius: 6, int: [go('chat')] }),
  ]),
]);

const bot = (text, x, y, w, lines = 1, props = {}) => I('bubble', 'Chat bubble / bot', x, y, w, 28 + lines * 21, props, [R('bg', 0, 0, w, 28 + lines * 21, { fill: '#EEF2F6', radius: 16 }), T(text, 14, 14, w - 28, { lines })]);
const cell = (txt, x, w, o = {}) => F('Frame 70', x, 0, w, 44, { fill: o.fill ?? [], layout: 'HORIZONTAL', pad: 12, stroke: '#E2E8F0' }, [T(txt, 12, 12, w - 24, { size: 13, weight: o.bold ? 600 : 400, color: o.color ?? INK })]);
const chat = F('Setup assistant', 2760, 0, W, H, { fill: '#FFFFFF', ref: 'chat' }, [
  topHelp(),
  F('Chat column', 340, 60, 600, 720, { layout: 'VERTICAL', gap: 12, pad: 0, overflowDirection: 'VERTICAL_SCROLLING' }, [
    G('Group 50', 0, 0, 300, 36, [E('Avatar', 0, 0, 36, 36, { fill: BRAND }), T('Dispatch · setup helper', 46, 8, 250, { size: 13, weight: 600, color: MUTED })]),
    bot('Hi Marco 👋 I’ll get Haulbook ready for your 3 vans.', 0, 48, 460),
    bot('Want your invoices and fuel costs to land in your books on their own? Here’s the difference:', 0, 110, 520, 2),
    F('Comparison', 0, 190, 600, 180, { fill: '#FFFFFF', radius: 12, stroke: '#E2E8F0', layout: 'VERTICAL', gap: 0 }, [
      F('Row', 0, 0, 600, 44, { layout: 'HORIZONTAL', gap: 0 }, [cell('', 0, 200, { fill: '#F8FAFC' }), cell('With your accounts linked', 200, 200, { bold: true, fill: '#FEF3C7' }), cell('Without', 400, 200, { bold: true, fill: '#F8FAFC' })]),
      F('Row', 0, 44, 600, 44, { layout: 'HORIZONTAL', gap: 0 }, [cell('Invoices in your books', 0, 200), cell('✓ Posted for you', 200, 200), cell('Re-key every one', 400, 200, { color: MUTED })]),
      F('Row', 0, 88, 600, 44, { layout: 'HORIZONTAL', gap: 0 }, [cell('Fuel cost per drop', 0, 200), cell('✓ Matched to each job', 200, 200), cell('Upload receipts', 400, 200, { color: MUTED })]),
      F('Row', 0, 132, 600, 44, { layout: 'HORIZONTAL', gap: 0 }, [cell('Paid invoices', 0, 200), cell('✓ Reconciled daily', 200, 200), cell('Tick off by hand', 400, 200, { color: MUTED })]),
    ]),
    bot('To do that I’ll read invoices, customers and payments from your accounting software, and transactions from your fuel cards and business bank. New invoices get written back into your books.', 0, 384, 560, 3, { ref: 'dataBubble' }),
    F('Quick replies', 0, 480, 600, 40, { layout: 'HORIZONTAL', gap: 10 }, [
      I('chip', 'Quick reply', 0, 0, 240, 40, { int: [go('picker')] }, [R('bg', 0, 0, 240, 40, { fill: NAVY, radius: 20 }), T('Yes, link my accounts', 0, 10, 240, { size: 14, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
      I('chip', 'Quick reply', 250, 0, 250, 40, { int: [go('dataBubble', 'SCROLL_TO')] }, [R('bg', 0, 0, 250, 40, { fill: '#FFFFFF', radius: 20, stroke: NAVY }), T('What do you do with my data?', 0, 10, 250, { size: 14, weight: 600, color: NAVY, align: 'CENTER' })]),
    ]),
    F('Composer', 0, 660, 600, 48, { fill: '#F8FAFC', radius: 24, stroke: '#E2E8F0', layout: 'HORIZONTAL', pad: 14 }, [T('Type a message…', 16, 14, 500, { color: '#94A3B8' })]),
  ]),
]);

const card = (name, img, o = {}) => F('Frame 80', 0, 0, 300, 72, { fill: '#FFFFFF', stroke: o.pending ? BRAND : '#E2E8F0', radius: 10, layout: 'HORIZONTAL', gap: 12, pad: 12, int: o.int }, [
  logo(12, 12, 48, img, 'Rectangle 81'),
  F('Frame 82', 72, 12, 150, 48, { layout: 'VERTICAL', gap: 2 }, [T(name, 0, 0, 150, { size: 14, weight: 600, lines: name.length > 20 ? 2 : 1 }), ...(o.sub ? [T(o.sub, 0, 28, 150, { size: 12, color: o.subColor ?? MUTED })] : [])]),
  o.done ? T('Connected ✓', 220, 26, 70, { size: 12, weight: 600, color: '#15803D' }) : I('btn', 'Btn/Default', 222, 18, 66, 36, {}, [R('bg', 0, 0, 66, 36, { fill: NAVY, radius: 6 }), T(o.pending ? 'Resume' : 'Link', 0, 9, 66, { size: 13, weight: 600, color: '#FFFFFF', align: 'CENTER' })]),
]);
const row = (title, items, y) => F('Section row', 260, y, 980, 110, { layout: 'VERTICAL', gap: 8 }, [
  T(title, 0, 0, 980, { size: 16, weight: 700 }),
  F('Frame 90', 0, 30, 980, 72, { layout: 'HORIZONTAL', gap: 16 }, items.map(([n, img, o], i) => { const c = card(n, img, o); c._rel[0] = i * 316; return c; })),
]);
const pickerBody = (after) => [
  topHelp(), nav('Connections'),
  T(after ? 'Your linked apps' : 'Link your apps', 260, 60, 700, { size: 26, weight: 700 }),
  searchField('Search 40+ accounting apps, fuel cards and banks', 260, 104, 520, { name: 'Frame 100' }),
  row('Accounting', [['QuickBooks Online', 'img-qbo', after ? { done: true, sub: 'Connected today 10:42' } : { int: [go('consent', 'OVERLAY')] }], ['Xero', 'img-xero'], ['Sage Business Cloud Accounting', 'img-sbca']], 170),
  row('Fuel cards', [['Allstar One Fuel Card', 'img-allstar', after ? { pending: true, sub: 'Awaiting authorisation', subColor: '#B45309' } : {}], ['Shell Fleet Card', 'img-shell'], ['BP Fuel Card', 'img-bp']], 300),
  row('Business bank accounts', [['Barclays Business', 'img-barclays'], ['NatWest Business', 'img-natwest'], ['Tide', 'img-tide']], 430),
  G('Group 110', 260, 740, 260, 22, [V('Vector', 0, 1, 20, 20, { fill: '#64748B' }), T('Powered by Ledgerline', 28, 2, 220, { size: 12, color: '#64748B' })]),
  ...(after ? [
    btnGroup('+ Add another', 260, 570, 160, 42, { fill: '#FFFFFF', color: NAVY, name: 'Group 111', int: [go('picker')] }),
    btnFrame('Go to dashboard', 1040, 730, 200, 44, { fill: BRAND, color: INK, radius: 6, int: [go('dash')] }),
  ] : []),
];
const picker = F('Link apps', 4140, 0, W, H, { fill: '#FAFBFC', ref: 'picker' }, pickerBody(false));
const picked = F('Link apps – 1 linked', 5520, 0, W, H, { fill: '#FAFBFC', ref: 'picked' }, pickerBody(true));

const consent = F('Modal / QuickBooks', 4140, 900, 600, 560, { fill: '#FFFFFF', radius: 14, ref: 'consent' }, [
  G('Group 120', 32, 28, 300, 48, [logo(0, 0, 48, 'img-qbo', 'Logo'), T('QuickBooks Online', 60, 12, 240, { size: 20, weight: 700 })]),
  T('Intuit will open in a new window. Sign in there and approve Haulbook — you’ll be brought straight back here afterwards.', 32, 96, 536, { size: 15, color: MUTED, lines: 2 }),
  T('🔐 Bank-grade 256-bit encryption. Trusted by 12,000 UK couriers and hauliers. We never share your data with third parties without your consent.', 32, 160, 536, { size: 14, lines: 3 }),
  G('Group 121', 32, 250, 536, 44, [
    checkbox('vector', 0, 2, 'Vector 7'),
    T('I agree Haulbook may access my QuickBooks Online data as described in the', 32, 0, 504, { size: 14, lines: 1 }),
    link('Privacy Notice', 32, 22, 120, { size: 14, underline: true, int: [url('https://haulbook.co.uk/privacy')] }),
  ]),
  link('Need paperwork first? Request a mutual NDA', 32, 316, 536, { size: 13, int: [url('https://haulbook.co.uk/mnda')] }),
  F('Frame 130', 32, 480, 536, 48, { layout: 'HORIZONTAL', gap: 12 }, [
    btnGroup('Cancel', 0, 0, 140, 48, { fill: '#F1F5F9', color: INK, int: [close()] }),
    btnFrame('Authorise on Intuit', 156, 0, 380, 48, { fill: NAVY, radius: 6, int: [go('picked', 'SWAP')] }),
  ]),
]);

const dash = F('Jobs', 6900, 0, W, H, { fill: '#FAFBFC', ref: 'dash' }, [
  topHelp(), nav('Jobs'),
  T('Today’s jobs', 260, 60, 700, { size: 26, weight: 700 }),
  ...[['LinkLogistics Ltd', 'Leeds → Bradford', '£64.00'], ['Northern Florals', 'Harrogate → York', '£48.50'], ['Pennine Print', 'Halifax → Leeds', '£39.00']].map(([c, r, a], i) => F('Frame 140', 260, 120 + i * 64, 980, 56, { fill: '#FFFFFF', stroke: '#E2E8F0', radius: 8, layout: 'HORIZONTAL', gap: 20, pad: 16 }, [T(c, 16, 18, 260, { weight: 600 }), T(r, 300, 18, 300, { color: MUTED }), T(a, 640, 18, 100), link('Invoice', 860, 18, 80)])),
  btnGroup('Delete invoice', 260, 340, 150, 40, { fill: '#FFFFFF', color: '#B91C1C' }),
]);

const fuel = F('Fuel', 6900, 900, W, H, { fill: '#FAFBFC', ref: 'fuel' }, [
  topHelp(), nav('Fuel'),
  T('Fuel cost per drop', 260, 60, 700, { size: 26, weight: 700 }),
  F('Empty chart', 260, 120, 980, 400, { fill: '#FFFFFF', stroke: '#E2E8F0', radius: 12 }, [
    ...[0, 1, 2, 3, 4].map((i) => R(`Rectangle ${150 + i}`, 80 + i * 180, 220, 100, 140, { fill: '#EEF2F6' })),
    F('Frame 160', 290, 110, 400, 150, { fill: '#FFFFFF', radius: 10, stroke: '#E2E8F0', layout: 'VERTICAL', gap: 8, pad: 18 }, [
      T('Link your fuel card to see cost per drop', 18, 18, 364, { size: 16, weight: 600, align: 'CENTER' }),
      btnFrame('Link a fuel card', 110, 80, 180, 42, { fill: NAVY, radius: 6, int: [go('picker')] }),
    ]),
  ]),
]);

const connRow = (n, img, meta, y) => F('Frame 170', 260, y, 980, 84, { fill: '#FFFFFF', stroke: '#E2E8F0', radius: 10, layout: 'HORIZONTAL', gap: 14, pad: 16 }, [
  logo(16, 18, 48, img),
  F('Frame 171', 80, 16, 560, 52, { layout: 'VERTICAL', gap: 4 }, [T(n, 0, 0, 560, { size: 15, weight: 600 }), T(meta, 0, 24, 560, { size: 12, color: MUTED })]),
  btnFrame('Refresh', 700, 20, 110, 40, { fill: '#FFFFFF', color: NAVY, radius: 6 }),
  link('Revoke access', 830, 30, 130, { color: '#B91C1C' }),
]);
const conns = F('Connections', 8280, 0, W, H, { fill: '#FAFBFC', ref: 'conns' }, [
  topHelp(), nav('Connections'),
  T('Connections', 260, 60, 700, { size: 26, weight: 700 }),
  connRow('QuickBooks Online', 'img-qbo', 'First linked 3 Mar 2026 10:42 · Last sync 27 Mar 2026 06:00 · Company: Marco’s Same-Day Couriers Ltd', 110),
  connRow('Allstar One Fuel Card', 'img-allstar', 'First linked 3 Mar 2026 10:51 · Last sync 27 Mar 2026 06:05 · Card ••4821 · GBP', 206),
  connRow('Tide', 'img-tide', 'First linked 4 Mar 2026 09:10 · Last sync 26 Mar 2026 23:58 · Account ••0917 · GBP', 302),
  link('+ Link another app', 260, 404, 200, { int: [go('picker')] }),
  link('Sync history', 480, 404, 200, { color: MUTED }),
]);

const settings = F('Settings', 8280, 900, W, H, { fill: '#FAFBFC', ref: 'settings' }, [
  topHelp(), nav('Settings'),
  T('Vehicles', 260, 60, 700, { size: 26, weight: 700 }),
  ...['Ford Transit Custom · YK21 ABC', 'Vauxhall Vivaro · YK19 XYZ'].map((v, i) => F('Frame 180', 260, 110 + i * 60, 980, 52, { fill: '#FFFFFF', stroke: '#E2E8F0', radius: 8, layout: 'HORIZONTAL', pad: 14 }, [T(v, 14, 16, 600), link('Remove vehicle', 840, 16, 120, { color: '#B91C1C' })])),
]);

const flowPage = canvas(12, 'Flow (desktop)', [
  S('Entry', -60, -60, 4160, 1860, [signup, pricing, fleet, chat].map((f) => { f._rel[0] += 60; f._rel[1] += 60; return f; })),
  picker, consent, picked, dash, fuel, conns, settings,
]);

usePage(14);
const archive = canvas(14, 'Archive', [
  F('Setup assistant – v1', 0, 0, W, H, { fill: '#FFFFFF' }, [
    T('Connect your accounts to save 4 hours a week', 200, 200, 880, { size: 28, weight: 700 }),
    T('Disconnect at any time from Settings.', 200, 260, 880, { color: MUTED }),
    btnInst('btn', 'Connect', 200, 320, 180, 44, { fill: NAVY }),
  ]),
  F('Onboarding email draft', 1380, 0, 640, 800, { fill: '#FFFFFF', visible: false }, [T('1  Sign up\n2  Connect QuickBooks\n3  Send your first invoice', 40, 40, 560, { lines: 3 })]),
]);

writeFile('d36-logistics-invoicing-desktop', { name: 'Haulbook web – setup assistant', lastModified: '2025-12-02T08:17:30Z', version: '4721198034' }, [cover, flowPage, comps, archive], {
  kind: 'onboarding',
  description: 'Invoicing for small courier firms, desktop web 1280x800. No prototype start is set; the flow reads from the sign-up screen through a fleet-details form to a chat-style setup assistant whose comparison table ("With your accounts linked / Without") and data-use message end in a "Yes, link my accounts" quick reply. A categorised picker (Accounting / Fuel cards / Business bank accounts) with search opens a consent modal, then a linked state, jobs, a fuel report with an in-context link CTA, and a connections list. Some navigation uses the older transitionNodeID.',
  present: ['funnel.three-actions', 'funnel.cta-visible', 'value.three-part', 'value.contextual-ctas', 'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh'],
  absent: ['funnel.greeting-email', 'funnel.social-proof', 'funnel.prefill', 'value.faq-link', 'value.progress-meter', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'platform.alternatives', 'platform.non-linear', 'connection.syncing-indicator'],
  notes: {
    'funnel.greeting-email': 'No welcome email frame (a hidden email draft sits on the archive page only).',
    'funnel.three-actions': 'Sign up → Your fleet → Setup assistant with the link quick reply: 2 clicks.',
    'funnel.cta-visible': 'Primary quick reply in the centre of the assistant; "Connections" is a permanent nav item.',
    'value.three-part': 'Comparison table (value), bubble on what is read and written (data use), "Yes, link my accounts" (next step).',
    'value.contextual-ctas': 'Fuel report empty state: "Link your fuel card to see cost per drop".',
    'value.faq-link': 'No FAQ or learn-more link near the value message.',
    'privacy.data-scope': 'Reads invoices, customers, payments, fuel and bank transactions; writes invoices back.',
    'privacy.trust-language': '"We never share your data with third parties without your consent", encryption.',
    'privacy.consent-action': 'Checkbox (vector) with a Privacy Notice link before "Authorise on Intuit".',
    'privacy.disconnect-anytime': 'The only "Disconnect at any time" copy is on an archived frame; "Cancel your subscription anytime" is about billing.',
    'privacy.statistics': '"Trusted by 12,000 UK couriers and hauliers", 256-bit encryption.',
    'privacy.support-contacts': 'Help bar on every screen: phone, email, live chat.',
    'privacy.powered-by': '"Powered by Ledgerline" under the picker.',
    'privacy.mutual-nda': '"Request a mutual NDA" link in the consent modal.',
    'platform.explain-redirect': '"Intuit will open in a new window… brought straight back here".',
    'platform.grouped-categories': 'Accounting, Fuel cards, Business bank accounts headings.',
    'platform.accurate-branding': 'Full names with logos (QuickBooks Online, Sage Business Cloud Accounting, Allstar One Fuel Card).',
    'platform.search': 'Search field over the apps.',
    'platform.alternatives': 'No fallback for a missing platform.',
    'platform.non-linear': 'No skip, save-for-later or invite; the assistant offers only link or a data question.',
    'platform.multiple-connections': 'Connected ✓, "Awaiting authorisation" and "+ Add another".',
    'connection.view-live': 'Connections list with first-linked and last-sync times, company and card/account metadata.',
    'connection.delete': '"Revoke access" per connection (not "Delete invoice" or "Remove vehicle").',
    'connection.refresh': '"Refresh" per connection.',
    'connection.syncing-indicator': 'No spinner or syncing state.',
  },
  flow: { startFrameId: 'signup', connectFrameId: 'chat', stepsToConnect: 2, deadEnds: ['pricing'] },
});
