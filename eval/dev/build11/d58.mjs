import { begin, setPrefix, setFont, g, solid, frame, rect, vector, text, group, section, vstack, hstack, component, componentSet, instance, link, act, button, field, checkbox, logo, spinner, line, hide, canvas, documentOf } from './lib.mjs';
import { truthOf } from './truth.mjs';

export const NAME = 'd58-brewery-invoicing-desktop';

export function build() {
  begin(5801, 1);
  setFont('DM Sans');
  const W = 1440;
  const H = 1024;
  const ink = '#1D1A16';
  const amber = '#B8641B';
  const muted = '#6B645C';

  // Components page
  setPrefix(3);
  const btnDef = component('Property 1=Default', 220, 48, { fills: solid(amber), cornerRadius: 8 }, [text('Button', 70, 14, 80, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
  const btnHover = component('Property 1=Hover', 220, 48, { fills: solid('#8F4C12'), cornerRadius: 8 }, [text('Button', 70, 14, 80, { size: 15, weight: 600, color: '#FFFFFF', align: 'CENTER' })]);
  const btnSet = componentSet('Comp / Action / Large', 40, 40, [btnDef, btnHover]);
  const cbOff = component('Property 1=Off', 20, 20, { fills: solid('#FFFFFF'), strokes: solid('#98A2B3'), cornerRadius: 4 }, []);
  const cbOn = component('Property 1=On', 20, 20, { fills: solid(amber), cornerRadius: 4 }, [vector('Vector', 4, 5, 12, 9, { fills: solid('#FFFFFF') })]);
  const cbSet = componentSet('tick', 340, 40, [cbOff, cbOn]);
  const tileComp = component('tile/software', 180, 72, { fills: solid('#FFFFFF'), strokes: solid('#E4DED6'), cornerRadius: 10 }, [rect('logo', 16, 20, 32, 32, { fills: solid('#CCCCCC') }), text('Name', 60, 26, 110, { size: 14 })], 'Software tile used in the link modal');
  const compPage = canvas('🧩 Components', [btnSet, cbSet, frame('tiles', 600, 40, 260, 140, { fills: solid('#FFFFFF') }, [tileComp])], { prefix: 3 });
  tileComp._x = 40;
  tileComp._y = 30;

  // Flow page
  setPrefix(7);
  const sidebar = (active) => {
    const items = ['Overview', 'Invoices', 'Customers', 'Reminders', 'Reports', 'Settings'].map((t) =>
      frame(g('Frame'), 0, 0, 208, 40, { fills: t === active ? solid('#F3E7DA') : [], cornerRadius: 6 }, [vector('Vector', 12, 12, 16, 16, { fills: solid(muted) }), text(t, 40, 10, 150, { size: 14, weight: t === active ? 600 : 400, color: t === active ? amber : ink })]));
    const nav = vstack('Auto layout', 16, 96, 208, { gap: 4 }, items);
    const side = frame('Sidebar', 0, 0, 240, H, { fills: solid('#FBF8F4'), strokes: solid('#ECE5DC') }, [
      group(g('Group'), 24, 28, [vector('Vector', 0, 0, 28, 28, { fills: solid(amber) }), text('Barrelhouse', 38, 2, 140, { size: 18, weight: 700 })]),
      nav,
      text('Hop & Hollow Brewing Ltd', 24, H - 60, 200, { size: 13, color: muted }),
    ]);
    return { side, items };
  };
  const topbar = (title) => frame(g('Frame'), 240, 0, W - 240, 72, { fills: solid('#FFFFFF'), strokes: solid('#ECE5DC') }, [
    text(title, 40, 22, 400, { size: 22, weight: 700 }),
    rect(g('Rectangle'), W - 240 - 72, 16, 40, 40, { fills: solid('#E9D8C4'), cornerRadius: 20 }),
    text('HO', W - 240 - 62, 27, 20, { size: 13, weight: 600, color: amber }),
  ]);

  // S1 sign up
  const toPricing = button('link', 'Pricing', W - 300, 36, 60, {});
  const createBtn = button('inst', 'Create my account', 0, 0, 440, 52, { comp: btnDef, bg: amber, name: 'cta/primary' });
  const form = vstack('Auto layout', 0, 0, 440, { gap: 20 }, [
    text('Create your Barrelhouse account', 0, 0, 440, { size: 28, weight: 700 }),
    text('Credit control made for independent breweries — get your invoices out of the spreadsheet and your money into the bank.', 0, 0, 440, { size: 15, color: muted }),
    field('Your name', 'e.g. Hannah Okafor', 0, 0, 440),
    field('Work email', 'you@yourbrewery.co.uk', 0, 0, 440),
    field('Password', 'At least 10 characters', 0, 0, 440),
    hstack('Auto layout', 0, 0, 440, { gap: 10 }, [checkbox('inst', 0, 0, false, cbOff), text('Send me the occasional round-up of credit-control tips for the drinks trade', 0, 0, 400, { size: 13, color: muted })]),
    createBtn,
    text('Already have an account?\u00a0Sign in', 0, 0, 440, { size: 14, color: muted, align: 'CENTER' }),
  ]);
  const s1 = frame('Sign up', 0, 0, W, H, { fills: solid('#FFFFFF') }, [
    frame(g('Frame'), 0, 0, 620, H, { fills: solid('#2B1D12') }, [
      vector('Vector', 60, 60, 36, 36, { fills: solid('#E8A34F') }),
      text('★★★★★', 60, 640, 200, { size: 20, color: '#E8A34F' }),
      text('“We used to lose every Friday afternoon chasing pubs and bottle shops for money. Now the reminders go out on their own, and we actually get paid before the duty bill lands.”', 60, 680, 500, { size: 22, weight: 500, color: '#FFFFFF' }),
      text('Hannah Okafor — Co-founder, Ferry Lane Brewing Co.', 60, 860, 500, { size: 15, color: '#E9D8C4' }),
    ]),
    group(g('Group'), 700, 28, [text('Barrelhouse', 0, 8, 160, { size: 20, weight: 700 })]),
    toPricing,
    vstack('Frame 1', 760, 200, 440, { gap: 0 }, [form]),
    text('Questions before you start? Ring 0161 496 0723 or email hello@barrelhouse.co.uk', 700, H - 60, 660, { size: 13, color: muted }),
  ]);

  // S1b brewery details (blank form)
  const saveBtn = button('frame', 'Save and carry on', 0, 0, 200, 48, { bg: amber });
  const s1b = frame('Tell us about your brewery', 0, 0, W, H, { fills: solid('#FBF8F4') }, [
    vstack('Auto layout', 420, 120, 600, { gap: 24, pad: 40, fill: '#FFFFFF', radius: 16 }, [
      text('A little about your brewery', 0, 0, 520, { size: 26, weight: 700 }),
      text('We print these on your reminders and statements, so your customers know exactly who is asking.', 0, 0, 520, { size: 15, color: muted }),
      field('Trading name', 'e.g. Ferry Lane Brewing Co.', 0, 0, 520),
      hstack('Auto layout', 0, 0, 520, { gap: 16 }, [field('Companies House number', '8 digits', 0, 0, 252), field('VAT registration number', 'GB 123 4567 89', 0, 0, 252)]),
      field('Registered address', 'Start typing your postcode', 0, 0, 520),
      field('Roughly how many barrels do you brew a year?', 'Choose a range', 0, 0, 520),
      hstack('Auto layout', 0, 0, 520, { gap: 16 }, [saveBtn, text('I’ll do this later', 0, 14, 200, { size: 14, color: muted })]),
    ]),
  ]);

  // Pricing: dead end
  const s8 = frame('Pricing', 0, 0, W, H, { fills: solid('#FFFFFF') }, [
    text('Simple pricing for breweries of every size', 0, 120, W, { size: 34, weight: 700, align: 'CENTER' }),
    hstack('Auto layout', 180, 260, 1080, { gap: 24 }, ['Nano|£19 a month|Up to 50 invoices a month', 'Craft|£49 a month|Unlimited invoices, automatic reminders', 'Regional|£119 a month|Multiple sites, credit limits, priority phone line'].map((p) => {
      const [n, price, d] = p.split('|');
      return vstack(g('Frame'), 0, 0, 344, { gap: 12, pad: 28, fill: '#FBF8F4', radius: 14 }, [text(n, 0, 0, 280, { size: 20, weight: 700 }), text(price, 0, 0, 280, { size: 28, weight: 700, color: amber }), text(d, 0, 0, 280, { size: 14, color: muted })]);
    })),
    text('All prices exclude VAT. Billed monthly.', 0, 560, W, { size: 13, color: muted, align: 'CENTER' }),
  ]);

  // S2 dashboard with banner
  const dashSide = sidebar('Overview');
  const linkCta = button('frame', 'Link your accounting software', 0, 0, 280, 48, { bg: amber, name: 'Btn' });
  const hoverTarget = linkCta;
  const kpis = hstack('Auto layout', 40, 330, 1120, { gap: 20 }, ['Overdue|—', 'Due this week|—', 'Average days to pay|—', 'Reminders sent|0'].map((k) => {
    const [a, b] = k.split('|');
    return vstack(g('Frame'), 0, 0, 265, { gap: 8, pad: 20, fill: '#FFFFFF', radius: 12, stroke: '#ECE5DC' }, [text(a, 0, 0, 220, { size: 13, color: muted }), text(b, 0, 0, 220, { size: 26, weight: 700 })]);
  }));
  const s2 = frame('Dashboard – first visit', 0, 0, W, H, { fills: solid('#F7F3EE') }, [
    dashSide.side,
    topbar('Good morning, Hannah'),
    frame(g('Frame'), 240, 72, W - 240, H - 72, {}, [
      vstack('Banner', 40, 40, 1120, { gap: 14, pad: 32, fill: '#2B1D12', radius: 16 }, [
        text('🍻 Bring your sales ledger across to start chasing', 0, 0, 900, { size: 24, weight: 700, color: '#FFFFFF' }),
        text('Link the accounting software you already use and we’ll pull in your unpaid invoices, so the first polite reminders can go out this afternoon.', 0, 0, 900, { size: 15, color: '#E9D8C4' }),
        linkCta,
      ]),
      kpis,
      vstack(g('Frame'), 40, 470, 1120, { gap: 10, pad: 24, fill: '#FFFFFF', radius: 12 }, [
        text('Recent activity', 0, 0, 400, { size: 18, weight: 600 }),
        text('Nothing here yet — activity from your invoices and reminders will show up here.', 0, 0, 900, { size: 14, color: muted }),
      ]),
    ]),
  ]);

  // S3 modal
  const tile = (name, kind, ref, color) => {
    const t = instance(tileComp, pick2(name), 0, 0, 240, 72, { fills: solid('#FFFFFF'), strokes: solid('#E4DED6'), cornerRadius: 10 }, [logo(kind === 'image' ? g('Rectangle') : 'Vector', 16, 20, 32, 32, kind, ref, color), text(name, 60, 18, 170, { size: 14, weight: 500 })]);
    return t;
  };
  function pick2(n) {
    return n.length % 2 ? 'tile/software' : g('Frame');
  }
  const xeroTile = tile('Xero', 'image', 'f3a7c1e0b2d94e8a1c7b6d5e4f3a2b1c0d9e8f7a');
  const qboTile = tile('QuickBooks Online', 'vector', null, '#2CA01C');
  const sageTile = tile('Sage Business Cloud Accounting', 'image', '9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c');
  const faTile = tile('FreeAgent', 'vector', null, '#00A3E0');
  const shopTile = tile('Shopify', 'image', '0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d');
  const wooTile = tile('WooCommerce', 'vector', null, '#7F54B3');
  const closeX = vector('Vector', 660, 28, 16, 16, { fills: solid(muted) });
  const contBtn = button('inst', 'Continue', 0, 0, 200, 48, { comp: btnDef, bg: amber });
  const modalBody = vstack('Auto layout', 0, 0, 640, { gap: 18 }, [
    text('Link your books to Barrelhouse', 0, 0, 600, { size: 26, weight: 700 }),
    vstack(g('Frame'), 0, 0, 640, { gap: 6, pad: 16, fill: '#FBF8F4', radius: 10 }, [
      text('What you’ll get', 0, 0, 600, { size: 15, weight: 600 }),
      text('•  Every unpaid invoice in one place, aged and ready to chase\n•  Friendly, automatic reminders to the pubs, bottle shops and wholesalers who owe you\n•  A clear picture of who will pay before the next HMRC duty return', 0, 0, 600, { size: 14 }),
      text('How we’ll use it', 0, 0, 600, { size: 15, weight: 600 }),
      text('We read your sales invoices, customer contacts and payments from your accounting software. The only thing we ever send back is a note on an invoice when a reminder has gone out.', 0, 0, 600, { size: 14 }),
    ]),
    text('Accounting software', 0, 0, 600, { size: 18, weight: 600 }),
    hstack('Auto layout', 0, 0, 640, { gap: 12 }, [xeroTile, qboTile]),
    hstack('Auto layout', 0, 0, 640, { gap: 12 }, [sageTile, faTile]),
    text('Online shop', 0, 0, 600, { size: 18, weight: 600 }),
    hstack('Auto layout', 0, 0, 640, { gap: 12 }, [shopTile, wooTile]),
    text('Can’t see your package? Upload a CSV export of your aged debtors instead', 0, 0, 600, { size: 13, color: amber, deco: 'UNDERLINE' }),
    hstack('Auto layout', 0, 0, 640, { gap: 16 }, [contBtn, text('Not the one with the Xero login? Ask a teammate · Finish later', 0, 14, 420, { size: 13, color: muted })]),
    text('Everything travels over an encrypted connection, and we will never hand your figures to anyone else without asking you first. Changed your mind? You can unlink any package from Settings › Connections whenever you like and we stop reading from it straight away.', 0, 0, 600, { size: 12, color: muted }),
    hstack('Auto layout', 0, 0, 640, { gap: 24 }, [
      button('link', 'Step-by-step guide to linking your software', 0, 0, 300, { size: 13, color: amber, deco: 'UNDERLINE' }),
      button('link', 'Want to know more? Read the FAQs', 0, 0, 240, { size: 13, color: amber }),
    ]),
    text('Need a hand? Ring 0161 496 0723, email help@barrelhouse.co.uk or raise a support ticket', 0, 0, 600, { size: 12, color: muted }),
    hide(text('Trusted by 1,200 independent breweries', 0, 0, 600, { size: 12, color: muted })),
  ]);
  const s3 = frame('Modal / link software', 0, 0, 720, 1020, { fills: solid('#FFFFFF'), cornerRadius: 16, effects: [{ type: 'DROP_SHADOW', visible: true, color: { r: 0, g: 0, b: 0, a: 0.18 }, offset: { x: 0, y: 12 }, radius: 40, blendMode: 'NORMAL' }] }, [
    frame(g('Frame'), 40, 40, 640, 960, {}, [modalBody]),
    closeX,
  ]);

  // S4 explain redirect
  const goXero = button('group', 'Continue to Xero', 0, 0, 240, 50, { bg: '#13B5EA', name: 'Group 8' });
  const back4 = button('link', '← Back', 420, 140, 80, { color: muted });
  const s4 = frame('Before Xero', 0, 0, W, H, { fills: solid('#F7F3EE') }, [
    back4,
    vstack('Auto layout', 420, 200, 600, { gap: 20, pad: 40, fill: '#FFFFFF', radius: 16 }, [
      hstack('Auto layout', 0, 0, 520, { gap: 16 }, [vector('Vector', 0, 0, 40, 40, { fills: solid(amber) }), vector('Vector', 0, 16, 24, 8, { fills: solid('#C9C2B8') }), logo(g('Rectangle'), 0, 0, 40, 'image', 'f3a7c1e0b2d94e8a1c7b6d5e4f3a2b1c0d9e8f7a')]),
      text('Before we send you over to Xero', 0, 0, 520, { size: 24, weight: 700 }),
      text('1  We’ll open Xero’s own sign-in page in a new tab.\n2  Log in and choose the organisation your brewery trades as.\n3  Press “Allow access” — Xero then brings you straight back here.', 0, 0, 520, { size: 15, lines: 4 }),
      goXero,
    ]),
  ]);

  // S5 syncing
  const s5 = frame('Importing', 0, 0, W, H, { fills: solid('#F7F3EE') }, [
    vstack('Auto layout', 470, 300, 500, { gap: 18, pad: 40, fill: '#FFFFFF', radius: 16 }, [
      spinner(0, 0, 48, amber),
      text('Pulling in your invoices and contacts from Xero…', 0, 0, 420, { size: 20, weight: 600 }),
      text('This normally takes a minute or two. Feel free to put the kettle on.', 0, 0, 420, { size: 14, color: muted }),
    ]),
  ]);

  // S6 connections tab
  const setSide = sidebar('Settings');
  const tabs = (active) => hstack('Tabs', 40, 24, 600, { gap: 28 }, ['Account', 'Team', 'Connections', 'Billing'].map((t) => text(t, 0, 0, t.length * 9 + 8, { size: 15, weight: t === active ? 600 : 400, color: t === active ? amber : muted, deco: t === active ? 'UNDERLINE' : undefined })));
  const addAnother = button('link', '+ Add another connection', 0, 0, 240, { color: amber, weight: 600 });
  const backDash = button('link', 'Back to overview', 0, 0, 200, { color: muted });
  const disconnectBtn = button('outline', 'Disconnect', 0, 0, 130, 40, { stroke: '#D92D20', fg: '#D92D20' });
  const row = (kids) => hstack(g('Frame'), 0, 0, 1080, { gap: 20, pad: 20, fill: '#FFFFFF', radius: 12, stroke: '#ECE5DC' }, kids);
  const s6Tabs = tabs('Connections');
  const s6 = frame('Settings – Connections', 0, 0, W, H, { fills: solid('#F7F3EE') }, [
    setSide.side,
    topbar('Settings'),
    frame(g('Frame'), 240, 72, W - 240, H - 72, {}, [
      s6Tabs,
      vstack('Auto layout', 40, 90, 1080, { gap: 16 }, [
        text('Linked software', 0, 0, 600, { size: 20, weight: 700 }),
        row([
          logo(g('Rectangle'), 0, 0, 40, 'image', 'f3a7c1e0b2d94e8a1c7b6d5e4f3a2b1c0d9e8f7a'),
          vstack(g('Frame'), 0, 0, 560, { gap: 4 }, [text('Xero — Hop & Hollow Brewing Ltd', 0, 0, 560, { size: 16, weight: 600 }), text('First synced 14 March 2025 at 09:12 · Last synced 2 minutes ago · 312 invoices, 84 customers', 0, 0, 560, { size: 13, color: muted })]),
          text('Connected ✓', 0, 10, 110, { size: 13, weight: 600, color: '#067647' }),
          vector('Vector', 0, 10, 20, 20, { fills: solid(muted) }),
          disconnectBtn,
        ]),
        row([
          logo(g('Rectangle'), 0, 0, 40, 'image', '0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d'),
          vstack(g('Frame'), 0, 0, 560, { gap: 4 }, [text('Shopify — hopandhollow.myshopify.com', 0, 0, 560, { size: 16, weight: 600 }), text('Waiting for you to approve access in Shopify', 0, 0, 560, { size: 13, color: '#B54708' })]),
          text('Pending', 0, 10, 110, { size: 13, weight: 600, color: '#B54708' }),
        ]),
        addAnother,
        backDash,
      ]),
    ]),
  ]);

  // S10 invoices
  const invSide = sidebar('Invoices');
  const s10 = frame('Invoices', 0, 0, W, H, { fills: solid('#F7F3EE') }, [
    invSide.side,
    topbar('Invoices'),
    frame(g('Frame'), 240, 72, W - 240, H - 72, {}, [
      hstack('Auto layout', 40, 30, 1120, { gap: 16, pad: 16, fill: '#E9F0EC', radius: 10 }, [text('Connect with other brewers at BrewCon 2025 in Manchester — stands still available', 0, 0, 800, { size: 14 }), text('Book a stand', 0, 0, 120, { size: 14, weight: 600, color: amber })]),
      vstack(g('Frame'), 40, 110, 1120, { gap: 0, fill: '#FFFFFF', radius: 12 }, [
        hstack(g('Frame'), 0, 0, 1120, { gap: 0, pad: 16 }, ['Customer', 'Invoice', 'Due', 'Amount', 'Status'].map((c) => text(c, 0, 0, 210, { size: 12, weight: 600, color: muted }))),
        line('Line 3', 0, 0, 1120),
        vstack(g('Frame'), 0, 0, 1120, { gap: 12, pad: 60 }, [text('No invoices yet', 0, 0, 1000, { size: 18, weight: 600, align: 'CENTER' }), button('frame', 'Create an invoice', 440, 0, 200, 44, { bg: amber })]),
      ]),
    ]),
  ]);

  // S11 settings account
  const accSide = sidebar('Settings');
  const s11Tabs = tabs('Account');
  const s11 = frame('Settings – Account', 0, 0, W, H, { fills: solid('#F7F3EE') }, [
    accSide.side,
    topbar('Settings'),
    frame(g('Frame'), 240, 72, W - 240, H - 72, {}, [
      s11Tabs,
      vstack('Auto layout', 40, 90, 560, { gap: 16 }, [
        field('Name', 'Hannah Okafor', 0, 0, 560, { filled: true }),
        field('Email', 'hannah@ferrylane.beer', 0, 0, 560, { filled: true }),
        line('Line 4', 0, 0, 560),
        text('Delete account', 0, 0, 200, { size: 14, weight: 600, color: '#D92D20' }),
        text('Closes your Barrelhouse login for good. Your invoices stay in your own accounting software.', 0, 0, 560, { size: 13, color: muted }),
      ]),
    ]),
  ]);

  // S7 welcome email
  const emailCta = button('frame', 'Link my accounting software', 0, 0, 280, 48, { bg: amber, radius: 4 });
  const s7 = frame('Email – Welcome', 0, 0, 640, 980, { fills: solid('#FFFFFF') }, [
    frame(g('Frame'), 0, 0, 640, 80, { fills: solid('#2B1D12') }, [text('Barrelhouse', 40, 26, 200, { size: 20, weight: 700, color: '#FFFFFF' })]),
    vstack('Auto layout', 40, 120, 560, { gap: 20 }, [
      text('Welcome aboard, Hannah 🍺', 0, 0, 560, { size: 26, weight: 700 }),
      text('Getting paid on time takes three quick steps, and most breweries are done before their next brew day:', 0, 0, 560, { size: 15 }),
      text('1  Tell us a little about your brewery\n2  Link your accounting software so we can see who owes you\n3  Send your first friendly reminder', 0, 0, 560, { size: 15, lines: 3 }),
      emailCta,
      text('Rather we walked you through it? Reply to this email or call 0161 496 0723 and one of the team will help.', 0, 0, 560, { size: 14, color: muted }),
      text('Cheers,\nThe Barrelhouse team', 0, 0, 560, { size: 14 }),
    ]),
    text('You’re receiving this because you created a Barrelhouse account. Unsubscribe · Privacy', 40, 920, 560, { size: 11, color: muted }),
  ]);

  // Layout on the canvas
  const place = (f, x, y) => {
    f._x = x;
    f._y = y;
    return f;
  };
  const sec1 = section('01 · Sign-up', 0, 0, 3 * W + 400, H + 200, [place(s1, 100, 100), place(s1b, W + 200, 100), place(s8, 2 * W + 300, 100)]);
  const sec2 = section('02 · Linking', 0, H + 400, 4 * W + 500, 2 * H + 400, [place(s2, 100, 100), place(s3, W + 200, 100), place(s4, W + 1020, 100), place(s5, 2 * W + 1120, 100), place(s6, 100, H + 300)]);
  place(s10, 0, 3 * H + 1100);
  place(s11, W + 200, 3 * H + 1100);
  place(s7, 2 * W + 400, 3 * H + 1100);

  // Prototype
  link(toPricing, s8);
  link(createBtn, s1b);
  link(saveBtn, s2);
  link(linkCta, s3, 'OVERLAY');
  hoverTarget.interactions.push({ trigger: { type: 'ON_HOVER' }, actions: [{ type: 'NODE', destinationId: btnHover.id, navigation: 'CHANGE_TO', transition: null }] });
  link(dashSide.items[1], s10);
  link(dashSide.items[5], s11);
  link(invSide.items[0], s2);
  link(accSide.items[0], s2);
  link(s11Tabs.children[2], s6);
  link(s6Tabs.children[0], s11);
  act(closeX, 'CLOSE');
  link(xeroTile, s4);
  link(contBtn, s4);
  act(back4, 'BACK');
  link(goXero, s5);
  s5.interactions = [{ trigger: { type: 'AFTER_TIMEOUT', timeout: 2.5 }, actions: [{ type: 'NODE', destinationId: s6.id, navigation: 'NAVIGATE', transition: null }] }];
  link(addAnother, s3, 'OVERLAY');
  link(backDash, s2);
  act(emailCta, 'URL', { url: 'https://app.barrelhouse.co.uk/link' });

  const flowPage = canvas('🍺 Onboarding flow – v3', [sec1, sec2, s10, s11, s7], { prefix: 7, flows: [{ nodeId: s1.id, name: 'Sign-up to linking' }], bg: '#F0EDE9' });

  // Cover + archive
  setPrefix(1);
  const cover = canvas('Cover', [frame('Cover', 0, 0, 1920, 960, { fills: solid('#2B1D12') }, [text('Barrelhouse — onboarding & linking', 120, 380, 1400, { size: 64, weight: 700, color: '#FFFFFF' }), text('Status: ready for dev · Owner: Product design', 120, 500, 1000, { size: 24, color: '#E9D8C4' })])], { prefix: 1 });
  setPrefix(12);
  const archive = canvas('Archive – don’t use', [frame('Old link modal v1', 0, 0, 640, 600, { fills: solid('#FFFFFF') }, [text('Connect Xero', 40, 40, 400, { size: 24, weight: 700 }), button('frame', 'Connect', 40, 120, 160, 44, { bg: '#13B5EA' }), text('v1 — replaced by the link modal in v3', 40, 200, 500, { size: 14, color: muted })])], { prefix: 12 });

  const doc = documentOf({ name: 'Barrelhouse – Onboarding & linking (v3)', lastModified: '2025-03-18T10:41:07Z', version: '5822190331' }, [cover, flowPage, compPage, archive]);

  const P = (w) => ['P', w];
  const A = (w) => ['A', w];
  const truth = truthOf(`${NAME}.json`, 'onboarding',
    'Desktop (1440) onboarding for Barrelhouse, invoicing and credit control for UK craft breweries. Sign-up, a brewery details form, then a dashboard banner opens a modal to link accounting software (Xero, QuickBooks Online, Sage, FreeAgent) or an online shop (Shopify, WooCommerce); redirect explainer, import spinner, Settings › Connections tab, welcome email.',
    {
      'funnel.greeting-email': P('Welcome email frame: numbered 1-2-3 with linking the accounting software as step 2 and a "Link my accounting software" button.'),
      'funnel.three-actions': P('Sign-up → brewery details → dashboard with the linking banner: 2 steps.'),
      'funnel.cta-visible': P('The linking prompt is a large banner at the top of the dashboard’s main area.'),
      'funnel.social-proof': P('Sign-up screen carries a five-star testimonial from a brewery co-founder.'),
      'funnel.prefill': A('The brewery details form is blank and nothing is shown filled in from Xero after linking.'),
      'value.three-part': P('Modal: "What you’ll get" bullets, "How we’ll use it" paragraph, and tiles with a Continue button as the next step.'),
      'value.contextual-ctas': A('The Invoices screen’s empty state offers "Create an invoice" only; the BrewCon "Connect with other brewers" banner is an events advert.'),
      'value.faq-link': P('"Want to know more? Read the FAQs" link in the modal.'),
      'value.progress-meter': A('No progress bar, step counter or strength meter anywhere.'),
      'privacy.data-scope': P('"We read your sales invoices, customer contacts and payments … the only thing we ever send back is a note on an invoice" — categories and direction.'),
      'privacy.trust-language': P('"encrypted connection … never hand your figures to anyone else without asking you first".'),
      'privacy.consent-action': A('No checkbox or consent step before linking; the only checkbox on sign-up is a newsletter opt-in.'),
      'privacy.disconnect-anytime': P('"You can unlink any package from Settings › Connections whenever you like".'),
      'privacy.connection-guide': P('"Step-by-step guide to linking your software" link in the modal.'),
      'privacy.statistics': A('No hard figures; the "Trusted by 1,200 independent breweries" line is a hidden layer.'),
      'privacy.support-contacts': P('Phone, support email and a support-ticket option in the modal; phone/email also on sign-up and the welcome email.'),
      'privacy.powered-by': A('No "Powered by" mark.'),
      'privacy.mutual-nda': A('No NDA offer.'),
      'platform.explain-redirect': P('"Before we send you over to Xero" screen: open Xero sign-in in a new tab, Allow access, brought straight back.'),
      'platform.grouped-categories': P('Modal groups tiles under "Accounting software" and "Online shop".'),
      'platform.accurate-branding': P('Full names with logos: QuickBooks Online, Sage Business Cloud Accounting, Xero, FreeAgent, Shopify, WooCommerce.'),
      'platform.search': A('No search over the six tiles.'),
      'platform.alternatives': P('"Can’t see your package? Upload a CSV export of your aged debtors instead".'),
      'platform.non-linear': P('"Not the one with the Xero login? Ask a teammate · Finish later".'),
      'platform.multiple-connections': P('Connections tab: Xero "Connected ✓", Shopify "Pending" awaiting approval, "+ Add another connection".'),
      'connection.view-live': P('Connections tab lists Xero with first synced / last synced times and linked data counts.'),
      'connection.delete': P('"Disconnect" button on the Xero row.'),
      'connection.syncing-indicator': P('Spinner with "Pulling in your invoices and contacts from Xero…".'),
    },
    { startFrameId: s1.id, connectFrameId: s2.id, stepsToConnect: 2, deadEnds: [s8.id] });
  const ctaFrames = [s2.id, s3.id, s4.id, s6.id, s7.id];
  return { doc, truth, ctaFrames };
}
