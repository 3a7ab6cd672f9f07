// h129 (negative): a children's pocket-money app for parents, iPhone 390x844, UK copy.
// A parent links a personal bank card/account for top-ups; no business software is connected.
import { builder, solid, image, go, act, writeFile, WRITTEN_BY } from './lib.mjs';

const OUT = new URL('..', import.meta.url).pathname;
const { id, setPage, F, T, R, V, G, I, E, col, row, screen } = builder();
const W = 390;
const H = 844;
const PURPLE = '#6a3df0';
const INK = '#1b1533';
const GREY = '#6f6a80';

setPage(2);
const cvComp = id();
const cButton = id();
const cAvatar = id();
const compPage = [
  { ...F('Button/Large', 40, 40, 342, 56, { id: cButton, cornerRadius: 28, fills: solid(PURPLE) }, [T('Button', 0, 18, 342, 20, 17, 700, '#ffffff')]), type: 'COMPONENT' },
  { ...F('Avatar', 40, 140, 56, 56, { id: cAvatar, cornerRadius: 28, fills: solid('#ffd36b') }, [T('A', 0, 16, 56, 24, 20, 700, INK)]), type: 'COMPONENT' },
];

setPage(3);
const cvFlow = id();
const S = {};
for (const k of ['welcome', 'child', 'pair', 'bank', 'amount', 'chores', 'home', 'plan', 'settings', 'help']) S[k] = id();

const status = () => F('Status Bar', 0, 0, W, 47, { fills: [] }, [T('9:41', 28, 16, 50, 20, 16, 600, INK), V('Signal', 300, 20, 18, 12, INK), V('Wifi', 322, 20, 16, 12, INK), R('Battery', 344, 19, 26, 13, INK, 4)]);
const btn = (label, dest, w = 342) => go(I('Button/Large', cButton, 0, 0, w, 56, [T(label, 0, 18, w, 20, 17, 700, '#ffffff', { textAlignHorizontal: 'CENTER' })]), dest);
const helpIcon = () => go(F('Frame 9', 330, 52, 44, 32, { cornerRadius: 16, fills: solid('#f1edff') }, [T('Help', 0, 7, 44, 18, 12, 600, PURPLE, { textAlignHorizontal: 'CENTER' })]), S.help, 'OVERLAY');
const field = (label, ph) => col('Auto layout', 0, 0, 342, [T(label, 0, 0, 342, 18, 13, 600, INK), F('Frame 20', 0, 0, 342, 50, { cornerRadius: 14, fills: solid('#f6f4fb') }, [T(ph, 16, 15, 300, 20, 16, 400, '#a7a1b8')])], 6, 0);

let sx = 0;
const at = () => { const x = sx; sx += W + 80; return x; };

const welcome = screen('Welcome', S.welcome, at(), 0, W, H, [
  status(),
  R('Rectangle 4', 0, 47, W, 360, image('jar-hero-kids')),
  col('Auto layout', 8, 420, 374, [
    T('Pocket money, sorted \ud83e\udee7', 0, 0, 342, 36, 28, 800, INK),
    T('Weekly allowance, chores and savings goals your kids can actually see.', 0, 0, 342, 44, 16, 400, GREY),
    row('Frame 5', 0, 0, 20, [V('Stars', 0, 2, 80, 16, '#ffb400'), T('Trusted by 1M families', 0, 0, 240, 20, 14, 600, INK)], 8),
    btn('Create a parent account', S.child),
    T('I already have an account', 0, 0, 342, 20, 15, 600, PURPLE, { textAlignHorizontal: 'CENTER' }),
  ], 16, 16),
]);

const child = screen('Add child', S.child, at(), 0, W, H, [
  status(), helpIcon(),
  col('Auto layout', 8, 96, 374, [
    T('Who\u2019s getting pocket money?', 0, 0, 342, 64, 26, 800, INK),
    field('Child\u2019s first name', 'e.g. Alfie'),
    field('Date of birth', 'DD / MM / YYYY'),
    row('Frame 21', 0, 0, 56, [I('Avatar', cAvatar, 0, 0, 56, 56, [T('\ud83e\udd8a', 0, 14, 56, 28, 22, 400, INK)]), I('Avatar', cAvatar, 0, 0, 56, 56, [T('\ud83d\udc31', 0, 14, 56, 28, 22, 400, INK)]), I('Avatar', cAvatar, 0, 0, 56, 56, [T('\ud83e\udd84', 0, 14, 56, 28, 22, 400, INK)])], 12),
    T('+ Add another child', 0, 0, 342, 20, 15, 600, PURPLE),
    btn('Next', S.pair),
  ], 16, 16),
]);

