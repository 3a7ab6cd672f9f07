// h106 — invoicing for catering companies, desktop 1280x800, US English.
import {
  frame, section, group, rect, vector, text, line, click, back, close, openUrl, hoverTo,
  vstack, hstack, btnInstance, btnFrame, btnGroup, link, checkbox, searchField, logo, spinner, icon, place,
  node, solid, finalize, writeOut,
} from './lib.mjs';

const W = 1280;
const H = 800;
const INK = '#1C1917';
const MUTED = '#78716C';
const BRAND = '#B45309';
const NBSP = '\u00A0';

const screen = (name, ref, x, y, children, o = {}) =>
  frame(name, x, y, W, H, { ref, fills: [solid(o.bg ?? '#FAFAF9')], ...o.props }, children);

function sidebar(active) {
  const item = (label, to, on) =>
    hstack(null, 0, 0, [icon(18, 18), text(label, 0, 0, 150, { size: 14, weight: on ? 600 : 400, color: on ? BRAND : '#44403C' })], {
      gap: 10, padX: 12, padY: 9, w: 208, fills: on ? [solid('#FEF3C7')] : [], cornerRadius: 6, ...(to ? click(to) : {}),
    });
  return vstack('Sidebar', 0, 0, 240, [
    hstack(null, 0, 0, [vector('Logo mark', 0, 0, 26, 26, { fills: [solid(BRAND)], strokes: [] }), text('Platewise', 0, 0, 120, { size: 18, weight: 700, color: INK })], { gap: 8, padY: 6 }),
    vstack(null, 0, 0, 208, [
      item('Events', 'dashboard', active === 'events'),
      item('Invoices', null, false),
      item('Clients', null, false),
      item('Menus & pricing', null, false),
      item('Connections', 'settings', active === 'connections'),
      item('Help center', 'help', active === 'help'),
    ], { gap: 2 }),
  ], { pad: 16, gap: 24, fills: [solid('#FFFFFF')], strokes: [solid('#E7E5E4')], strokeWeight: 1, name: 'Sidebar' });
}

function withSidebar(active, content) {
  const sb = sidebar(active);
  sb._h = H;
  return [sb, place(content, 240, 0)];
}

// ---------- Screens
const signup = screen('Sign up', 'signup', 0, 0, [
  place(frame('Frame 2', 0, 0, 560, H, { fills: [solid('#292524')] }, [
    place(vstack(null, 0, 0, 440, [
      text('Platewise', 0, 0, 200, { size: 22, weight: 700, color: '#FDE68A' }),
      text('Quote it, cater it, get paid.', 0, 0, 440, { size: 34, weight: 700, color: '#FFFFFF', font: 'Fraunces' }),
      text('Turn event orders into invoices in one click, with deposits and final balances tracked per event.', 0, 0, 420, { size: 16, color: '#D6D3D1' }),
      vstack('Quote card', 0, 0, 420, [
        text('“We used to chase balances for weeks after a wedding. Now deposits and final payments land on the right event automatically.”', 0, 0, 372, { size: 15, color: '#F5F5F4', italic: true }),
        hstack(null, 0, 0, [
          rect('Photo', 0, 0, 36, 36, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FILL', imageRef: 'f1b2c3d4e5a6978812ab34cd56ef7890aa11bb22' }], cornerRadius: 18 }),
          text('Dana Ruiz\nOwner, Fig & Fennel Catering · Austin, TX', 0, 0, 300, { size: 13, color: '#D6D3D1' }),
        ], { gap: 12 }),
      ], { pad: 24, gap: 16, fills: [solid('#44403C')], cornerRadius: 12 }),
      text('Trusted by 12,000 caterers', 0, 0, 300, { size: 13, color: '#A8A29E' }, { visible: false }),
    ], { gap: 20 }), 60, 140),
  ]), 0, 0),
  place(vstack('Auto layout', 0, 0, 400, [
    text('Create your account', 0, 0, 400, { size: 28, weight: 700, color: INK }),
    text('Free for 14 days. No card needed.', 0, 0, 400, { size: 15, color: MUTED }),
    vstack(null, 0, 0, 400, [
      text('Work email', 0, 0, 400, { size: 13, weight: 500, color: '#44403C' }),
      frame('Input', 0, 0, 400, 44, { cornerRadius: 8, strokes: [solid('#D6D3D1')], strokeWeight: 1 }, [place(text('you@yourcatering.com', 0, 0, 300, { size: 14, color: '#A8A29E' }), 14, 12)]),
      text('Password', 0, 0, 400, { size: 13, weight: 500, color: '#44403C' }),
      frame('Input', 0, 0, 400, 44, { cornerRadius: 8, strokes: [solid('#D6D3D1')], strokeWeight: 1 }, [place(text('••••••••••', 0, 0, 300, { size: 14, color: '#A8A29E' }), 14, 12)]),
    ], { gap: 6 }),
    btnInstance('c.primary', 'Create account', 400, 48, { ...click('business') }),
    hstack(null, 0, 0, [
      link('Already have an account? Log in', 230, { size: 13, ...openUrl('https://app.platewise.com/login') }),
      link('See plans & pricing', 140, { size: 13, underline: true, ...click('pricing') }),
    ], { w: 400, justify: 'SPACE_BETWEEN' }),
  ], { gap: 18 }), 680, 200),
]);

const plan = (name, price, bullets, hi) =>
  vstack(null, 0, 0, 300, [
    text(name, 0, 0, 252, { size: 18, weight: 600, color: INK }),
    text(price, 0, 0, 252, { size: 32, weight: 700, color: INK }),
    text(bullets, 0, 0, 252, { size: 14, color: '#57534E' }),
    btnInstance(hi ? 'c.primary' : 'c.secondary', 'Choose ' + name, 252, 44, { color: hi ? '#FFFFFF' : INK, ...hoverTo(hi ? 'c.primary-hover' : 'c.secondary') }),
  ], { pad: 24, gap: 14, fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid(hi ? BRAND : '#E7E5E4')], strokeWeight: hi ? 2 : 1 });

