// h23 — UK self-assessment helper for freelancers; iPhone 375x812. Prototype start left unset.
import { reset, page, F, G, R, V, E, I, T, SEC, COMP, SET, img, go, back, url, act, canvas, buildFile, writeOut, statusBar, homeIndicator } from './lib.mjs';

reset();
const W = 375, H = 812;
const PINK = '#FF5C8A', PLUM = '#2E1A47', MINT = '#D9F7EA', BG = '#FFF8F3', MUTED = '#6E6280';
const t = (s) => ({ font: 'DM Sans', color: PLUM, size: 15, ...s });

// ---------- Components ----------
page(5);
const chipOff = COMP('chip, selected=false', [16, 16, 120, 36], { stroke: '#D9CFE6', r: 18 }, [T('Label', [12, 9, 96, 18], t({ size: 14, align: 'CENTER' }))]);
const chipOn = COMP('chip, selected=true', [152, 16, 120, 36], { fill: PLUM, r: 18 }, [T('Label', [12, 9, 96, 18], t({ size: 14, align: 'CENTER', color: '#FFFFFF' }))]);
go(chipOff, chipOn, 'CHANGE_TO');
const chipSet = SET('chip', [0, 0, 300, 70], [chipOff, chipOn]);
const tabItem = COMP('tab', [340, 16, 64, 50], {}, [V('icon', [20, 4, 24, 24], { fill: MUTED }), T('Tab', [0, 32, 64, 14], t({ size: 11, align: 'CENTER', color: MUTED }))]);
const cta = COMP('cta/primary', [440, 16, 327, 54], { fill: PINK, r: 16 }, [T('Label', [16, 16, 295, 22], t({ weight: 700, color: '#FFFFFF', align: 'CENTER', size: 17 }))]);
const componentsPage = canvas('Components', [chipSet, tabItem, cta]);

// ---------- App page ----------
page(77);
const screen = (name, x, y, kids, bg = BG) => F(name, [x, y, W, H], { fill: bg, clips: true }, [statusBar(W), ...kids, homeIndicator(W, H)]);
const bigBtn = (label, x, y, w = 327) => I('cta/primary', [x, y, w, 54], cta.id, { fill: PINK, r: 16 }, [T(label, [16, 16, w - 32, 22], t({ weight: 700, color: '#FFFFFF', align: 'CENTER', size: 17 }))]);
const inputF = (ph, x, y) => F('Frame', [x, y, 327, 52], { fill: '#FFFFFF', stroke: '#E6DDF0', r: 12, layout: 'HORIZONTAL', pad: 14 }, [T(ph, [14, 15, 299, 22], t({ color: '#A99DB8' }))]);
const navBack = () => V('chevron-left', [16, 56, 24, 24], { fill: PLUM });
const tabBar = (active) => F('Tab bar', [0, H - 84, W, 84], { fill: '#FFFFFF', stroke: '#EFE8F5', layout: 'HORIZONTAL', gap: 0, pad: 8 }, ['Home', 'Money', 'Tax', 'Accounts', 'Me'].map((n, i) => I('tab', [8 + i * 72, 8, 64, 50], tabItem.id, {}, [V('icon', [20, 4, 24, 24], { fill: i === active ? PINK : MUTED }), T(n, [0, 32, 64, 14], t({ size: 11, align: 'CENTER', color: i === active ? PINK : MUTED }))])));

// 0 marketing carousel (before sign-up; not wired from it)
const skip = T('Skip', [300, 56, 60, 22], t({ color: MUTED, align: 'RIGHT' }));
const s0 = screen('Onboarding carousel / 1', 0, 0, [
  skip,
  R('Rectangle 1', [24, 110, 327, 330], { fills: [img('77aa01bb02cc03dd04ee05ff06aa07bb08cc09dd')], r: 24 }),
  T('Taxes, but make it chill \uD83D\uDE0E', [24, 470, 327, 64], t({ size: 28, weight: 700 })),
  T('Kipper keeps your freelance money tidy all year, so January isn\u2019t a nightmare.', [24, 546, 327, 44], t({ color: MUTED })),
  G('Dots', [160, 620, 56, 8], [E('Ellipse 1', [0, 0, 8, 8], { fill: PINK }), E('Ellipse 2', [24, 0, 8, 8], { fill: '#E6DDF0' }), E('Ellipse 3', [48, 0, 8, 8], { fill: '#E6DDF0' })]),
]);