const pair = screen('Pair phones', S.pair, at(), 0, W, H, [
  status(), helpIcon(),
  col('Auto layout', 8, 96, 374, [
    T('Connect with your child', 0, 0, 342, 34, 26, 800, INK),
    T('Open Jar on Alfie\u2019s phone and scan this code, or type the six digits.', 0, 0, 342, 44, 16, 400, GREY),
    F('Frame 30', 71, 0, 200, 200, { cornerRadius: 20, fills: solid('#ffffff'), strokes: solid('#e6e1f5') }, [V('QR', 20, 20, 160, 160, INK)]),
    T('482 \u00b7 917', 0, 0, 342, 36, 30, 800, INK, { textAlignHorizontal: 'CENTER', letterSpacing: 4 }),
    btn('Done \u2014 they\u2019re in', S.bank),
    T('Do this later', 0, 0, 342, 20, 15, 600, PURPLE, { textAlignHorizontal: 'CENTER' }),
  ], 16, 16),
]);

const bankRow = (name, ref) => F('Frame 40', 0, 0, 342, 60, { cornerRadius: 14, strokes: solid('#ece8f7') }, [R('Rectangle 41', 12, 12, 36, 36, image(ref), 18), T(name, 60, 20, 240, 20, 16, 600, INK), V('chevron', 320, 24, 8, 12, GREY)]);
const bank = screen('Link bank', S.bank, at(), 0, W, H, [
  status(), helpIcon(),
  col('Auto layout', 8, 96, 374, [
    T('Link your bank to top\u00a0up', 0, 0, 342, 34, 26, 800, INK),
    T('Money moves from your account to Alfie\u2019s jar when you say so.', 0, 0, 342, 44, 16, 400, GREY),
    go(bankRow('Monzo', 'bk-monzo'), S.amount),
    bankRow('Barclays', 'bk-barclays'),
    bankRow('HSBC UK', 'bk-hsbc'),
    bankRow('Nationwide', 'bk-nationwide'),
    bankRow('Lloyds', 'bk-lloyds'),
    T('Or pay by debit card', 0, 0, 342, 20, 15, 600, PURPLE),
  ], 12, 16),
]);

const amount = screen('Weekly amount', S.amount, at(), 0, W, H, [
  status(), helpIcon(),
  col('Auto layout', 8, 96, 374, [
    T('How much each week?', 0, 0, 342, 34, 26, 800, INK),
    T('\u00a310.00', 0, 0, 342, 64, 56, 800, PURPLE, { textAlignHorizontal: 'CENTER' }),
    row('Frame 50', 0, 0, 40, ['\u00a35', '\u00a37.50', '\u00a310', '\u00a315'].map((s) => F('Frame 51', 0, 0, 76, 40, { cornerRadius: 20, fills: solid('#f1edff') }, [T(s, 0, 10, 76, 20, 15, 600, PURPLE, { textAlignHorizontal: 'CENTER' })])), 8),
    T('Paid every Saturday from Monzo \u00b7\u00b7\u00b7\u00b74821', 0, 0, 342, 20, 14, 400, GREY),
    btn('Set allowance', S.chores),
  ], 18, 16),
]);