const pricing = screen('Pricing', 'pricing', 1380, 0, [
  place(link('← Back', 80, { color: MUTED, ...back() }), 60, 40),
  place(vstack(null, 0, 0, 960, [
    text('Simple pricing for busy kitchens', 0, 0, 960, { size: 28, weight: 700, color: INK, align: 'CENTER' }),
    text('Every plan includes unlimited quotes. Pay monthly, cancel anytime.', 0, 0, 960, { size: 16, color: MUTED, align: 'CENTER' }),
    hstack(null, 0, 0, [
      plan('Starter', '$29/mo', '• Up to 20 events a month\n• Deposit reminders\n• 1 user', false),
      plan('Kitchen', '$79/mo', '• Unlimited events\n• Staff scheduling\n• 5 users', true),
      plan('Group', '$199/mo', '• Multiple brands\n• Priority phone line\n• Unlimited users', false),
    ], { gap: 30 }),
  ], { gap: 20, align: 'CENTER' }), 160, 120),
]);

const business = screen('Onboarding / 01 business', 'business', 2760, 0, [
  place(vstack(null, 0, 0, 520, [
    text('Step 1 of 3', 0, 0, 200, { size: 13, weight: 600, color: BRAND }),
    text('Tell us about your catering business', 0, 0, 520, { size: 26, weight: 700, color: INK }),
    vstack(null, 0, 0, 520, [
      text('Business name', 0, 0, 520, { size: 13, weight: 500 }),
      frame('Input', 0, 0, 520, 44, { cornerRadius: 8, strokes: [solid('#D6D3D1')], strokeWeight: 1 }, []),
      text('Events per month', 0, 0, 520, { size: 13, weight: 500 }),
      hstack(null, 0, 0, ['1–10', '11–40', '41–100', '100+'].map((l) => btnFrame(l, 120, 40, { bg: '#FFFFFF', color: INK, stroke: '#D6D3D1' })), { gap: 13 }),
      text('What do you cater?', 0, 0, 520, { size: 13, weight: 500 }),
      hstack(null, 0, 0, ['Weddings', 'Corporate', 'Private dinners', 'Food trucks'].map((l) => btnFrame(l, 122, 36, { bg: '#F5F5F4', color: '#44403C', radius: 18, size: 13 })), { gap: 11 }),
    ], { gap: 8 }),
    hstack(null, 0, 0, [
      link('Back', 60, { color: MUTED, ...back() }),
      btnFrame('Continue', 160, 46, { bg: BRAND, ...click('hub') }),
    ], { w: 520, justify: 'SPACE_BETWEEN' }),
  ], { gap: 22 }), 380, 150),
]);