// 1 Sign up
const letsGo = bigBtn('Let\u2019s go', 0, 0);
const s1 = screen('Sign up', 475, 0, [
  F('Frame 8', [24, 90, 327, 640], { layout: 'VERTICAL', gap: 16 }, [
    T('Make an account \u270C\uFE0F', [0, 0, 327, 36], t({ size: 28, weight: 700 })),
    T('Takes 30 seconds. No card needed.', [0, 46, 327, 22], t({ color: MUTED })),
    inputF('Email', 0, 90),
    inputF('Password (8+ characters)', 0, 158),
    G('Group 3', [0, 236, 327, 54], [R('Rectangle 7', [0, 0, 327, 54], { fill: '#000000', r: 16 }), V('Apple', [100, 16, 18, 22], { fill: '#FFFFFF' }), T('Continue with Apple', [126, 16, 160, 22], t({ color: '#FFFFFF', weight: 600 }))]),
    F('Frame 9', [0, 310, 327, 54], {}, [letsGo]),
    T('By signing up you agree to our Terms and Privacy Policy.', [0, 380, 327, 36], t({ size: 12, color: MUTED, align: 'CENTER' })),
  ]),
]);

// 2 About you
const whyLink = T('Why do we ask?', [0, 0, 140, 20], t({ size: 14, color: PINK, deco: 'UNDERLINE' }));
const next2 = bigBtn('Next', 0, 0);
const chip = (label, x, y, on) => I('chip', [x, y, 150, 36], (on ? chipOn : chipOff).id, on ? { fill: PLUM, r: 18 } : { stroke: '#D9CFE6', r: 18 }, [T(label, [12, 9, 126, 18], t({ size: 14, align: 'CENTER', color: on ? '#FFFFFF' : PLUM }))]);
const s2 = screen('About you', 950, 0, [
  navBack(),
  F('Frame 12', [24, 100, 327, 620], { layout: 'VERTICAL', gap: 16 }, [
    T('What do you do for money? \uD83D\uDCB8', [0, 0, 327, 64], t({ size: 26, weight: 700 })),
    T('Pick all that apply \u2014 loads of people do a bit of everything.', [0, 74, 327, 40], t({ color: MUTED })),
    F('Frame 13', [0, 130, 327, 140], { layout: 'HORIZONTAL', gap: 10 }, [chip('Design & illustration', 0, 0, true), chip('Selling handmade', 162, 0, true), chip('Photography', 0, 48), chip('Writing', 162, 48), chip('Tutoring', 0, 96), chip('Something else', 162, 96)]),
    F('Frame 14', [0, 290, 327, 20], {}, [whyLink]),
    F('Frame 15', [0, 500, 327, 54], {}, [next2]),
  ]),
]);
// 2b why we ask (no way back)
const s2b = screen('Why we ask', 1425, 0, [
  F('Frame 16', [24, 100, 327, 400], { layout: 'VERTICAL', gap: 14 }, [
    T('Why we ask', [0, 0, 327, 32], t({ size: 24, weight: 700 })),
    T('HMRC treats trading income, property income and employment differently. Knowing what you do helps us guess which boxes on your SA100 you\u2019ll need.', [0, 46, 327, 110], t({ color: MUTED })),
  ]),
]);