const chore = (s, amt, done) => F('Frame 60', 0, 0, 342, 56, { cornerRadius: 14, fills: solid(done ? '#effaf3' : '#ffffff'), strokes: solid('#ece8f7') }, [R(done ? 'Rectangle 61' : 'Rectangle 62', 14, 18, 20, 20, done ? '#2bb673' : '#ffffff', 6, { strokes: solid('#c9c2de') }), T(s, 48, 18, 220, 20, 15, 500, INK), T(amt, 280, 18, 50, 20, 15, 700, PURPLE)]);
const chores = screen('Chores', S.chores, at(), 0, W, H, [
  status(), helpIcon(),
  col('Auto layout', 8, 96, 374, [
    T('Chores', 0, 0, 342, 34, 26, 800, INK),
    row('Frame 63', 0, 0, 24, [E('Spinner', 0, 2, 20, 20, '#d9d0ff'), T('Syncing chores\u2026', 0, 2, 200, 20, 14, 500, GREY)], 8),
    chore('Make bed', '20p', true),
    chore('Feed Biscuit', '30p', true),
    chore('Empty dishwasher', '50p', false),
    chore('Homework before tablet', '\u2014', false),
    T('+ New chore', 0, 0, 342, 20, 15, 600, PURPLE),
    btn('Looks good', S.home),
  ], 12, 16),
]);

const home = screen('Home', S.home, at(), 0, W, H, [
  status(), helpIcon(),
  col('Auto layout', 8, 96, 374, [
    T('Alfie\u2019s jar', 0, 0, 342, 34, 28, 800, INK),
    F('Frame 70', 0, 0, 342, 200, { cornerRadius: 24, fills: solid('#f1edff') }, [V('Jar', 121, 20, 100, 120, PURPLE), T('\u00a324.60', 0, 148, 342, 36, 30, 800, INK, { textAlignHorizontal: 'CENTER' })]),
    row('Frame 71', 0, 0, 56, [
      F('Frame 72', 0, 0, 165, 56, { cornerRadius: 28, fills: solid(PURPLE) }, [T('Top up', 0, 18, 165, 20, 16, 700, '#ffffff', { textAlignHorizontal: 'CENTER' })]),
      F('Frame 73', 0, 0, 165, 56, { cornerRadius: 28, strokes: solid(PURPLE) }, [T('Set a goal', 0, 18, 165, 20, 16, 700, PURPLE, { textAlignHorizontal: 'CENTER' })]),
    ], 12),
    T('Saving for: LEGO set \u2014 \u00a340', 0, 0, 342, 20, 15, 600, INK),
    F('Progress', 0, 0, 342, 10, { cornerRadius: 5, fills: solid('#ece8f7') }, [R('Rectangle 74', 0, 0, 210, 10, '#2bb673', 5)]),
    go(T('Try Jar Family free for a month \u2192', 0, 0, 342, 20, 15, 600, PURPLE), S.plan),
  ], 16, 16),
  F('Tab bar', 0, H - 84, W, 84, { fills: solid('#ffffff'), strokes: solid('#ece8f7') }, [
    T('Home', 20, 14, 80, 16, 11, 700, PURPLE), T('Chores', 120, 14, 80, 16, 11, 500, GREY), go(T('Settings', 290, 14, 80, 16, 11, 500, GREY), S.settings),
  ]),
]);

const plan = screen('Jar Family', S.plan, at(), 0, W, H, [
  status(),
  col('Auto layout', 8, 80, 374, [
    T('Jar Family', 0, 0, 342, 34, 28, 800, INK),
    T('\u2714\ufe0e Up to 5 kids\n\u2714\ufe0e Savings interest boosts\n\u2714\ufe0e Chore streak rewards', 0, 0, 342, 84, 16, 400, INK, { lineHeightPx: 28 }),
    T('\u00a32.99/month after your free month. Cancel anytime.', 0, 0, 342, 44, 15, 500, GREY),
    btn('Start free month', S.home),
    act(T('Not now', 0, 0, 342, 20, 15, 600, PURPLE, { textAlignHorizontal: 'CENTER' }), { type: 'BACK' }),
  ], 18, 16),
]);