const card = (name, ref, sub) =>
  hstack(null, 0, 0, [
    logo(ref, 40, name),
    vstack(null, 0, 0, 190, [text(name, 0, 0, 190, { size: 14, weight: 600, color: INK }), text(sub, 0, 0, 190, { size: 12, color: MUTED })], { gap: 2 }),
  ], { padX: 16, padY: 14, gap: 12, w: 276, fills: [solid('#FFFFFF')], cornerRadius: 10, strokes: [solid('#E7E5E4')], strokeWeight: 1, ...click('consent', 'OVERLAY') });

const hub = screen('Onboarding / 02 connect', 'hub', 4140, 0, [
  place(vstack('Auto layout', 0, 0, 1280, [
    hstack(null, 0, 0, [
      text('Platewise', 0, 0, 140, { size: 18, weight: 700, color: INK }),
      vstack(null, 0, 0, 320, [
        text('Step 2 of 3', 0, 0, 320, { size: 12, color: MUTED, align: 'CENTER' }),
        frame('Progress', 0, 0, 320, 6, { fills: [solid('#E7E5E4')], cornerRadius: 3 }, [rect('Rectangle 40', 0, 0, 213, 6, { fills: [solid(BRAND)], cornerRadius: 3 })]),
      ], { gap: 6 }),
      link('Skip for now', 140, { color: MUTED, ...click('dashboard') }),
    ], { w: 1200, padX: 0, justify: 'SPACE_BETWEEN' }),
    hstack(null, 0, 0, [
      vstack('Left col', 0, 0, 420, [
        text('Bring your books and bank into Platewise', 0, 0, 420, { size: 26, weight: 700, color: INK }),
        text('Stop re-typing invoices. Once your accounting software is linked, every event invoice posts to your books and payments reconcile themselves.', 0, 0, 420, { size: 15, color: '#44403C' }),
        vstack(null, 0, 0, 420, [
          text('What we use', 0, 0, 388, { size: 13, weight: 700, color: INK }),
          text('From your accounting software we read customers, items and paid invoices, and we send new event invoices back to it. From your bank we only read deposits, to confirm which event each payment belongs to.', 0, 0, 388, { size: 14, color: '#57534E' }),
        ], { gap: 4, pad: 16, fills: [solid('#FFFBEB')], cornerRadius: 10 }),
        btnInstance('c.primary', 'Link accounting software', 280, 48, { name: 'cta/primary', ...click('consent', 'OVERLAY') }),
        vstack(null, 0, 0, 420, [
          text('Your books', 0, 0, 200, { size: 12, weight: 600, color: MUTED }),
          frame('Meter', 0, 0, 420, 8, { fills: [solid('#E7E5E4')], cornerRadius: 4 }, [rect(null, 0, 0, 0.01, 8, { fills: [solid('#16A34A')] })]),
          text('0 of 2 sources linked — link both for automatic reconciliation', 0, 0, 420, { size: 12, color: MUTED }),
        ], { gap: 6 }),
        link('Questions about linking? Read the FAQ', 300, { underline: true, ...openUrl('https://help.platewise.com/faq/linking') }),
        link('Send this step to my bookkeeper', 260, { color: BRAND, ...openUrl('mailto:?subject=Platewise%20setup') }),
      ], { gap: 18 }),
      vstack('Right col', 0, 0, 600, [
        searchField('Search 40+ apps and banks', 600),
        text('Accounting', 0, 0, 300, { size: 18, weight: 600, color: INK }),
        hstack(null, 0, 0, [card('QuickBooks Online', 'a01qbo', 'Intuit · quickbooks.intuit.com'), card('Xero', 'a02xero', 'xero.com')], { gap: 16 }),
        hstack(null, 0, 0, [card('FreshBooks', 'a03fb', 'freshbooks.com'), card('Sage Business Cloud Accounting', 'a04sage', 'sage.com')], { gap: 16 }),
        text('Bank accounts', 0, 0, 300, { size: 18, weight: 600, color: INK }),
        hstack(null, 0, 0, [card('Chase Business', 'b01chase', 'chase.com'), card('ConnectOne Bank', 'b02c1', 'connectonebank.com')], { gap: 16 }),
        hstack(null, 0, 0, [
          icon(18, 18),
          text('Don’t see your software? Upload a CSV export of your invoices instead.', 0, 0, 440, { size: 13, color: '#57534E' }),
          link('Upload file', 90, { underline: true }),
        ], { gap: 8 }),
      ], { gap: 14 }),
    ], { gap: 100, padX: 0 }),
  ], { padX: 40, padY: 28, gap: 36 }), 0, 0),
]);

