// h63: foreign-exchange payments for small UK importers, desktop 1280x800, with sections,
// a components page and an archive page. The flow page uses prototypeStartNodeID only.
import * as L from './lib.mjs';
const { text, rect, vector, ellipse, frame, vstack, hstack, at, click, back, close, url, oldLink, auto } = L;

export function build() {
  L.resetRegistry();
  L.setSeed(63);
  const INK = '#0B1F33';
  const BLUE = '#2251FF';
  const MUTED = '#5E6B7A';
  const W = 1280;
  const H = 800;

  // ---- Components (3:x) ----
  L.setPage(3);
  const mk = (nm, y, fill, colour, stroke) => L.component(nm, { x: 20, y, w: 200, h: 44, fill, radius: 22, stroke }, [at(text('Button', { size: 15, weight: 600, color: colour }), 72, 12)]);
  const pDef = mk('Type=Primary, State=Default', 20, BLUE, '#FFFFFF');
  const pHov = mk('Type=Primary, State=Hover', 80, '#1A3FCC', '#FFFFFF');
  const sDef = mk('Type=Secondary, State=Default', 140, '#FFFFFF', BLUE, BLUE);
  const btnSet = L.componentSet('Button', { x: 0, y: 0, w: 240, h: 204 }, [pDef, pHov, sDef]);
  const cardC = L.component('Card/Integration', { x: 300, y: 0, w: 280, h: 72, fill: '#FFFFFF', stroke: '#DCE2EA', radius: 10 }, [], 'Logo, name, chevron');
  const chatC = L.component('Chat launcher', { x: 620, y: 0, w: 56, h: 56, fill: BLUE, radius: 28 }, [at(vector({ w: 24, h: 22, fill: '#FFFFFF' }), 16, 17)]);
  const compSection = frame('Buttons & cards', { type: 'SECTION', x: 0, y: 0, w: 720, h: 260, fill: '#FFFFFF' }, [btnSet, cardC, chatC]);
  const componentsPage = L.canvas('❖ Components', { id: '0:3', bg: '#F5F5F5' }, [compSection]);

  // ---- Flow (2:x) ----
  L.setPage(2);
  const primary = (label, o = {}) => L.btnInst(label, pDef.id, { fill: BLUE, w: 240, h: 44, radius: 22, name: 'Button', ...o });
  const secondary = (label, o = {}) => L.btnInst(label, sDef.id, { fill: '#FFFFFF', stroke: BLUE, color: BLUE, w: 200, h: 44, radius: 22, name: 'Button', ...o });
  const chat = () => frame('Chat launcher', { type: 'INSTANCE', componentId: chatC.id, x: W - 88, y: H - 88, w: 56, h: 56, fill: BLUE, radius: 28 }, [at(vector({ w: 24, h: 22, fill: '#FFFFFF' }), 16, 17)]);
  const header = (extra = []) =>
    frame(auto('Frame'), { w: W, h: 64, fill: '#FFFFFF', stroke: '#E6EAF0' }, [
      at(vector({ w: 26, h: 26, fill: BLUE, name: 'logomark' }), 40, 19),
      at(text('tradewind', { size: 20, weight: 700, color: INK }), 74, 18),
      ...extra,
    ]);
  const screen = (key, name, x, y, kids, o = {}) => frame(name, { key, x, y, w: W, h: H, fill: o.fill ?? '#FFFFFF', clips: true }, [...kids, ...(o.noChat ? [] : [chat()])]);
  const field = (label, value) =>
    vstack(auto('Frame'), { w: 400, gap: 6 }, [
      text(label, { size: 13, weight: 500, color: MUTED }),
      hstack(auto('Frame'), { w: 400, h: 44, pad: [0, 12, 0, 12], radius: 8, stroke: '#CBD3DD', fill: '#FFFFFF' }, [text(value, { size: 15, color: value.startsWith('e.g.') ? '#9AA5B1' : INK })]),
    ]);
  const pill = (s, bg, fg) => hstack(auto('Frame'), { pad: [4, 10, 4, 10], radius: 12, fill: bg }, [text(s, { size: 12, weight: 600, color: fg })]);

  // Section 01 — sign-up
  const pricingLink = text('Pricing', { size: 15, weight: 500, color: INK });
  click(pricingLink, '@pricing');
  const startBtn = primary('Open an account', { w: 400 });
  click(startBtn, '@verify');
  L.hoverSwap(startBtn, pHov.id);
  const signup = screen('signup', 'Sign up', 0, 0, [
    header([at(pricingLink, 1000, 22), at(text('Log in', { size: 15, weight: 500, color: BLUE }), 1100, 22)]),
    at(vstack(auto('Frame'), { w: 520, gap: 20 }, [
      text('Pay overseas suppliers for less.', { size: 40, weight: 700, color: INK, w: 520 }),
      text('Lock in rates, pay in 38 currencies, and stop losing 3% to your bank on every container.', { size: 18, color: MUTED, w: 480 }),
      vstack(auto('Frame'), { w: 480, gap: 10, pad: 20, radius: 12, fill: '#F3F6FF' }, [
        text('“Tradewind saved us about 1.4% on every shipment from Ningbo. The Xero sync means our bookkeeper stopped re-keying payments.”', { size: 16, color: INK, w: 440 }),
        text('Priya Shah, Finance Director, Harbour Home Imports', { size: 13, weight: 600, color: MUTED }),
      ]),
    ]), 80, 140),
    at(vstack('Form', { w: 464, gap: 16, pad: 32, radius: 16, stroke: '#E6EAF0' }, [
      text('Create your business account', { size: 22, weight: 700, color: INK }),
      field('Work email', 'e.g. priya@harbourhome.co.uk'),
      field('Password', 'At least 12 characters'),
      startBtn,
      text('We’re authorised by the FCA as an Electronic Money Institution.', { size: 12, color: MUTED, w: 400 }),
    ]), 720, 140),
  ]);

  const verifyBtn = L.btnFrame('I’ve verified my email', { w: 280, h: 44, fill: BLUE, radius: 22 });
  oldLink(verifyBtn, '@company');
  const verify = screen('verify', 'Check your inbox', 1380, 0, [
    header(),
    at(vstack(auto('Frame'), { w: 520, gap: 18, align: 'center' }, [
      vector({ w: 64, h: 48, fill: '#DCE4FF' }),
      text('Check your inbox', { size: 28, weight: 700, color: INK }),
      text('We sent a link to priya@harbourhome.co.uk. Click it to carry on.', { size: 16, color: MUTED, w: 460, align: 'CENTER' }),
      verifyBtn,
    ]), 380, 200),
  ]);

  const companyNext = primary('Looks right');
  click(companyNext, '@trade');
  const company = screen('company', 'Company details', 2760, 0, [
    header(),
    at(vstack(auto('Auto layout'), { w: 820, gap: 18 }, [
      text('We found your company on Companies House', { size: 26, weight: 700, color: INK }),
      text('Check these details — you can edit anything that’s out of date.', { size: 16, color: MUTED }),
      hstack(auto('Frame'), { gap: 20, align: 'start' }, [
        vstack(auto('Frame'), { gap: 14 }, [field('Registered name', 'Harbour Home Imports Ltd'), field('Company number', '11873302'), field('Registered office', 'Unit 4, Quayside Park, Hull HU9 1TA')]),
        vstack(auto('Frame'), { gap: 14 }, [field('Directors', 'Priya Shah, Daniel Okafor'), field('Incorporated', '14 March 2019'), field('SIC code', '46470 — Wholesale of furniture')]),
      ]),
      companyNext,
    ]), 80, 110),
  ]);

  const tradeNext = primary('Continue');
  click(tradeNext, '@connect');
  const chip = (s, on) => hstack(auto('Frame'), { pad: [8, 14, 8, 14], radius: 18, fill: on ? '#E8EDFF' : '#FFFFFF', stroke: on ? BLUE : '#CBD3DD' }, [text(s, { size: 14, color: on ? BLUE : INK })]);
  const trade = screen('trade', 'Trade profile', 4140, 0, [
    header(),
    at(vstack(auto('Auto layout'), { w: 760, gap: 20 }, [
      text('What do you pay for abroad?', { size: 26, weight: 700, color: INK }),
      hstack(auto('Frame'), { gap: 10 }, [chip('Stock / goods', true), chip('Freight & duties', true), chip('Contractors', false), chip('Property', false)]),
      text('Which currencies?', { size: 18, weight: 600, color: INK }),
      hstack(auto('Frame'), { gap: 10 }, [chip('USD', true), chip('EUR', true), chip('CNY', true), chip('VND', false), chip('TRY', false), chip('INR', false)]),
      text('Roughly how much a month?', { size: 18, weight: 600, color: INK }),
      hstack(auto('Frame'), { gap: 10 }, [chip('Under £50k', false), chip('£50k–£250k', true), chip('£250k+', false)]),
      tradeNext,
    ]), 80, 110),
  ]);

  const pricing = screen('pricing', 'Pricing', 5520, 0, [
    header(),
    at(vstack(auto('Auto layout'), { w: 1000, gap: 20 }, [
      text('Simple pricing', { size: 32, weight: 700, color: INK }),
      hstack(auto('Frame'), { gap: 20, align: 'start' }, [
        ['Starter', '£0/month', '0.45% over mid-market · 3 users'],
        ['Growth', '£49/month', '0.30% · forward contracts · 10 users'],
        ['Scale', 'Talk to us', 'From 0.15% · dedicated dealer'],
      ].map(([n, p, d]) => vstack(auto('Frame'), { w: 310, gap: 10, pad: 24, radius: 12, stroke: '#E6EAF0' }, [text(n, { size: 18, weight: 600 }), text(p, { size: 28, weight: 700, color: INK }), text(d, { size: 14, color: MUTED, w: 260 })]))),
      text('Rates shown are indicative. No monthly fee on Starter; cancel anytime.', { size: 13, color: MUTED }),
    ]), 140, 120),
  ], { noChat: true });

  const sec1 = frame('01 — Sign-up', { type: 'SECTION', x: 0, y: 0, w: 6900, h: 960, fill: '#F0F0F0' }, [signup, verify, company, trade, pricing].map((f) => (f._y += 80, f._x += 40, f)));

  // Section 02 — connect
  const connectBtn = primary('Connect accounting software', { w: 300 });
  click(connectBtn, '@picker');
  const invite = L.linkText('Not your job? Invite your accountant or bookkeeper', { color: BLUE });
  click(invite, '@invite');
  const guide = L.linkText('Step-by-step guide: connecting Xero, QuickBooks or Sage', { underline: true, color: BLUE, size: 14 });
  url(guide, 'https://help.tradewind.example/guides/connect-accounting');
  const connect = screen('connect', 'Connect — accounting', 0, 0, [
    header(),
    at(vstack(auto('Auto layout'), { w: 600, gap: 20 }, [
      pill('STEP 3 OF 3', '#E8EDFF', BLUE),
      text('Pay supplier bills straight from your books', { size: 32, weight: 700, color: INK, w: 600 }),
      text('No more copying invoice numbers and IBANs. Approve a bill in Tradewind and it’s paid at today’s locked rate.', { size: 17, color: MUTED, w: 580 }),
      vstack(auto('Frame'), { w: 600, gap: 8, pad: 20, radius: 12, fill: '#F6F8FB' }, [
        text('How we use your data', { size: 15, weight: 600, color: INK }),
        text('We read unpaid bills, supplier names and their bank details from your accounting software. After each payment we post it back with the exchange rate and fees, so your books reconcile themselves.', { size: 15, color: INK, w: 560 }),
        text('You can disconnect whenever you like from Settings.', { size: 15, color: INK, visible: false, name: 'disconnect copy — legal to approve' }),
      ]),
      connectBtn,
      invite,
      guide,
    ]), 80, 110),
    at(vstack(auto('Frame'), { w: 420, gap: 18, pad: 28, radius: 16, fill: INK }, [
      text('9,000+', { size: 40, weight: 700, color: '#FFFFFF' }),
      text('UK importers moved £2.1bn with Tradewind last year', { size: 16, color: '#C8D3E0', w: 360 }),
      rect({ w: 364, h: 1, fill: '#2E4258' }),
      hstack(auto('Frame'), { gap: 10 }, [vector({ w: 18, h: 22, fill: '#7FA2FF', name: 'shield' }), text('Bank-grade 256-bit encryption, end to end', { size: 15, color: '#FFFFFF' })]),
      hstack(auto('Frame'), { gap: 10 }, [vector({ w: 18, h: 22, fill: '#7FA2FF', name: 'shield' }), text('We never share your data with third parties', { size: 15, color: '#FFFFFF' })]),
    ]), 780, 150),
  ]);

  const card = (name, logoRef, dest, status) => {
    const kids = [L.imgLogo(logoRef, 36), text(name, { size: 15, weight: 600, w: 180 })];
    if (status) kids.push(status);
    const c = hstack(auto('Frame'), { w: 280, h: 72, pad: [0, 16, 0, 16], gap: 12, radius: 10, stroke: '#DCE2EA', fill: '#FFFFFF', type: 'INSTANCE', componentId: cardC.id }, kids);
    if (dest) oldLink(c, dest);
    return c;
  };
  const row = (cards) => hstack(auto('Frame'), { gap: 16 }, cards);
  const picker = screen('picker', 'Choose software', 1380, 0, [
    header(),
    at(vstack(auto('Auto layout'), { w: 1180, gap: 20 }, [
      text('Where do you keep your numbers?', { size: 28, weight: 700, color: INK }),
      text('Accounting software', { size: 18, weight: 600, color: INK }),
      row([
        card('Xero', '0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5', '@hub'),
        card('QuickBooks Online', '1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6', '@hub'),
        card('Sage Business Cloud Accounting', '2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f7', '@hub'),
        card('Sage 50cloud Accounts', '3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708', '@hub'),
      ]),
      text('Bank accounts', { size: 18, weight: 600, color: INK }),
      row([
        card('HSBC UK Business', '405162738495a6b7c8d9e0f1a2b3c4d5e6f70819', '@hub'),
        card('Barclays Business', '5162738495a6b7c8d9e0f1a2b3c4d5e6f708192a', '@hub'),
        card('Lloyds Bank Business', '62738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b', '@hub'),
        card('NatWest Business', '738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c', '@hub'),
      ]),
    ]), 50, 100),
  ]);

  const addMore = L.linkText('+ Add another account', { weight: 600, color: BLUE });
  click(addMore, '@picker');
  const toDash = primary('Go to dashboard');
  click(toDash, '@dashboard');
  const hubRow = (name, logoRef, p) => hstack(auto('Frame'), { w: 640, h: 68, pad: [0, 18, 0, 18], gap: 14, radius: 10, stroke: '#E6EAF0' }, [L.imgLogo(logoRef, 36), text(name, { size: 16, weight: 600, w: 330 }), p]);
  const hub = screen('hub', 'Connections hub', 2760, 0, [
    header(),
    at(vstack(auto('Auto layout'), { w: 640, gap: 16 }, [
      text('Your connections', { size: 28, weight: 700, color: INK }),
      hubRow('Xero', '0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5', pill('Connected ✓', '#E3F6EC', '#137A46')),
      hubRow('HSBC UK Business', '405162738495a6b7c8d9e0f1a2b3c4d5e6f70819', pill('Waiting for approval in HSBC', '#FFF4DB', '#8A5A00')),
      addMore,
      toDash,
    ]), 320, 120),
  ]);

  const sendInvite = L.btnShape('Send invite', { w: 180, h: 44, fill: BLUE, radius: 22, shape: 'RECTANGLE' });
  back(sendInvite);
  const inviteScreen = screen('invite', 'Invite accountant', 4140, 0, [
    header(),
    at(vstack(auto('Auto layout'), { w: 480, gap: 18 }, [
      text('Invite your accountant', { size: 28, weight: 700, color: INK }),
      text('They’ll get a secure link to connect your books. You can carry on setting up in the meantime.', { size: 16, color: MUTED, w: 480 }),
      field('Their email', 'e.g. sam@northbookkeeping.co.uk'),
      field('Message (optional)', 'Hi Sam — can you hook Xero up to Tradewind?'),
      sendInvite,
    ]), 400, 130),
  ]);

  const sec2 = frame('02 — Connect', { type: 'SECTION', x: 0, y: 1100, w: 5520, h: 960, fill: '#F0F0F0' }, [connect, picker, hub, inviteScreen].map((f) => (f._y += 80, f._x += 40, f)));

  // Section 03 — app
  const settingsNav = text('Settings', { size: 15, weight: 500, color: INK });
  click(settingsNav, '@integrations');
  const exposureBtn = secondary('Connect a bank account', { w: 240 });
  click(exposureBtn, '@picker');
  const ndaLink = L.linkText('Request a mutual NDA', { underline: true, color: BLUE });
  click(ndaLink, '@nda', 'OVERLAY');
  const step = (s, ok) => hstack(auto('Frame'), { gap: 10 }, [ellipse({ w: 18, h: 18, fill: ok ? '#137A46' : '#FFFFFF', stroke: ok ? undefined : '#CBD3DD' }), text(s, { size: 14, color: ok ? MUTED : INK })]);
  const dashboard = screen('dashboard', 'Dashboard', 0, 0, [
    header([at(text('Payments', { size: 15, weight: 500, color: INK }), 880, 22), at(text('Rates', { size: 15, weight: 500, color: INK }), 980, 22), at(settingsNav, 1060, 22)]),
    at(hstack(auto('Frame'), { w: W - 80, h: 40, pad: [0, 16, 0, 16], radius: 8, fill: '#F3F6FF' }, [text('New: track containers door to door with PortLink — now in beta', { size: 14, color: INK })]), 40, 84),
    at(vstack('Setup', { w: 340, gap: 12, pad: 20, radius: 12, stroke: '#E6EAF0' }, [
      text('Get set up', { size: 17, weight: 600, color: INK }),
      hstack(auto('Frame'), { gap: 0 }, [rect({ w: 150, h: 8, radius: 4, fill: BLUE }), rect({ w: 150, h: 8, radius: 4, fill: '#E6EAF0' })]),
      text('2 of 4 done', { size: 13, color: MUTED }),
      step('Company details', true),
      step('Connect accounting', true),
      step('Connect a bank account', false),
      step('Make your first payment', false),
    ]), 40, 148),
    at(frame(auto('Frame'), { w: 820, h: 330, radius: 12, stroke: '#E6EAF0' }, [
      at(text('FX exposure by currency', { size: 17, weight: 600, color: INK }), 24, 20),
      ...[0, 1, 2, 3, 4, 5].map((i) => at(rect({ w: 90, h: 30 + i * 18, radius: 4, fill: '#EEF1F5' }), 40 + i * 125, 280 - (30 + i * 18))),
      at(vstack(auto('Frame'), { w: 360, gap: 12, pad: 20, radius: 12, fill: '#FFFFFF', stroke: '#DCE2EA', align: 'center' }, [
        text('Connect a bank account to see how much of your cash is exposed to USD, EUR and CNY moves.', { size: 14, color: INK, w: 320, align: 'CENTER' }),
        exposureBtn,
      ]), 230, 90),
    ]), 410, 148),
    at(hstack(auto('Frame'), { w: 820, gap: 16, pad: 20, radius: 12, fill: '#F6F8FB' }, [
      vstack(auto('Frame'), { gap: 4 }, [text('Paying over £1m a year?', { size: 15, weight: 600 }), text('A named dealer, forward contracts, and we’re happy to sign a mutual NDA before you share supplier terms.', { size: 14, color: MUTED, w: 560 })]),
      ndaLink,
    ]), 410, 500),
  ]);

  const revoke = L.linkText('Revoke access', { color: '#C4320A' });
  click(revoke, '@revoke', 'OVERLAY');
  const integ = (name, meta, extra) => hstack(auto('Frame'), { w: 900, h: 80, pad: [0, 20, 0, 20], gap: 16, radius: 10, stroke: '#E6EAF0' }, [
    vstack(auto('Frame'), { w: 680, gap: 4 }, [text(name, { size: 16, weight: 600 }), text(meta, { size: 13, color: MUTED, w: 660 })]),
    ...(extra ? [extra] : []),
  ]);
  const integrations = screen('integrations', 'Settings — Integrations', 1380, 0, [
    header(),
    at(vstack(auto('Frame'), { w: 200, gap: 16 }, ['Team', 'Integrations', 'Beneficiaries', 'Billing', 'Security'].map((s) => text(s, { size: 15, weight: s === 'Integrations' ? 600 : 400, color: s === 'Integrations' ? BLUE : INK }))), 40, 110),
    at(vstack(auto('Auto layout'), { w: 900, gap: 14 }, [
      text('Integrations', { size: 26, weight: 700, color: INK }),
      integ('Xero — Harbour Home Imports Ltd', 'Connected 2 Mar 2026 · last synced today 09:41 · reads bills & suppliers, writes payments · GBP, EUR, USD', revoke),
      integ('HSBC UK Business ••2231', 'Connected 2 Mar 2026 · last synced today 08:00 · GBP current account'),
      vstack(auto('Frame'), { w: 900, gap: 6, pad: 20, radius: 10, stroke: '#F5C8B8' }, [text('Close your Tradewind account', { size: 15, weight: 600, color: '#C4320A' }), text('Outstanding forward contracts must settle first.', { size: 13, color: MUTED })]),
    ]), 300, 110),
  ]);

  const cancelRevoke = secondary('Keep it', { w: 140 });
  close(cancelRevoke);
  const confirmRevoke = L.btnFrame('Revoke', { w: 140, h: 44, fill: '#C4320A', radius: 22 });
  close(confirmRevoke);
  const revokeModal = screen('revoke', 'Modal — revoke Xero', 2760, 0, [
    at(rect({ w: W, h: H, fill: '#0B1F33', opacity: 0.5, name: 'overlay' }), 0, 0),
    at(vstack(auto('Frame'), { w: 480, gap: 16, pad: 32, radius: 16, fill: '#FFFFFF' }, [
      text('Revoke Xero access?', { size: 22, weight: 700, color: INK }),
      text('Bills will stop syncing and payments won’t be posted back to Xero.', { size: 15, color: MUTED, w: 416 }),
      hstack(auto('Frame'), { gap: 12 }, [cancelRevoke, confirmRevoke]),
    ]), 400, 250),
  ], { noChat: true });

  const sendNda = primary('Send request', { w: 200 });
  click(sendNda, '@dashboard');
  const nda = screen('nda', 'Mutual NDA request', 4140, 0, [
    header(),
    at(vstack(auto('Auto layout'), { w: 520, gap: 16 }, [
      text('Mutual NDA', { size: 28, weight: 700, color: INK }),
      text('Our standard two-way NDA covers your supplier terms and our pricing. A dealer will send it for e-signature within one working day.', { size: 15, color: MUTED, w: 520 }),
      field('Signatory name', 'Priya Shah'),
      field('Signatory email', 'priya@harbourhome.co.uk'),
      sendNda,
    ]), 380, 120),
  ]);

  const sec3 = frame('03 — App', { type: 'SECTION', x: 0, y: 2200, w: 5520, h: 960, fill: '#F0F0F0' }, [dashboard, integrations, revokeModal, nda].map((f) => (f._y += 80, f._x += 40, f)));

  const flowPage = L.canvas('Flow — onboarding v3', { id: '0:2', bg: '#E5E5E5', start: '@signup' }, [sec1, sec2, sec3]);

  // ---- Cover (1:x), archive (4:x) ----
  L.setPage(1);
  const cover = L.canvas('Cover', { id: '0:1' }, [frame('Cover', { w: 1920, h: 960, fill: BLUE }, [at(text('Tradewind — Onboarding v3', { size: 88, weight: 700, color: '#FFFFFF', w: 1500 }), 120, 360), at(text('In review · FX squad', { size: 32, color: '#DCE4FF' }), 120, 500)])]);
  L.setPage(4);
  const oldConnect = L.btnFrame('Connect Xero', { w: 200, h: 44, fill: '#13B5EA', radius: 4 });
  const archive = L.canvas('Archive (do not use)', { id: '0:4' }, [
    frame('v2 — Sign up', { x: 0, y: 0, w: W, h: H, fill: '#FFFFFF' }, [at(text('Get a better rate than your bank', { size: 36, weight: 700 }), 80, 140), at(L.btnFrame('Sign up free', { w: 200, h: 44 }), 80, 240)]),
    frame('v2 — Xero', { x: 1380, y: 0, w: W, h: H, fill: '#FFFFFF' }, [at(text('Sync with Xero', { size: 36, weight: 700 }), 80, 140), at(oldConnect, 80, 240)]),
  ]);

  const document = { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, componentsPage, flowPage, archive] };
  const file = L.fileShell('Tradewind / Onboarding v3 (desktop)', document, L.registry.components, L.registry.componentSets);
  const keys = L.finish(file);
  const cta = ['connect', 'picker', 'hub', 'dashboard', 'invite'].map((k) => keys.get(k));
  const flow = L.flowFacts(flowPage, keys.get('signup'), cta);
  return { file, flowPage, flow, ctaFrames: cta };
}

