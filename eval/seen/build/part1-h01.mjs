// h01-lending-mobile: US small-business lending app, iOS 390x844, wordy copy.
import { Builder, ui, image, finish } from './part1-lib.mjs';

export function build() {
  const b = new Builder(101);
  const T = { primary: '#0B5FFF', link: '#0B5FFF' };
  const u = ui(b, T);
  const NB = '\u00A0';

  // ---------------- Components page ----------------
  b.setPrefix(3);
  b.registerComponentSet('set.button', 'Button');
  b.registerComponent('cmp.btnPrimary', 'Type=Primary, Size=Large', { setKey: 'set.button' });
  b.registerComponent('cmp.btnSecondary', 'Type=Secondary, Size=Large', { setKey: 'set.button' });
  b.registerComponent('cmp.tab', 'Tab bar item');
  b.registerComponent('cmp.remoteAction', 'Comp / Action / Large', { remote: true, description: 'From the Harbor DS library' });
  const componentsPage = {
    id: '3:0', name: 'Components',
    children: [
      b.componentSet('set.button', 'Button', { x: 0, y: 0, layout: 'V', gap: 24, pad: 24, stroke: '#9747FF', radius: 5 }, [
        b.component('cmp.btnPrimary', 'Type=Primary, Size=Large', { layout: 'H', justify: 'CENTER', align: 'CENTER', w: 327, h: 52, fill: T.primary, radius: 12 }, [b.text('Continue', { size: 16, weight: 600, color: '#FFFFFF', hug: true })]),
        b.component('cmp.btnSecondary', 'Type=Secondary, Size=Large', { layout: 'H', justify: 'CENTER', align: 'CENTER', w: 327, h: 52, stroke: T.primary, radius: 12 }, [b.text('Continue', { size: 16, weight: 600, color: T.primary, hug: true })]),
      ]),
      b.component('cmp.tab', 'Tab bar item', { x: 420, y: 0, layout: 'V', align: 'CENTER', gap: 4, w: 78, h: 56 }, [b.vector(null, 24, 24, { fill: '#6B7280' }), b.text('Label', { size: 11, hug: true })]),
    ],
  };

  // ---------------- Flow page ----------------
  b.setPrefix(1);
  const appBar = (backable = true, o = {}) => {
    const arrow = b.vector(null, 10, 18, { fill: '#111827' });
    if (backable) b.back(arrow);
    return b.row(b.auto('Frame'), { h: 44, gap: 12, justify: 'SPACE_BETWEEN' }, [
      backable ? arrow : b.rect(null, 10, 18, { opacity: 0 }),
      b.row(b.auto('Frame'), { gap: 6, hug: true }, [b.vector('logo', 20, 20, { fill: T.primary }), b.text('LoanConnect', { size: 17, weight: 700, hug: true })]),
      o.right ?? b.vector(null, 20, 20, { fill: '#6B7280' }),
    ]);
  };

  // 1. Sign-up (flow start)
  const rates = u.link(`\u200BSee rates & terms`);
  b.go(rates, 'rates');
  const createBtn = u.btnInstance('Create account', 'cmp.btnPrimary', { name: 'Btn' });
  b.go(createBtn, 'business');
  const signup = u.mobile('signup', 'Sign up', { x: 0, y: 0 }, [
    appBar(false),
    b.col(b.auto('Frame'), { gap: 8 }, [
      u.heading("Let's get your business funded", { size: 28 }),
      u.body("Create your free account to start a loan application. It usually takes about eight minutes, and checking your rate won't affect your personal or business credit score."),
    ]),
    b.col(b.auto('Frame'), { gap: 14 }, [
      u.input('Work email', 'you@company.com', { placeholder: true }),
      u.input('Create a password', '••••••••••', {}),
    ]),
    createBtn,
    rates,
    b.col(b.auto('Frame'), { gap: 8, pad: 16, fill: '#F8FAFC', radius: 14 }, [
      b.text('★★★★★', { size: 16, color: '#F59E0B' }),
      b.text('“We had working capital in our account four days after applying. Honestly, the whole process was painless, and nobody asked me to dig out three years of tax returns.”', { size: 14, italic: true, color: '#1F2937', lh: 1.5 }),
      b.text('— Maria Alvarez, Owner, Alvarez Family Bakery', { size: 13, weight: 600, color: '#374151' }),
      b.text('Rated 4.8 by 3,100 business owners on the App Store', { size: 12, color: '#6B7280' }),
    ]),
    b.text('By creating an account you agree to our Terms and Privacy Policy.', { size: 12, color: '#6B7280' }),
  ], []);
  signup.overflowDirection = 'VERTICAL_SCROLLING';

  // 1b. Dead end: rates & terms (only BACK)
  const ratesFrame = u.mobile('rates', 'Rates & terms', { x: 0, y: 1000 }, [
    appBar(true),
    u.heading('Rates & terms', { size: 26 }),
    u.body('Term loans from $10,000 to $500,000 with terms of 6 to 36 months. Rates start at 8.9% APR and depend on your business’s revenue, time in business and credit history. There are no prepayment penalties, and you can pay off your loan early at any time.'),
    u.body('Lines of credit from $5,000 to $150,000. You only pay interest on what you draw, and your limit is reviewed every six months.'),
    u.body('All loans are made by Harbor Lending, LLC. Loan approval is not guaranteed. Terms shown are for illustration only and may change without notice.', { size: 12 }),
  ]);

  // 2. Business details
  const contBiz = u.btnFrame('Continue', { name: b.auto('Frame') });
  b.go(contBiz, 'connect');
  const business = u.mobile('business', 'Business details', { x: 470, y: 0 }, [
    appBar(true),
    b.col(b.auto('Frame'), { gap: 6 }, [
      b.text('Step 1 of 3', { size: 13, weight: 600, color: T.primary }),
      u.progress(0.33, 342),
    ]),
    u.heading('Tell us a little about your business'),
    b.col(b.auto('Frame'), { gap: 14 }, [
      u.input('Legal business name', 'e.g. Alvarez Family Bakery LLC', { placeholder: true }),
      u.input('Business type', 'Select one', { placeholder: true, trailing: b.vector(null, 12, 8, { fill: '#6B7280' }) }),
      u.input('How long have you been in business?', 'Select one', { placeholder: true, trailing: b.vector(null, 12, 8, { fill: '#6B7280' }) }),
      u.input('How much would you like to borrow?', '$50,000', {}),
    ]),
    contBiz,
    b.text('Not the right person? Invite a colleague · Save and finish later', { size: 13, color: T.link, align: 'CENTER' }),
  ]);

  // 3. Connect prompt (value exchange) — the connect frame
  const faq = u.link('Want to know more? Read our FAQs');
  b.url(faq, 'https://harborlending.example/help/faq');
  const guide = u.link('Step-by-step guide: how to connect your accounting software');
  b.url(guide, 'https://harborlending.example/help/connect-your-accounting-software');
  const policy = u.link('Data Privacy Policy', { size: 13 });
  b.url(policy, 'https://harborlending.example/legal/data-privacy');
  const connectCta = u.btnGroup(`Connect${NB}your accounting platform`, { name: b.auto('Group'), w: 342 });
  b.go(connectCta, 'platforms');
  const valueRow = (n, title, textv) => b.row(b.auto('Frame'), { gap: 12, align: 'MIN' }, [
    b.frame(b.auto('Frame'), { layout: 'H', justify: 'CENTER', align: 'CENTER', w: 28, h: 28, fill: '#E8F0FF', radius: 14 }, [b.text(String(n), { size: 13, weight: 700, color: T.primary, hug: true })]),
    b.col(b.auto('Frame'), { gap: 2, grow: true }, [b.text(title, { size: 15, weight: 600 }), b.text(textv, { size: 14, color: '#4B5563', lh: 1.45 })]),
  ]);
  const connect = u.mobile('connect', 'Connect accounting', { x: 940, y: 0, h: 844 }, [
    appBar(true),
    b.col('Strength', { gap: 6, pad: 12, fill: '#F8FAFC', radius: 12 }, [
      b.row(b.auto('Frame'), { justify: 'SPACE_BETWEEN' }, [b.text('Application strength', { size: 13, weight: 600, hug: true }), b.text('Fair', { size: 13, weight: 600, color: '#D97706', hug: true })]),
      u.progress(0.35, 318, { fill: '#F59E0B' }),
      b.text('Connect your books to strengthen your application', { size: 12, color: '#6B7280' }),
    ]),
    u.heading('Connect your accounting software for a faster decision', { size: 22 }),
    b.col(b.auto('Frame'), { gap: 12 }, [
      valueRow(1, 'What you get', 'A lending decision in as little as 24 hours, with no spreadsheets or tax returns to upload.'),
      valueRow(2, 'How we use your data', 'We read your profit and loss, balance sheet and open invoices from your accounting platform to assess your financial health and calculate a risk score. Data only travels one way, from your software to Harbor: we never write to your books.'),
      valueRow(3, 'What to do next', 'Tap the button below and choose your accounting software.'),
    ]),
    b.col(b.auto('Frame'), { gap: 4 }, [
      b.text('🔒 Bank-level encryption', { size: 13, weight: 600, color: '#047857' }),
      b.text('Your data is encrypted in transit and at rest and is never shared with third parties without your consent. You can disconnect at any time from Settings › Connected accounts, even after your loan is funded.', { size: 12, color: '#4B5563', lh: 1.45 }),
      b.text('More than 52,000 small businesses trust Harbor to keep their financial data safe.', { size: 12, color: '#4B5563' }),
    ]),
    b.row(b.auto('Frame'), { gap: 10, align: 'MIN' }, [
      u.checkbox('rect'),
      b.col(b.auto('Frame'), { gap: 2, grow: true }, [
        b.text('I agree to share my accounting data with Harbor for this application, as described in the', { size: 13, color: '#374151' }),
        policy,
      ]),
    ]),
    connectCta,
    b.col(b.auto('Frame'), { gap: 6, align: 'CENTER' }, [faq, guide]),
    b.group('Powered by', { visible: false }, [b.text('Powered by', { x: 0, y: 2, size: 11, color: '#9CA3AF' }), b.vector('codat', 48, 14, { x: 64, y: 2, fill: '#9CA3AF' }), b.text('Powered by Codat', { x: 0, y: 20, size: 11, color: '#9CA3AF' })]),
  ], []);
  connect.overflowDirection = 'VERTICAL_SCROLLING';

  // 4. Platform selection
  const card = (label, logo, dest) => {
    const c = b.row(b.auto('Frame'), { gap: 12, pad: [12, 14], fill: '#FFFFFF', stroke: '#E5E7EB', radius: 12 }, [
      logo,
      b.text(label, { size: 15, weight: 500, grow: true }),
      b.vector(null, 7, 12, { fill: '#9CA3AF' }),
    ]);
    if (dest) b.overlay(c, dest);
    return c;
  };
  const upload = u.link("Can't find your software? Upload your last 12 months of financial statements (PDF or CSV) instead.", { hug: false, underline: false });
  b.go(upload, 'upload');
  const saveLater = b.text('Not the right person? Invite a colleague · Save and finish later', { size: 13, color: T.link, align: 'CENTER' });
  const platforms = u.mobile('platforms', 'Choose software', { x: 1410, y: 0, h: 844 }, [
    appBar(true),
    u.heading('Choose your software', { size: 24 }),
    u.search('Search 40+ apps'),
    b.col(b.auto('Frame'), { gap: 10 }, [
      b.text('Accounting', { size: 20, weight: 700 }),
      card('QuickBooks', u.logo('vector', '#2CA01C', 32), 'redirect'),
      card('Xero', u.logo('vector', '#13B5EA', 32), 'redirect'),
      card('Sage', u.logo('vector', '#00D639', 32), 'redirect'),
      card('FreshBooks', u.logo('vector', '#0075DD', 32), 'redirect'),
    ]),
    b.col(b.auto('Frame'), { gap: 10 }, [
      b.text('Bank accounts', { size: 20, weight: 700 }),
      card('Chase', u.logo('vector', '#117ACA', 32), 'redirect'),
      card('Bank of America', u.logo('vector', '#E31837', 32), 'redirect'),
      card('Wells Fargo', u.logo('vector', '#D71E28', 32), null),
    ]),
    upload,
    saveLater,
    b.text('Questions? Call (888) 555-0142, email help@harborlending.com or chat with us, Monday to Friday, 8am–8pm ET.', { size: 12, color: '#6B7280', align: 'CENTER' }),
  ]);
  platforms.overflowDirection = 'VERTICAL_SCROLLING';

  // 4b. Upload alternative
  const upBtn = u.btnInstance('Upload files', 'cmp.btnPrimary');
  b.go(upBtn, 'status');
  const uploadFrame = u.mobile('upload', 'Upload statements', { x: 1410, y: 1000 }, [
    appBar(true),
    u.heading('Upload your financial statements'),
    u.body('Add your profit and loss statement and balance sheet for the last 12 months. We accept PDF, CSV and XLSX files up to 25 MB each.'),
    b.col(b.auto('Frame'), { h: 180, justify: 'CENTER', align: 'CENTER', gap: 8, stroke: '#93C5FD', radius: 14, fill: '#F8FAFC' }, [
      b.vector(null, 32, 32, { fill: T.primary }), b.text('Tap to choose files', { size: 15, weight: 600, color: T.primary, hug: true }),
    ]),
    upBtn,
  ]);

  // 5. Redirect explanation (overlay bottom sheet)
  const goQbo = u.btnInstance('Continue to QuickBooks', 'cmp.remoteAction', { name: 'Comp / Action / Large' });
  b.go(goQbo, 'syncing');
  const cancel = b.text('Cancel', { size: 16, weight: 600, color: '#374151', align: 'CENTER' });
  b.close(cancel);
  const redirect = b.frame('Sheet / Redirect', { id: b.fid('redirect'), x: 1880, y: 420, w: 390, h: 424, fill: '#FFFFFF', radius: 20, clip: true }, [
    b.rect(null, 36, 5, { x: 177, y: 8, fill: '#D1D5DB', radius: 3 }),
    b.col(b.auto('Frame'), { x: 0, y: 24, w: 390, pad: [8, 24, 24, 24], gap: 16 }, [
      b.row(b.auto('Frame'), { gap: 12, justify: 'CENTER' }, [u.logo('vector', T.primary, 40), b.vector(null, 24, 8, { fill: '#9CA3AF' }), u.logo('vector', '#2CA01C', 40)]),
      u.heading("You'll sign in with QuickBooks", { size: 20 }),
      u.body("You'll be redirected to QuickBooks to sign in and authorize Harbor to read your accounting data. When you're done, you'll be brought straight back here to finish your application."),
      goQbo,
      cancel,
    ]),
  ]);
  redirect.overlayPositionType = 'BOTTOM_CENTER';
  redirect.overlayBackground = { type: 'SOLID_COLOR', color: { r: 0, g: 0, b: 0, a: 0.4 } };
  redirect.overlayBackgroundInteraction = 'CLOSE_ON_CLICK_OUTSIDE';

  // 6. Syncing
  const syncing = u.mobile('syncing', 'Syncing', { x: 2350, y: 0 }, [
    appBar(false),
    b.col(b.auto('Frame'), { h: 560, justify: 'CENTER', align: 'CENTER', gap: 20 }, [
      u.spinner(56),
      b.text('Syncing your QuickBooks data…', { size: 20, weight: 700, hug: true }),
      b.text('This usually takes less than a minute. Please keep the app open.', { size: 14, color: '#6B7280', align: 'CENTER' }),
    ]),
  ]);
  b.after(syncing, 'status', 2500);

  // 7. Status: multiple connections
  const addAnother = b.row(b.auto('Frame'), { gap: 8, pad: [14, 16], stroke: '#CBD5E1', radius: 12 }, [b.text('+', { size: 18, weight: 600, color: T.primary, hug: true }), b.text('Add another account', { size: 15, weight: 600, color: T.primary, hug: true })]);
  b.go(addAnother, 'platforms');
  const contStatus = u.btnGroup('Continue', { vector: true, w: 342, name: 'cta/primary' });
  b.go(contStatus, 'review');
  const statusRow = (name, sub, badge) => b.row(b.auto('Frame'), { gap: 12, pad: [12, 14], stroke: '#E5E7EB', radius: 12 }, [
    u.logo('vector', '#64748B', 32),
    b.col(b.auto('Frame'), { gap: 2, grow: true }, [b.text(name, { size: 15, weight: 600 }), b.text(sub, { size: 12, color: '#6B7280' })]),
    badge,
  ]);
  const status = u.mobile('status', 'Accounts', { x: 2820, y: 0 }, [
    appBar(true),
    u.heading('Your connected accounts'),
    b.col('Strength', { gap: 6, pad: 12, fill: '#F0FDF4', radius: 12 }, [
      b.row(b.auto('Frame'), { justify: 'SPACE_BETWEEN' }, [b.text('Application strength', { size: 13, weight: 600, hug: true }), b.text('Strong', { size: 13, weight: 600, color: '#047857', hug: true })]),
      u.progress(0.8, 318, { fill: '#10B981' }),
    ]),
    b.col(b.auto('Frame'), { gap: 10 }, [
      statusRow('QuickBooks', 'Accounting · synced just now', u.badge('Connected ✓', '#047857', '#D1FAE5')),
      statusRow('Chase Business Checking', 'Bank account · waiting for you to sign in', u.badge('Pending authorization', '#B45309', '#FEF3C7')),
    ]),
    addAnother,
    contStatus,
    b.text('Need a hand? (888) 555-0142 · help@harborlending.com · Chat', { size: 12, color: '#6B7280', align: 'CENTER' }),
  ]);

  // 8. Prefilled review
  const submit = u.btnInstance('Submit application', 'cmp.btnPrimary');
  b.go(submit, 'dashboard');
  const review = u.mobile('review', 'Review details', { x: 3290, y: 0 }, [
    appBar(true),
    u.heading('Check your details'),
    b.row(b.auto('Frame'), { gap: 8, pad: 12, fill: '#EFF6FF', radius: 10 }, [b.vector(null, 16, 16, { fill: T.primary }), b.text('We filled these in from QuickBooks. Edit anything that looks wrong.', { size: 13, color: '#1E3A8A', grow: true })]),
    b.col(b.auto('Frame'), { gap: 12 }, [
      u.input('Legal business name', 'Alvarez Family Bakery LLC', { filled: true }),
      u.input('EIN', '84-1234567', { filled: true }),
      u.input('Business address', '1420 Mission St, San Francisco, CA 94103', { filled: true }),
      u.input('Annual revenue (last 12 months)', '$1,240,000', { filled: true }),
      u.input('Main contact', 'Maria Alvarez', { filled: true }),
    ]),
    submit,
  ]);

  // 9. Dashboard with contextual CTA
  const tabBar = (active) => {
    const mk = (label, dest) => { const t = b.instance(b.auto('Frame'), 'cmp.tab', { layout: 'V', align: 'CENTER', gap: 4, w: 78, h: 56 }, [b.vector(null, 24, 24, { fill: label === active ? T.primary : '#9CA3AF' }), b.text(label, { size: 11, color: label === active ? T.primary : '#6B7280', hug: true })]); if (dest) b.go(t, dest); return t; };
    return b.row('Tab Bar', { x: 0, y: 760, w: 390, h: 84, pad: [8, 20, 20, 20], justify: 'SPACE_BETWEEN', fill: '#FFFFFF', stroke: '#E5E7EB' }, [
      mk('Home', active === 'Home' ? null : 'dashboard'), mk('Loans', null), mk('Settings', active === 'Settings' ? null : 'settings'),
    ]);
  };
  const linkBank = u.btnFrame('Link bank account', { h: 44, size: 15, name: 'Btn' });
  b.go(linkBank, 'platforms');
  const dashboard = u.mobile('dashboard', 'Home', { x: 3760, y: 0 }, [
    appBar(false, { right: b.ellipse(null, 32, 32, { fill: image('7f1e0c2a9b') }) }),
    b.text('Good morning, Maria', { size: 24, weight: 700 }),
    b.col(b.auto('Frame'), { gap: 6, pad: 16, fill: '#F8FAFC', radius: 14 }, [
      b.text('Application #HL-20931', { size: 13, color: '#6B7280' }),
      b.text('In review', { size: 18, weight: 700 }),
      b.text('An underwriter is looking at your application. Most decisions arrive within 24 hours.', { size: 13, color: '#4B5563' }),
    ]),
    b.col(b.auto('Frame'), { gap: 12, pad: 16, stroke: '#E5E7EB', radius: 14 }, [
      b.text('Cash runway', { size: 17, weight: 700 }),
      b.group(b.auto('Group'), {}, [
        b.rect(null, 310, 110, { x: 0, y: 0, fill: '#F1F5F9', radius: 8 }),
        b.vector(null, 290, 60, { x: 10, y: 30, stroke: '#CBD5E1', strokeWeight: 2 }),
      ]),
      b.text('Link your bank account to see how many months of runway you have at your current burn rate.', { size: 13, color: '#4B5563' }),
      linkBank,
    ]),
  ], [tabBar('Home')]);

  // 10. Settings — connected accounts
  const disconnect = b.text('Disconnect', { size: 14, weight: 600, color: '#DC2626', hug: true });
  b.overlay(disconnect, 'disconnectConfirm');
  const disconnect2 = b.text('Disconnect', { size: 14, weight: 600, color: '#DC2626', hug: true });
  b.overlay(disconnect2, 'disconnectConfirm');
  const connRow = (name, meta, ctrl) => b.col(b.auto('Frame'), { gap: 8, pad: [12, 14], stroke: '#E5E7EB', radius: 12 }, [
    b.row(b.auto('Frame'), { gap: 10 }, [u.logo('vector', '#64748B', 28), b.text(name, { size: 15, weight: 600, grow: true }), u.badge('Live', '#047857', '#D1FAE5')]),
    b.text(meta, { size: 12, color: '#6B7280', lh: 1.5 }),
    b.row(b.auto('Frame'), { gap: 16 }, [ctrl]),
  ]);
  const settingsItem = (label, o = {}) => b.row(b.auto('Frame'), { h: 48, justify: 'SPACE_BETWEEN' }, [b.text(label, { size: 15, color: o.color ?? '#111827', hug: true }), b.vector(null, 7, 12, { fill: '#9CA3AF' })]);
  const settings = u.mobile('settings', 'Settings', { x: 4230, y: 0 }, [
    appBar(false),
    u.heading('Settings'),
    b.text('Connected accounts', { size: 17, weight: 700 }),
    connRow('QuickBooks', 'First synced Sep 12, 2026 at 9:02 AM\nLast synced today at 9:41 AM · Profit & loss, balance sheet, invoices', disconnect),
    connRow('Chase Business Checking ••4821', 'USD · First synced Sep 12, 2026\nLast synced today at 9:40 AM', disconnect2),
    b.col(b.auto('Frame'), { gap: 0 }, [settingsItem('Notifications'), settingsItem('Privacy & security'), settingsItem('Delete account', { color: '#DC2626' })]),
  ], [tabBar('Settings')]);

  // 10b. Disconnect confirm (overlay)
  const dYes = u.btnFrame('Disconnect', { fill: '#DC2626', w: 294 });
  b.close(dYes);
  const dNo = b.text('Keep connected', { size: 15, weight: 600, color: '#374151', align: 'CENTER' });
  b.close(dNo);
  const disconnectConfirm = b.col('Modal', { id: b.fid('disconnectConfirm'), x: 4700, y: 300, w: 342, pad: 24, gap: 14, fill: '#FFFFFF', radius: 16 }, [
    u.heading('Disconnect QuickBooks?', { size: 20 }),
    u.body('Harbor will stop reading data from QuickBooks and your access token will be revoked. Data already used in your application is kept for our records as required by law.', { size: 14 }),
    dYes, dNo,
  ]);
  disconnectConfirm.overlayPositionType = 'CENTER';

  // 11. Greeting email
  const emailCta = u.btnFrame('Connect your accounts', { w: 342, name: 'Frame 91' });
  b.go(emailCta, 'connect');
  const emailBank = u.link('Or link your business bank account', { hug: true });
  b.go(emailBank, 'platforms');
  const email = b.col('Email / Welcome', { id: b.fid('email'), x: 0, y: -1100, w: 390, pad: 24, gap: 18, fill: '#FFFFFF' }, [
    b.col(b.auto('Frame'), { gap: 4, pad: [0, 0, 12, 0] }, [
      b.text('From: Harbor Lending <hello@harborlending.com>', { size: 12, color: '#6B7280' }),
      b.text('Subject: Welcome to LoanConnect, Maria 👋', { size: 13, weight: 600 }),
    ]),
    u.heading("You're three steps from your offer", { size: 24 }),
    u.body("Thanks for signing up. Here's what happens next — most owners finish in one sitting:"),
    b.text('1  Tell us about your business\n2  Connect your books\n3  Get your offer', { size: 16, weight: 500, lh: 1.8 }),
    u.body('Connecting your accounting software is the step that gets you a decision in hours instead of weeks.'),
    emailCta,
    emailBank,
    b.text('Harbor Lending, LLC · 500 Market St, San Francisco, CA · Unsubscribe', { size: 11, color: '#9CA3AF' }),
  ]);

  const onboarding = b.section('Onboarding v3', { x: -80, y: -80, w: 2430, h: 2060 }, [
    Object.assign(signup, { _x: 80, _y: 80 }), Object.assign(ratesFrame, { _x: 80, _y: 1080 }), Object.assign(business, { _x: 550, _y: 80 }),
    Object.assign(connect, { _x: 1020, _y: 80 }), Object.assign(platforms, { _x: 1490, _y: 80 }), Object.assign(uploadFrame, { _x: 1490, _y: 1080 }),
    Object.assign(redirect, { _x: 1960, _y: 500 }),
  ]);
  const after = b.section('After connecting', { x: 2330, y: -80, w: 2770, h: 1080, fill: '#EEF2FF' }, [
    Object.assign(syncing, { _x: 20, _y: 80 }), Object.assign(status, { _x: 490, _y: 80 }), Object.assign(review, { _x: 960, _y: 80 }),
    Object.assign(dashboard, { _x: 1430, _y: 80 }), Object.assign(settings, { _x: 1900, _y: 80 }), Object.assign(disconnectConfirm, { _x: 2370, _y: 300 }),
  ]);
  const flowPage = {
    id: '1:0', name: '🟢 Onboarding flow',
    children: [onboarding, after, email, b.text('Welcome email (sent 5 min after sign-up)', { x: 0, y: -1160, size: 24, weight: 700, name: 'Label' })],
    flowStartingPoints: [{ nodeId: b.fid('signup'), name: 'Onboarding' }],
    device: { type: 'PRESET', size: { width: 390, height: 844 }, presetIdentifier: 'APPLE_IPHONE_14', rotation: 'NONE' },
  };

  // ---------------- Cover ----------------
  b.setPrefix(2);
  const cover = {
    id: '0:1', name: 'Cover',
    children: [b.frame('Cover', { x: 0, y: 0, w: 1920, h: 960, fill: '#0B1B3F', layout: 'V', pad: 120, gap: 24 }, [
      b.text('LoanConnect', { size: 96, weight: 800, color: '#FFFFFF' }),
      b.text('Onboarding v3 · connect accounting & banking', { size: 40, color: '#93C5FD' }),
      b.row(b.auto('Frame'), { gap: 12 }, [u.badge('Ready for dev', '#065F46', '#A7F3D0'), b.text('Owner: Priya N. · Last review Sep 28', { size: 24, color: '#CBD5E1', hug: true })]),
    ])],
  };

  // ---------------- Archive ----------------
  b.setPrefix(4);
  const archive = {
    id: '4:0', name: 'Archive (old)',
    children: [
      b.frame('Sign up — v1', { x: 0, y: 0, w: 390, h: 844, fill: '#FFFFFF' }, [
        b.col(b.auto('Frame'), { x: 0, y: 60, w: 390, pad: 24, gap: 16 }, [
          u.heading('Apply for a business loan'),
          u.input('Email', 'Email', { placeholder: true }),
          u.input('Password', 'Password', { placeholder: true }),
          u.btnFrame('Sign up', { w: 342 }),
        ]),
      ]),
      b.frame('Software picker — v1', { x: 470, y: 0, w: 390, h: 844, fill: '#FFFFFF' }, [
        b.col(b.auto('Frame'), { x: 0, y: 60, w: 390, pad: 24, gap: 12 }, [
          u.heading('Pick your software'),
          b.text('QuickBooks', { size: 16 }), b.text('Xero', { size: 16 }), b.text('Sage', { size: 16 }),
        ]),
      ]),
    ],
  };

  const file = finish(b, { name: 'LoanConnect — Onboarding v3', pages: [cover, flowPage, componentsPage, archive] });

  const f = (k) => b.fid(k);
  const truth = {
    file: 'h01-lending-mobile.json',
    kind: 'onboarding',
    writtenBy: 'held-out writer (no access to the detector source)',
    description: 'US small-business lending app ("LoanConnect" by Harbor Lending), iOS 390x844 frames, wordy copy. Sign-up with a testimonial and rating, a business-details step with a step counter, then a value-exchange screen (what you get / how we use your data / what to do next, encryption and consent copy, consent checkbox with a data privacy policy link, application-strength meter, FAQ and connection-guide links) leading to a platform picker grouped into Accounting and Bank accounts with a search field, an upload alternative and support contacts, a redirect-explanation bottom sheet, a syncing spinner, a status list with Connected/Pending badges and "Add another account", a prefilled review form, a dashboard with an in-feature "Link bank account" prompt, and a settings screen listing connected accounts with sync dates and Disconnect. A welcome email with a 1-2-3 list and connect CTAs sits on the flow page. A "Rates & terms" screen reached from sign-up is a dead end. The "Powered by Codat" mark exists only on a hidden layer.',
    present: [
      'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
      'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
      'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.support-contacts',
      'platform.explain-redirect', 'platform.grouped-categories', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
      'connection.view-live', 'connection.delete', 'connection.syncing-indicator',
    ],
    absent: ['privacy.powered-by', 'privacy.mutual-nda', 'platform.accurate-branding', 'connection.refresh'],
    notes: {
      'funnel.three-actions': 'Sign up → Business details → Connect accounting: 2 prototype steps.',
      'privacy.powered-by': 'The only "Powered by Codat" group is hidden (visible: false).',
      'platform.accurate-branding': 'The picker (and the redirect sheet) use bare "QuickBooks" and "Sage" instead of "QuickBooks Online" / "Sage Business Cloud Accounting"; logos are plain vectors.',
      'connection.refresh': 'Settings shows sync dates and Disconnect but no refresh / sync-now control.',
      'privacy.statistics': '"More than 52,000 small businesses trust Harbor to keep their financial data safe" on the connect screen.',
      'value.progress-meter': '"Application strength" meter on the connect and status screens, plus "Step 1 of 3".',
      'platform.non-linear': '"Not the right person? Invite a colleague · Save and finish later" (one text with a separator).',
      'privacy.support-contacts': 'Phone, email and chat on the platform picker; phone, email and chat again on the status screen.',
      'funnel.cta-visible': 'Full-width connect CTA in the middle of the connect screen; "LoanConnect" in the app bar is only the product name.',
    },
    flow: { startFrameId: f('signup'), connectFrameId: f('connect'), stepsToConnect: 2, deadEnds: [f('rates')] },
  };
  return { file, truth };
}