const consent = frame('Modal / Link QuickBooks', 5520, 0, 560, 620, { ref: 'consent', cornerRadius: 16, fills: [solid('#FFFFFF')] }, [
  place(vstack(null, 0, 0, 560, [
    hstack(null, 0, 0, [logo('a01qbo', 44, 'QuickBooks Online'), vector('Arrows', 0, 0, 24, 16), logo('plw', 44, 'Platewise')], { gap: 16 }),
    text('Link QuickBooks Online', 0, 0, 480, { size: 22, weight: 700, color: INK }),
    text('Platewise will ask Intuit for access to:\n•\u2002Customers and products (read)\n•\u2002Invoices and payments (read and create)\n•\u2002Chart of accounts (read)', 0, 0, 480, { size: 14, color: '#44403C' }),
    text('Next, a QuickBooks window opens so you can sign in with your Intuit account and approve access. When you’re done you’ll come straight back here.', 0, 0, 480, { size: 14, color: '#44403C' }),
    hstack(null, 0, 0, [icon(16, 18, 'lock'), text('Your connection is encrypted end to end. We never sell your data or share it with third parties without your OK.', 0, 0, 440, { size: 13, color: '#57534E' })], { gap: 10 }),
    text(`You can disconnect at any time from Settings${NBSP}→${NBSP}Connections.`, 0, 0, 480, { size: 13, color: '#57534E' }),
    hstack(null, 0, 0, [
      checkbox('RECTANGLE'),
      text('I’ve read and agree to the Platewise data privacy policy', 0, 0, 420, { size: 13, color: '#44403C' }),
    ], { gap: 10 }),
    hstack(null, 0, 0, [
      btnFrame('Cancel', 120, 44, { bg: '#FFFFFF', color: INK, stroke: '#D6D3D1', ...close() }),
      btnInstance('c.primary', 'Continue to QuickBooks', 220, 44, { ...click('intuit') }),
    ], { gap: 12 }),
  ], { pad: 40, gap: 16 }), 0, 0),
]);