// 3 Link accounts (connect prompt)
const linkBtn = G('Group 21', [0, 0, 327, 56], [R('Rectangle 21', [0, 0, 327, 56], { fill: PINK, r: 16 }), T('Link an account', [0, 17, 327, 22], t({ weight: 700, color: '#FFFFFF', align: 'CENTER', size: 17 }))]);
const whatsThis = T('What\u2019s this all about? Read the FAQs \u2192', [0, 0, 327, 20], t({ size: 14, color: PINK, weight: 600 }));
const consentRow = F('Frame 27', [0, 0, 327, 40], { layout: 'HORIZONTAL', gap: 10 }, [R('Rectangle 27', [0, 2, 20, 20], { stroke: MUTED, r: 5 }), T('I agree to Kipper reading my data per the Privacy Policy', [30, 0, 297, 40], t({ size: 13 }))]);
consentRow.visible = false;
const s3 = screen('Link accounts', 1900, 0, [
  F('Frame 20', [24, 70, 327, 700], { layout: 'VERTICAL', gap: 14 }, [
    T('\uD83E\uDE84', [0, 0, 40, 40], t({ size: 32 })),
    T('Hook up your bank and the places you sell', [0, 50, 327, 64], t({ size: 26, weight: 700 })),
    T('We\u2019ll sort every payment into income and expenses for you, so by January your tax return is basically\u00A0done.', [0, 124, 327, 66], t({ color: MUTED })),
    F('Frame 22', [0, 200, 327, 120], { fill: '#FFFFFF', r: 16, layout: 'VERTICAL', gap: 8, pad: 16 }, [
      T('What we look at', [16, 16, 295, 20], t({ weight: 700, size: 14 })),
      T('Your bank transactions and your sales from Etsy, PayPal or Stripe \u2014 read-only. Stuff comes to Kipper; nothing ever goes back the other way.', [16, 40, 295, 66], t({ size: 14, color: MUTED })),
    ]),
    consentRow,
    F('Frame 23', [0, 340, 327, 56], {}, [linkBtn]),
    T('\uD83D\uDD12 Bank-level encryption, and we never share your stuff with anyone without asking. Changed your mind? Unlink any time from Accounts.', [0, 410, 327, 66], t({ size: 13, color: MUTED })),
    F('Frame 24', [0, 490, 327, 20], {}, [whatsThis]),
    F('Frame 25', [0, 530, 327, 130], { fill: MINT, r: 16, layout: 'VERTICAL', gap: 6, pad: 16 }, [
      T('\u2605\u2605\u2605\u2605\u2605', [16, 16, 100, 18], t({ color: '#F2A900' })),
      T('\u201CLinked my Monzo and Etsy and it basically did my return for me. Saved me a whole weekend.\u201D', [16, 40, 295, 48], t({ size: 14 })),
      T('Priya, illustrator & Etsy seller', [16, 96, 295, 18], t({ size: 12, color: MUTED })),
    ]),
  ]),
]);

// 4 Picker
const tile = (name, x, y, ref) => G(name, [x, y, 155, 64], [R('Rectangle 30', [0, 0, 155, 64], { fill: '#FFFFFF', r: 14, stroke: '#EFE8F5' }), R('logo', [12, 16, 32, 32], { fills: [img(ref)], r: 8 }), T(name, [52, 14, 96, 36], t({ size: 13, weight: 600 }))]);
const monzo = tile('Monzo Business', 0, 0, '11aa22bb33cc44dd55ee66ff77aa88bb99cc00dd');
const etsy = tile('Etsy', 0, 0, '22bb33cc44dd55ee66ff77aa88bb99cc00dd11ee');
const csv = T('Bank not here? Upload a CSV statement instead', [0, 0, 327, 20], t({ size: 14, color: PINK, deco: 'UNDERLINE' }));
const pickBack = navBack();
const s4 = screen('Pick one', 2375, 0, [
  pickBack,
  F('Frame 30', [24, 96, 327, 680], { layout: 'VERTICAL', gap: 16 }, [
    T('Where\u2019s your money?', [0, 0, 327, 32], t({ size: 24, weight: 700 })),
    F('Search', [0, 44, 327, 48], { fill: '#FFFFFF', r: 24, stroke: '#E6DDF0', layout: 'HORIZONTAL', gap: 8, pad: 14 }, [V('Vector', [16, 14, 18, 18], { stroke: MUTED, sw: 2 }), T('Search banks and apps', [44, 13, 260, 22], t({ color: '#A99DB8' }))]),
    F('Frame 31', [0, 108, 327, 200], { layout: 'VERTICAL', gap: 10 }, [
      T('Your bank', [0, 0, 327, 22], t({ size: 18, weight: 700 })),
      F('Auto layout', [0, 32, 327, 138], { layout: 'HORIZONTAL', gap: 10 }, [monzo, tile('Starling Bank', 172, 0, '33cc44dd55ee66ff77aa88bb99cc00dd11ee22ff'), tile('Revolut Business', 0, 74, '44dd55ee66ff77aa88bb99cc00dd11ee22ff33aa'), tile('Barclays Business', 172, 74, '55ee66ff77aa88bb99cc00dd11ee22ff33aa44bb')]),
    ]),
    F('Frame 32', [0, 320, 327, 200], { layout: 'VERTICAL', gap: 10 }, [
      T('Where you sell', [0, 0, 327, 22], t({ size: 18, weight: 700 })),
      F('Auto layout', [0, 32, 327, 138], { layout: 'HORIZONTAL', gap: 10 }, [etsy, tile('PayPal Business', 172, 0, '66ff77aa88bb99cc00dd11ee22ff33aa44bb55cc'), tile('Stripe', 0, 74, '77aa88bb99cc00dd11ee22ff33aa44bb55cc66dd'), tile('Shopify', 172, 74, '88bb99cc00dd11ee22ff33aa44bb55cc66dd77ee')]),
    ]),
    F('Frame 33', [0, 540, 327, 20], {}, [csv]),
  ]),
]);