const settings = screen('Settings', S.settings, at(), 0, W, H, [
  status(),
  col('Auto layout', 8, 80, 374, [
    T('Settings', 0, 0, 342, 34, 28, 800, INK),
    F('Frame 80', 0, 0, 342, 64, { cornerRadius: 14, strokes: solid('#ece8f7') }, [R('Rectangle 81', 14, 14, 36, 36, image('bk-monzo'), 18), T('Top-ups from Monzo \u00b7\u00b7\u00b7\u00b74821', 62, 14, 260, 20, 15, 600, INK), T('Change', 62, 36, 100, 18, 13, 600, PURPLE)]),
    ...['Children', 'Notifications', 'Family plan', 'Privacy'].map((s) => F('Frame 82', 0, 0, 342, 48, { strokes: solid('#ece8f7') }, [T(s, 0, 14, 300, 20, 16, 400, INK), V('chevron', 330, 18, 8, 12, GREY)])),
    go(T('Help', 0, 0, 342, 20, 16, 600, PURPLE), S.help, 'OVERLAY'),
    T('Sign out', 0, 0, 342, 20, 16, 600, '#d23b3b'),
  ], 12, 16),
  G('Group 3', 0, H - 84, W, 84, [R('Rectangle 90', 0, 0, W, 84, '#ffffff'), go(T('Home', 20, 14, 80, 16, 11, 500, GREY), S.home), T('Settings', 290, 14, 80, 16, 11, 700, PURPLE)]),
]);

const help = screen('Help sheet', S.help, at(), 0, W, H, [
  R('Dim', 0, 0, W, H, solid('#000000', 0.4)),
  F('Frame 95', 0, 440, W, 404, { cornerRadius: 24, fills: solid('#ffffff') }, [
    col('Auto layout', 8, 16, 374, [
      T('Help', 0, 0, 342, 30, 24, 800, INK),
      ...['How do top-ups work?', 'Can my child spend online?', 'Changing the weekly amount'].map((s) => F('Frame 96', 0, 0, 342, 44, { strokes: solid('#ece8f7') }, [T(s, 0, 12, 320, 20, 15, 500, INK)])),
      act(T('Close', 0, 0, 342, 20, 16, 600, PURPLE, { textAlignHorizontal: 'CENTER' }), { type: 'CLOSE' }),
    ], 12, 16),
  ]),
]);

const flowCanvas = {
  id: cvFlow, name: 'Parent onboarding', type: 'CANVAS',
  flowStartingPoints: [{ nodeId: S.welcome, name: 'New parent' }],
  prototypeStartNodeID: S.welcome,
  children: [welcome, child, pair, bank, amount, chores, home, plan, settings, help],
};
setPage(1);
const cvCover = id();
const cover = F('Cover', 0, 0, 1440, 900, { fills: solid(PURPLE) }, [T('Jar', 100, 300, 600, 160, 140, 800, '#ffffff'), T('Parent app \u2014 onboarding', 100, 480, 900, 48, 36, 500, '#e7defe')]);

const doc = {
  name: 'Jar \u2014 parent onboarding',
  lastModified: '2026-03-09T12:30:00Z',
  version: '4877203115',
  role: 'viewer',
  editorType: 'figma',
  schemaVersion: 0,
  document: {
    id: '0:0', type: 'DOCUMENT', name: 'Document',
    children: [
      { id: cvCover, name: 'Cover', type: 'CANVAS', flowStartingPoints: [], children: [cover] },
      flowCanvas,
      { id: cvComp, name: 'Components', type: 'CANVAS', flowStartingPoints: [], children: compPage },
    ],
  },
  components: {
    [cButton]: { key: 'jar-btn-l', name: 'Button/Large', description: '' },
    [cAvatar]: { key: 'jar-avatar', name: 'Avatar', description: '' },
  },
  componentSets: {},
  styles: {},
};

const ALL = [
  'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
  'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
  'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide',
  'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
  'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
  'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
  'connection.view-live', 'connection.delete', 'connection.refresh',
];
const truth = {
  file: 'h129-negative-pocket-money.json',
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Jar, a pocket-money app for parents (iPhone 390x844, UK). The parent pairs a child\'s phone, links a personal bank for top-ups and sets chores. No business accounting, banking or commerce software is connected anywhere.',
  present: [],
  absent: ALL,
  notes: {
    'funnel.cta-visible': '"Link your bank to top up" is a parent\'s personal bank for allowance top-ups, not business software.',
    'privacy.support-contacts': 'Only a "Help" sheet with three FAQ rows; no phone, email or form.',
    'platform.non-linear': '"Do this later" is about pairing a child\'s phone.',
    'value.progress-meter': 'The progress bar is a child\'s savings goal.',
    'connection.delete': 'No way to remove a connected business platform; only "Change" on the top-up bank and "Sign out".',
  },
  flow: { startFrameId: S.welcome, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
};

writeFile(OUT, 'h129-negative-pocket-money', doc, truth);