const intuit = screen('Intuit sign in (3rd party)', 'intuit', 6220, 0, [
  place(vstack(null, 0, 0, 420, [
    rect('intuit-logo', 0, 0, 120, 32, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FIT', imageRef: '5c0de1a7b2e94f3d8a6b1c2d3e4f5a6b7c8d9e0f' }] }),
    text('Platewise wants to connect to your QuickBooks company', 0, 0, 372, { size: 20, weight: 600 }),
    text('Fig & Fennel Catering LLC', 0, 0, 372, { size: 15, color: '#393A3D' }),
    btnGroup('Connect', 372, 44, { bg: '#2CA01C', ...click('connected') }),
    link('Cancel', 60, { color: '#0077C5', ...back() }),
  ], { pad: 24, gap: 18, fills: [solid('#FFFFFF')], cornerRadius: 8 }), 430, 180),
], { bg: '#ECEEF1' });

const statusRow = (name, ref, status, tone) =>
  hstack(null, 0, 0, [
    logo(ref, 36, name),
    text(name, 0, 0, 330, { size: 15, weight: 600 }),
    hstack(null, 0, 0, [tone === 'ok' ? icon(14, 14, 'check') : spinner(14), text(status, 0, 0, 170, { size: 13, color: tone === 'ok' ? '#15803D' : '#1D4ED8' })], { gap: 6 }),
  ], { w: 620, padX: 16, padY: 14, justify: 'SPACE_BETWEEN', fills: [solid('#FFFFFF')], cornerRadius: 10, strokes: [solid('#E7E5E4')], strokeWeight: 1 });

const connected = screen('Onboarding / 03 linked', 'connected', 0, 1000, [
  place(vstack(null, 0, 0, 620, [
    text('Step 3 of 3', 0, 0, 200, { size: 13, weight: 600, color: BRAND }),
    text('QuickBooks Online is linked ✓', 0, 0, 620, { size: 26, weight: 700 }),
    text('We’re importing your customers and last 12 months of invoices. This usually takes a couple of minutes.', 0, 0, 620, { size: 15, color: MUTED }),
    statusRow('QuickBooks Online', 'a01qbo', 'Connected', 'ok'),
    statusRow('QuickBooks Online', 'a01qbo', 'Syncing invoices…', 'sync'),
    hstack(null, 0, 0, [vector('Plus', 0, 0, 16, 16), text('Add another bank or app', 0, 0, 240, { size: 14, weight: 600, color: BRAND })], { gap: 8, ...click('bank') }),
    hstack(null, 0, 0, [
      btnInstance('c.primary', 'Link a bank account', 220, 46, { ...click('bank') }),
      btnInstance('c.secondary', 'Go to my events', 180, 46, { color: INK, ...click('dashboard') }),
    ], { gap: 12 }),
  ], { gap: 18 }), 330, 120),
]);

const bankRow = (name, ref, meta) =>
  hstack(null, 0, 0, [logo(ref, 36, name), vstack(null, 0, 0, 400, [text(name, 0, 0, 400, { size: 15, weight: 600 }), text(meta, 0, 0, 400, { size: 12, color: MUTED })], { gap: 2 }), vector('Chevron', 0, 0, 8, 14)], {
    w: 560, padX: 16, padY: 12, justify: 'SPACE_BETWEEN', ...openUrl('https://auth.platewise.com/bank'),
  });

const bank = screen('Onboarding / 04 bank', 'bank', 1380, 1000, [
  place(vstack(null, 0, 0, 560, [
    link('← Back', 80, { color: MUTED, ...back() }),
    text('Which bank do your deposits land in?', 0, 0, 560, { size: 24, weight: 700 }),
    text('We match incoming deposits to event invoices, so you can see what’s been paid without logging in to online banking.', 0, 0, 560, { size: 14, color: MUTED }),
    searchField('Find your bank', 560, 44, { radius: 8, bg: '#FFFFFF' }),
    vstack(null, 0, 0, 560, [
      bankRow('Chase Business', 'b01chase', 'chase.com'),
      line(0, 0, 560),
      bankRow('Bank of America — Business Advantage', 'b03boa', 'bankofamerica.com'),
      line(0, 0, 560),
      bankRow('Wells Fargo Business', 'b04wf', 'wellsfargo.com'),
      line(0, 0, 560),
      bankRow('ConnectOne Bank', 'b02c1', 'connectonebank.com'),
    ], { fills: [solid('#FFFFFF')], cornerRadius: 10, strokes: [solid('#E7E5E4')], strokeWeight: 1, gap: 0 }),
    btnFrame('Done for now', 160, 44, { bg: '#FFFFFF', color: INK, stroke: '#D6D3D1', ...click('dashboard') }),
  ], { gap: 16 }), 360, 40),
]);

const kpi = (label, value) =>
  vstack(null, 0, 0, 300, [text(label, 0, 0, 260, { size: 13, color: MUTED }), text(value, 0, 0, 260, { size: 26, weight: 700 })], { pad: 20, gap: 6, fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid('#E7E5E4')], strokeWeight: 1 });