// 5 Heads-up sheet (overlay)
const openMonzo = bigBtn('Open Monzo', 0, 0);
const nah = T('Maybe later', [0, 0, 327, 22], t({ color: MUTED, align: 'CENTER' }));
const s5 = F('Sheet / heads up', [2850, 360, W, 452], { fill: '#FFFFFF', r: 24 }, [
  R('Grabber', [167, 8, 40, 5], { fill: '#E6DDF0', r: 3 }),
  F('Frame 40', [24, 32, 327, 390], { layout: 'VERTICAL', gap: 14 }, [
    T('Quick heads up \uD83D\uDC4B', [0, 0, 327, 30], t({ size: 22, weight: 700 })),
    T('We\u2019re bouncing you over to the Monzo app to say OK. Once you\u2019ve approved it there, you\u2019ll pop straight back here.', [0, 42, 327, 66], t({ color: MUTED })),
    F('Frame 41', [0, 120, 327, 24], { layout: 'HORIZONTAL', gap: 6 }, [T('Powered by', [0, 3, 80, 18], t({ size: 12, color: MUTED })), R('TrueLayer logo', [84, 0, 90, 24], { fills: [img('99cc00dd11ee22ff33aa44bb55cc66dd77ee88ff')] })]),
    F('Frame 42', [0, 260, 327, 54], {}, [openMonzo]),
    F('Frame 43', [0, 330, 327, 22], {}, [nah]),
  ]),
]);

// 6 Linked!
const addMore = T('+ Add another', [0, 0, 200, 22], t({ color: PINK, weight: 700 }));
const later = T('Do the rest later \u00B7 Send this to my accountant', [0, 0, 327, 20], t({ size: 14, color: PINK }));
const done = bigBtn('Done for now', 0, 0);
const rowL = (name, status, ok, y) => F(`Frame ${50 + y}`, [0, y, 327, 60], { fill: '#FFFFFF', r: 14, layout: 'HORIZONTAL', gap: 12, pad: 12 }, [
  R('logo', [12, 14, 32, 32], { fill: '#EFE8F5', r: 8 }),
  T(name, [56, 19, 140, 22], t({ weight: 600 })),
  F('Frame', [200, 16, 115, 28], { fill: ok ? MINT : '#FFF1C9', r: 14 }, [T(status, [6, 5, 103, 18], t({ size: 12, align: 'CENTER' }))]),
]);
const s6 = screen('Linked!', 3325, 0, [
  F('Frame 50', [24, 80, 327, 690], { layout: 'VERTICAL', gap: 14 }, [
    T('Nice one! Monzo\u2019s in \uD83C\uDF89', [0, 0, 327, 34], t({ size: 26, weight: 700 })),
    T('Your tax picture is 60% done', [0, 48, 327, 20], t({ weight: 600 })),
    G('Group 51', [0, 76, 327, 10], [R('Rectangle 51', [0, 0, 327, 10], { fill: '#EFE8F5', r: 5 }), R('Rectangle 52', [0, 0, 196, 10], { fill: PINK, r: 5 })]),
    T('Link your selling apps too and it\u2019ll hit 100%.', [0, 94, 327, 20], t({ size: 13, color: MUTED })),
    rowL('Monzo Business', 'Linked \u2713', true, 130),
    rowL('Etsy', 'Waiting on you', false, 200),
    F('Frame 53', [0, 276, 327, 22], {}, [addMore]),
    F('Frame 54', [0, 520, 327, 54], {}, [done]),
    F('Frame 55', [0, 590, 327, 20], {}, [later]),
  ]),
]);