export const truthBody = {
  kind: 'onboarding',
  description:
    'Desktop (1280x800) onboarding for a UK foreign-exchange payments service aimed at small importers. Sign-up, email check, a Companies House lookup and a trade profile come before a screen asking the importer to connect accounting software (Xero, QuickBooks Online, Sage); then a grouped picker with bank accounts, a connections hub, a dashboard and Settings › Integrations. Screens sit in three sections; there is a components page and an archive page; the prototype start is set with prototypeStartNodeID.',
  present: [
    'funnel.cta-visible', 'funnel.social-proof',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.connection-guide', 'privacy.statistics', 'privacy.mutual-nda',
    'platform.grouped-categories', 'platform.accurate-branding', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.prefill',
    'value.faq-link',
    'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.powered-by',
    'platform.explain-redirect', 'platform.search', 'platform.alternatives',
    'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.three-actions': 'Sign-up → check inbox → company details → trade profile → connect: four steps.',
    'funnel.prefill': 'The only prefilled form is filled from Companies House before any connection, not from connected data.',
    'funnel.social-proof': 'Quote from a named finance director on the sign-up screen.',
    'value.three-part': 'Benefit headline and copy, a "How we use your data" box, and one "Connect accounting software" button.',
    'value.contextual-ctas': 'Empty FX-exposure chart on the dashboard asks to connect a bank account.',
    'value.progress-meter': 'Dashboard "Get set up" bar, 2 of 4, with connect steps ticked off.',
    'privacy.data-scope': 'Reads bills, suppliers and bank details; posts payments back with rate and fees.',
    'privacy.connection-guide': '"Step-by-step guide: connecting Xero, QuickBooks or Sage" link on the connect screen.',
    'privacy.statistics': '"9,000+ UK importers moved £2.1bn".',
    'privacy.mutual-nda': 'Dashboard card and a "Mutual NDA" request screen.',
    'privacy.disconnect-anytime': 'The only disconnect copy is a hidden layer.',
    'privacy.consent-action': 'Cards go straight to the hub; no checkbox or consent step.',
    'platform.non-linear': '"Invite your accountant or bookkeeper" with a separate invite screen.',
    'platform.multiple-connections': 'Hub shows Connected ✓ and "Waiting for approval in HSBC" with "+ Add another account".',
    'connection.view-live': 'Integrations list connect date, last sync, data direction and currencies.',
    'connection.delete': '"Revoke access" with a confirm modal ("Close your Tradewind account" is a look-alike).',
  },
};