const dashboard = screen('App / Events', 'dashboard', 2760, 1000, withSidebar('events', vstack(null, 0, 0, 1040, [
  hstack(null, 0, 0, [text('This month', 0, 0, 300, { size: 24, weight: 700 }), btnInstance('c.primary', '+ New event', 150, 40)], { w: 960, justify: 'SPACE_BETWEEN' }),
  hstack(null, 0, 0, [kpi('Invoiced', '$48,210'), kpi('Deposits collected', '$19,400'), kpi('Overdue balances', '$6,125')], { gap: 30 }),
  vstack('Cash forecast', 0, 0, 960, [
    text('Upcoming deposits', 0, 0, 400, { size: 18, weight: 600 }),
    frame('Chart empty', 0, 0, 912, 200, { fills: [solid('#F5F5F4')], cornerRadius: 8 }, [
      place(vstack(null, 0, 0, 420, [
        text('See which deposits are about to clear', 0, 0, 420, { size: 15, weight: 600, align: 'CENTER' }),
        text('Link your business bank account and we’ll chart expected deposits against this month’s events.', 0, 0, 420, { size: 13, color: MUTED, align: 'CENTER' }),
        btnFrame('Link your bank', 160, 40, { bg: BRAND, ...click('bank') }),
      ], { gap: 10, align: 'CENTER' }), 246, 36),
    ]),
  ], { pad: 24, gap: 14, fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid('#E7E5E4')], strokeWeight: 1 }),
  vstack(null, 0, 0, 960, [
    text('Next events', 0, 0, 300, { size: 18, weight: 600 }),
    text('Sat 14 Jun  ·  Hargrove–Lee wedding  ·  180 guests  ·  Deposit paid', 0, 0, 900, { size: 14 }),
    text('Tue 17 Jun  ·  Meridian Labs offsite lunch  ·  60 guests  ·  Invoice sent', 0, 0, 900, { size: 14 }),
  ], { pad: 24, gap: 10, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
], { pad: 40, gap: 24 })));

const liveRow = (name, ref, meta, last) =>
  hstack(null, 0, 0, [
    hstack(null, 0, 0, [logo(ref, 40, name), vstack(null, 0, 0, 420, [text(name, 0, 0, 420, { size: 15, weight: 600 }), text(meta, 0, 0, 420, { size: 12, color: MUTED })], { gap: 2 })], { gap: 12 }),
    text(last, 0, 0, 180, { size: 12, color: '#15803D' }),
    hstack(null, 0, 0, [
      btnFrame('Sync now', 100, 34, { bg: '#FFFFFF', color: INK, stroke: '#D6D3D1', size: 13 }),
      btnFrame('Disconnect', 110, 34, { bg: '#FFFFFF', color: '#B91C1C', stroke: '#FCA5A5', size: 13, ...click('disconnect', 'OVERLAY') }),
    ], { gap: 8 }),
  ], { w: 960, padX: 20, padY: 16, justify: 'SPACE_BETWEEN' });

const settings = screen('Settings / Connections', 'settings', 4140, 1000, withSidebar('connections', vstack(null, 0, 0, 1040, [
  hstack(null, 0, 0, [text('Connections', 0, 0, 300, { size: 24, weight: 700 }), btnInstance('c.primary', 'Add a connection', 180, 40, { ...click('hub') })], { w: 960, justify: 'SPACE_BETWEEN' }),
  vstack(null, 0, 0, 960, [
    liveRow('QuickBooks Online', 'a01qbo', 'Fig & Fennel Catering LLC · connected Mar 3, 2025, 9:14 AM', 'Last synced 12 min ago'),
    line(0, 0, 960),
    liveRow('Chase Business Complete Checking ••4821', 'b01chase', 'USD · connected Mar 3, 2025, 9:20 AM', 'Last synced today, 7:02 AM'),
  ], { fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid('#E7E5E4')], strokeWeight: 1 }),
  link('View sync history', 140, { underline: true }),
  vstack('Danger zone', 0, 0, 960, [
    text('Delete account', 0, 0, 300, { size: 15, weight: 600, color: '#B91C1C' }),
    text('Permanently delete your Platewise workspace, events and invoices.', 0, 0, 600, { size: 13, color: MUTED }),
    btnFrame('Delete account', 150, 36, { bg: '#FFFFFF', color: '#B91C1C', stroke: '#FCA5A5', size: 13 }),
  ], { pad: 20, gap: 8, fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid('#FECACA')], strokeWeight: 1 }),
], { pad: 40, gap: 20 })));