// 7 Home
const paypalNudge = F('Frame 62', [16, 120, 295, 40], { fill: PLUM, r: 12 }, [T('Link PayPal', [0, 10, 295, 20], t({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
const home = screen('Home', 0, 912, [
  F('Frame 60', [24, 60, 327, 640], { layout: 'VERTICAL', gap: 16 }, [
    T('Hey Sam \uD83D\uDC4B', [0, 0, 327, 30], t({ size: 24, weight: 700 })),
    F('Frame 61', [0, 46, 327, 130], { fill: '#FFFFFF', r: 16, pad: 16 }, [T('Put aside for tax', [16, 16, 200, 18], t({ size: 13, color: MUTED })), T('\u00A3 3,412.80', [16, 40, 260, 40], t({ size: 32, weight: 700 })), T('Due 31 Jan \u00B7 payment on account included', [16, 92, 295, 18], t({ size: 12, color: MUTED }))]),
    F('Frame 63', [0, 192, 327, 176], { fill: MINT, r: 16, pad: 16 }, [
      T('Missing some sales? \uD83D\uDC40', [16, 16, 295, 22], t({ weight: 700 })),
      T('Looks like you get paid on PayPal too. Link it and we\u2019ll catch those sales before HMRC does.', [16, 44, 295, 66], t({ size: 14 })),
      paypalNudge,
    ]),
    F('Frame 64', [0, 384, 327, 120], { fill: '#FFFFFF', r: 16, pad: 16 }, [T('This month', [16, 16, 200, 18], t({ size: 13, color: MUTED })), T('In \u00A3 2,140 \u00B7 Out \u00A3 386', [16, 44, 295, 28], t({ size: 20, weight: 700 }))]),
  ]),
  tabBar(0),
]);
const tabAccounts = home.children[2].children[3];
const tabMe = home.children[2].children[4];

// 8 Accounts
const refreshBtn = G('Group 71', [0, 0, 100, 36], [R('Rectangle 71', [0, 0, 100, 36], { stroke: PINK, r: 18 }), T('Refresh', [0, 8, 100, 20], t({ size: 14, color: PINK, weight: 600, align: 'CENTER' }))]);
const acct = (name, meta, y, kids = [], w = 327) => F(`Frame ${70 + y}`, [0, y, w, 80], { fill: '#FFFFFF', r: 16, pad: 14 }, [
  R('logo', [14, 20, 40, 40], { fill: '#EFE8F5', r: 10 }),
  T(name, [66, 16, 180, 22], t({ weight: 700 })),
  T(meta, [66, 42, w - 77, 32], t({ size: 12, color: MUTED })),
  ...kids,
]);
const s8 = screen('Accounts', 475, 912, [
  F('Frame 70', [24, 60, 327, 660], { layout: 'VERTICAL', gap: 12 }, [
    F('Auto layout', [0, 0, 327, 36], { layout: 'HORIZONTAL', gap: 12 }, [T('Accounts', [0, 2, 200, 30], t({ size: 24, weight: 700 })), F('Frame 72', [227, 0, 100, 36], {}, [refreshBtn])]),
    acct('Monzo Business', 'Added 4 Jan \u00B7 Last refreshed 2 mins ago \u00B7 GBP', 52, [G('Updating', [250, 16, 70, 20], [E('Spinner', [0, 2, 14, 14], { stroke: PINK, sw: 2 }), T('Updating\u2026', [18, 0, 52, 18], t({ size: 10, color: PINK }))])]),
    F('Frame 140', [0, 144, 327, 80], { r: 16 }, [
      R('Rectangle 141', [247, 0, 80, 80], { fill: '#E5484D', r: 16 }),
      T('Unlink', [247, 30, 80, 20], t({ size: 14, weight: 700, color: '#FFFFFF', align: 'CENTER' })),
      acct('Stripe', 'Added 12 Jan \u00B7 Last refreshed yesterday 18:02', 0, [], 247),
    ]),
    acct('Etsy', 'Waiting for you to approve in Etsy', 236),
    T('Swipe left on an account to unlink it.', [0, 330, 327, 18], t({ size: 12, color: MUTED, align: 'CENTER' })),
  ]),
  tabBar(3),
]);

// 9 Me
const helpRow = T('Help', [0, 0, 300, 22], t({}));
const plansRow = T('Kipper Pro', [0, 0, 300, 22], t({}));
const meRow = (label, y, node) => F(`Frame ${80 + y}`, [0, y, 327, 52], { fill: '#FFFFFF', r: 12, layout: 'HORIZONTAL', pad: 14 }, [node || T(label, [14, 15, 260, 22], t({})), V('chevron', [295, 16, 20, 20], { fill: MUTED })]);
const s9 = screen('Me', 950, 912, [
  F('Frame 80', [24, 60, 327, 660], { layout: 'VERTICAL', gap: 10 }, [
    T('Me', [0, 0, 327, 30], t({ size: 24, weight: 700 })),
    meRow('Personal details', 46), meRow('UTR & HMRC', 108), meRow('Plans', 170, plansRow), meRow('Help', 232, helpRow), meRow('Notifications', 294),
    T('Log out', [0, 380, 327, 22], t({ color: MUTED })),
    T('Delete my account', [0, 420, 327, 22], t({ color: '#E5484D' })),
  ]),
  tabBar(4),
]);
// adjust positions of the custom rows' text nodes inside their frames
helpRow._rel = [14, 15, 260, 22];
plansRow._rel = [14, 15, 260, 22];

// 10 Help
const helpBack = navBack();
const s10 = screen('Help', 1425, 912, [
  helpBack,
  F('Frame 90', [24, 100, 327, 600], { layout: 'VERTICAL', gap: 12 }, [
    T('Help', [0, 0, 327, 30], t({ size: 24, weight: 700 })),
    T('Popular\u200B articles', [0, 44, 327, 20], t({ weight: 700 })),
    T('What\u2019s a UTR and where do I find mine?\nPayments on account, explained\nCan I claim my phone bill?\nWhat counts as \u201Ctrading income\u201D?', [0, 72, 327, 110], t({ size: 14, color: MUTED })),
    G('Group 91', [0, 420, 327, 56], [R('Rectangle 91', [0, 0, 327, 56], { fill: PLUM, r: 16 }), T('\uD83D\uDCAC Chat with us', [0, 17, 327, 22], t({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]),
  ]),
]);

// 11 Plans
const plansBack = navBack();
const s11 = screen('Plans', 1900, 912, [
  plansBack,
  F('Frame 100', [24, 100, 327, 600], { layout: 'VERTICAL', gap: 14 }, [
    T('Kipper Pro \u2728', [0, 0, 327, 32], t({ size: 26, weight: 700 })),
    T('\u00A36/month \u2014 cancel anytime', [0, 44, 327, 22], t({ weight: 700, color: PINK })),
    T('\u2022 File straight to HMRC\n\u2022 Unlimited receipts\n\u2022 Mileage tracking', [0, 80, 327, 80], t({ color: MUTED })),
    bigBtn('Try Pro free for 14 days', 0, 500),
  ]),
]);

// prototype (no starting point set on this page)
go(skip, s1);
go(letsGo, s2);
go(whyLink, s2b);
go(next2, s3);
go(linkBtn, s4);
url(whatsThis, 'https://kipper.tax/faq/linking');
back(pickBack);
go(monzo, s5, 'OVERLAY');
go(etsy, s5, 'OVERLAY');
url(csv, 'https://kipper.tax/upload-statement');
go(openMonzo, s6);
act(nah, { type: 'CLOSE' });
go(addMore, s4);
go(done, home);
go(later, home);
go(paypalNudge, s4);
go(tabAccounts, s8);
go(tabMe, s9);
go(helpRow, s10);
go(plansRow, s11);
back(helpBack);
back(plansBack);

const onb = SEC('Onboarding', [-40, -40, 3780, 900], [s0, s1, s2, s2b, s3, s4, s5, s6]);
for (const s of onb.children) s._rel = [s._rel[0] + 40, s._rel[1] + 40, s._rel[2], s._rel[3]];
const app = SEC('In-app', [-40, 872, 2455, 900], [home, s8, s9, s10, s11]);
for (const s of app.children) s._rel = [s._rel[0] + 40, s._rel[1] - 912 + 40, s._rel[2], s._rel[3]];
const appPage = canvas('App \u2013 iOS', [onb, app], { w: 375, h: 812 });

// Emails page
page(140);
const emailBtn = F('Button', [32, 420, 296, 52], { fill: PINK, r: 14 }, [T('Link my bank \u2192', [0, 15, 296, 22], t({ color: '#FFFFFF', weight: 700, align: 'CENTER' }))]);
const emailsPage = canvas('Emails', [F('Welcome email (mobile)', [0, 0, 360, 900], { fill: '#FFFFFF' }, [
  V('Kipper fish', [32, 32, 40, 24], { fill: PINK }),
  T('Hiya Sam \uD83D\uDC4B welcome to Kipper!', [32, 80, 296, 64], t({ size: 24, weight: 700 })),
  T('Three tiny steps and you\u2019re sorted:', [32, 160, 296, 22], t({})),
  T('1  Tell us what you do \u2713\n2  Link your bank so we can sort your spending for you\n3  Kick back \u2014 we\u2019ll nudge you before 31 January', [32, 196, 296, 150], t({ color: MUTED })),
  emailBtn,
  T('You\u2019re getting this because you signed up at kipper.tax. Unsubscribe', [32, 820, 296, 40], t({ size: 11, color: '#A99DB8' })),
])]);
url(emailBtn, 'https://app.kipper.tax/link');

page(150);
const oldPage = canvas('Old explorations', [
  F('Link v0', [0, 0, W, H], { fill: BG }, [T('Connect with your accountant \uD83E\uDD1D', [24, 100, 327, 30], t({})), T('10,000+ freelancers trust Kipper', [24, 150, 327, 30], t({ visible: false }))]),
]);

page(160);
const cover = canvas('\uD83D\uDC1F Cover', [F('Cover', [0, 0, 1600, 960], { fill: PINK }, [T('Kipper \u2014 iOS', [100, 400, 1200, 100], t({ size: 80, weight: 700, color: '#FFFFFF' }))])]);

const file = buildFile('Kipper iOS (self assessment)', [cover, appPage, emailsPage, componentsPage, oldPage], '2025-01-06T10:13:44Z');
writeOut('h23-freelancer-tax-mobile', file, {
  kind: 'onboarding',
  description: 'iPhone (375x812) app helping UK freelancers with self-assessment. After sign-up and a "what do you do" screen, the user is asked to link bank accounts and selling platforms (Etsy, PayPal, Stripe, Shopify); a grouped, searchable picker, a redirect sheet, a progress screen, home with a contextual nudge, an Accounts list with unlink and refresh, Help, Plans, and a welcome email on its own page. Chatty copy with emoji. No prototype starting point is set.',
  present: ['funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter', 'privacy.data-scope', 'privacy.trust-language', 'privacy.disconnect-anytime', 'privacy.powered-by', 'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections', 'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator'],
  absent: ['funnel.prefill', 'privacy.consent-action', 'privacy.statistics', 'privacy.support-contacts', 'privacy.mutual-nda'],
  notes: {
    'funnel.three-actions': 'No start point set; from the Sign up frame: Sign up -> About you -> Link accounts, two taps.',
    'funnel.greeting-email': 'Emails page: welcome email with a 1-2-3 list, step 2 is linking the bank, and a "Link my bank" button.',
    'value.three-part': 'Benefit line, a "What we look at" card (data + direction), and one main "Link an account" button.',
    'value.contextual-ctas': 'Home card "Missing some sales?" with a "Link PayPal" button.',
    'privacy.consent-action': 'The checkbox + Privacy Policy row on the link screen is hidden (visible:false).',
    'privacy.statistics': 'The only "10,000+ freelancers trust Kipper" line is hidden on the old explorations page.',
    'privacy.support-contacts': 'Help offers chat only: no phone, email or form.',
    'privacy.connection-guide': 'Left out: Help articles cover tax topics only, but the FAQ link on the link screen points at a linking FAQ.',
    'connection.delete': 'Swipe state shows a red "Unlink" action on the Stripe row.',
    'connection.syncing-indicator': 'Spinner with "Updating…" on the Monzo row.',
  },
  flow: { startFrameId: s1.id, connectFrameId: s3.id, stepsToConnect: 2, deadEnds: [s2b.id] },
}, { flowPage: appPage.id, connectCandidates: [s3.id, s4.id, home.id], fallbackStart: s1.id });