const disconnect = frame('Modal / Disconnect', 5520, 1000, 480, 300, { ref: 'disconnect', cornerRadius: 16 }, [
  place(vstack(null, 0, 0, 480, [
    text('Disconnect QuickBooks Online?', 0, 0, 416, { size: 20, weight: 700 }),
    text('Platewise will revoke its access to your QuickBooks company and stop posting invoices. Invoices already posted stay in QuickBooks.', 0, 0, 416, { size: 14, color: '#57534E' }),
    hstack(null, 0, 0, [
      btnFrame('Keep it', 110, 42, { bg: '#FFFFFF', color: INK, stroke: '#D6D3D1', ...close() }),
      btnFrame('Disconnect', 130, 42, { bg: '#B91C1C', ...click('settings') }),
    ], { gap: 10 }),
  ], { pad: 32, gap: 16 }), 0, 0),
]);

const help = screen('Help', 'help', 6220, 1000, withSidebar('help', vstack(null, 0, 0, 1040, [
  text('Help center', 0, 0, 300, { size: 24, weight: 700 }),
  vstack(null, 0, 0, 960, [
    text('Guides', 0, 0, 300, { size: 16, weight: 600 }),
    link('Step-by-step: linking QuickBooks Online to Platewise', 600, { underline: true }),
    link('Step-by-step: linking your business bank account', 600, { underline: true }),
    link('Why can’t I see my QuickBooks Desktop company?', 600, { underline: true }),
  ], { pad: 24, gap: 10, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
  vstack(null, 0, 0, 960, [
    text('Talk to a person', 0, 0, 300, { size: 16, weight: 600 }),
    text('📞 (512) 555-0142 · Mon–Fri, 7am–7pm CT', 0, 0, 600, { size: 14 }),
    text('✉️ support@platewise.com', 0, 0, 600, { size: 14 }),
    btnFrame('Open a support ticket', 200, 40, { bg: INK }),
  ], { pad: 24, gap: 10, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
], { pad: 40, gap: 20 })));

const oldWelcome = frame('Welcome v0 (old)', 0, 2000, W, H, { visible: false }, [
  place(text('Connect your books in 2 minutes — powered by our data partner', 0, 0, 800, { size: 24, weight: 700 }), 100, 100),
]);

// ---------- Components page
const compBtn = (nm, ref, bg, color) =>
  node('COMPONENT', nm, 0, 0, 200, 44, { ref, fills: [solid(bg)], cornerRadius: 8, layoutMode: 'HORIZONTAL', description: '' }, [place(text('Label', 0, 0, 176, { size: 15, weight: 600, color, align: 'CENTER' }), 12, 12)]);
const btnSet = node('COMPONENT_SET', 'Btn', 100, 100, 480, 140, { fills: [], strokes: [solid('#9747FF')] }, [
  place(compBtn('Type=Primary, State=Default', 'c.primary', BRAND, '#FFFFFF'), 20, 20),
  place(compBtn('Type=Primary, State=Hover', 'c.primary-hover', '#92400E', '#FFFFFF'), 250, 20),
  place(compBtn('Type=Secondary, State=Default', 'c.secondary', '#FFFFFF', INK), 20, 80),
]);

const spec = {
  name: 'Platewise — onboarding + settings (Q2)',
  lastModified: '2025-05-21T16:42:10Z',
  version: '5843219977',
  seed: 106,
  pages: [
    { name: '📕 Cover', children: [frame('Cover', 0, 0, 1920, 960, { fills: [solid('#292524')] }, [place(text('Platewise\nOnboarding & Connections', 0, 0, 1200, { size: 72, weight: 700, color: '#FDE68A' }), 120, 300), place(text('Status: ready for dev handoff', 0, 0, 600, { size: 24, color: '#D6D3D1' }), 120, 560)])] },
    { name: '🧩 Components', children: [btnSet, group('Group 8', 700, 100, 200, 60, [place(vector('Vector', 0, 0, 20, 20), 0, 0), place(text('icons', 0, 0, 100, { size: 12 }), 30, 0)])] },
    {
      name: 'Flow — onboarding',
      flowStarts: [{ ref: 'signup', name: 'Sign up → connect' }],
      protoStart: 'signup',
      children: [
        section('Onboarding', 0, 0, 6600, 900, [place(signup, 60, 60), place(pricing, 1440, 60), place(business, 2820, 60), place(hub, 4200, 60), place(consent, 5580, 60)]),
        place(intuit, 0, 1000),
        section('Post-link + app', 0, 1900, 7600, 900, [place(connected, 60, 60), place(bank, 1440, 60), place(dashboard, 2820, 60), place(settings, 4200, 60), place(disconnect, 5580, 60), place(help, 6200, 60)]),
        oldWelcome,
      ],
    },
    { name: 'Archive', children: [frame('Old dashboard (Jan)', 0, 0, W, H, {}, [place(text('Events overview — draft', 0, 0, 400, { size: 24, weight: 700 }), 60, 60)])] },
  ],
};
// oldWelcome sits off to the side
place(oldWelcome, 0, 2900);
place(intuit, 60, 1000);

const { doc, refs } = finalize(spec);
writeOut(new URL('..', import.meta.url).pathname, 'h106-catering-company-invoicing-desktop', doc, {
  kind: 'onboarding',
  description:
    'Platewise, invoicing for US catering companies, desktop 1280x800. Sign-up, a business-details step, a connect hub for accounting software and bank accounts, a QuickBooks consent modal, the Intuit approval page, a linked/syncing step, a bank picker, the events dashboard, Settings → Connections, a disconnect dialog and a help center. A pricing page is a dead end.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.support-contacts',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  absent: ['funnel.greeting-email', 'funnel.prefill', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda'],
  notes: {
    'funnel.three-actions': 'Sign up → business details → connect hub: two clicks.',
    'funnel.cta-visible': 'Large "Link accounting software" button on the hub; "Connections" is a permanent sidebar entry.',
    'funnel.social-proof': 'Testimonial from the owner of Fig & Fennel Catering on the sign-up screen.',
    'value.three-part': 'Hub: benefit (invoices post and reconcile), "What we use" box (customers, invoices, deposits and direction), single main CTA.',
    'value.contextual-ctas': 'Empty "Upcoming deposits" chart on the dashboard asks to link the bank.',
    'value.faq-link': '"Questions about linking? Read the FAQ" under the value message.',
    'value.progress-meter': '"Your books" meter: 0 of 2 sources linked, filling as sources are added.',
    'privacy.data-scope': 'Hub box and consent modal list the data read/created and the direction.',
    'privacy.trust-language': 'Consent modal: encrypted, never sold or shared with third parties without consent.',
    'privacy.consent-action': 'Checkbox with agreement to the data privacy policy in the QuickBooks modal.',
    'privacy.disconnect-anytime': '"You can disconnect at any time from Settings → Connections."',
    'privacy.connection-guide': 'Help center step-by-step guides for linking QuickBooks Online and the bank.',
    'privacy.support-contacts': 'Phone, email and support ticket on the help screen.',
    'platform.explain-redirect': 'Modal explains a QuickBooks window opens to sign in and approve, then returns.',
    'platform.grouped-categories': '"Accounting" and "Bank accounts" headings over the platform cards.',
    'platform.accurate-branding': 'QuickBooks Online, Sage Business Cloud Accounting, Chase Business etc. with logos and site addresses.',
    'platform.search': '"Search 40+ apps and banks" field over the cards and "Find your bank".',
    'platform.alternatives': '"Don’t see your software? Upload a CSV export".',
    'platform.non-linear': '"Skip for now" and "Send this step to my bookkeeper".',
    'platform.multiple-connections': '"Add another bank or app" and connected/syncing statuses after linking.',
    'connection.view-live': 'Settings → Connections lists platforms with connection dates, last sync, account currency.',
    'connection.delete': 'Disconnect buttons and a revoke-access confirmation dialog.',
    'connection.refresh': '"Sync now" on each connection.',
    'connection.syncing-indicator': '"Syncing invoices…" with spinner after linking.',
    'funnel.greeting-email': 'No welcome email in the file.',
    'funnel.prefill': 'No forms prefilled from connected data.',
    'privacy.statistics': 'The only figure ("Trusted by 12,000 caterers") is a hidden layer.',
    'privacy.powered-by': 'No "powered by" mark on visible screens (only in a hidden old frame).',
    'privacy.mutual-nda': 'No NDA offer.',
  },
  flow: { start: 'signup', connect: 'hub', steps: 2, deadEnds: ['pricing'] },
}, refs);
