// h135 — negative: a personal crypto wallet (iPhone 390x844). It links a
// personal bank card/account to buy crypto and pairs a hardware wallet.
import {
  Doc, frame, auto, group, text, rect, ellipse, vec, inst, compNode,
  go, back, close, statusBar, truthOut,
} from './lib.mjs';

const W = 390;
const H = 844;
const BG = '#0B0D12';
const VIOLET = '#7C5CFF';
const INK = '#F5F6FA';
const MUTED = '#8A8FA3';
const CARD = '#171A22';
const NBSP = '\u00A0';

function dark(name, key, kids) {
  return frame(name, [0, 0, W, H], { key, fill: BG }, [statusBar(W, true), ...kids]);
}

function pill(label, y, link, name) {
  return inst('pill', name ?? 'Property 1=Primary', [24, y, 342, 56], { fill: VIOLET, radius: 28, link }, [
    text(label, [0, 17, 342, 22], { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
  ]);
}

function setupHeader(n, title) {
  return auto('Frame ' + (10 + n), [24, 60, 342, 90], 'v', [
    text(`Step ${n} of 4`, [0, 0, 342, 18], { size: 13, weight: 600, color: VIOLET }),
    auto('Frame ' + (20 + n), [0, 26, 342, 4], 'h', [1, 2, 3, 4].map((i) => rect('Rectangle ' + (30 + i), [(i - 1) * 88, 0, 78, 4], { fill: i <= n ? VIOLET : '#2A2E3A', radius: 2 })), { gap: 10 }),
    text(title, [0, 46, 342, 34], { size: 26, weight: 700, color: INK }),
  ], { gap: 10 });
}

export function build() {
  const d = new Doc({ name: 'Vaultly wallet — v1.4 mobile', lastModified: '2025-02-14T18:22:57Z', version: '4987712203' });
  d.component('pill', 'Property 1=Primary', '');

  const welcome = dark('Welcome', 'welcome', [
    vec('Vector', [155, 180, 80, 80], { fill: VIOLET }),
    text('Vaultly', [24, 280, 342, 40], { size: 34, weight: 800, color: INK, align: 'CENTER' }),
    text('Your keys. Your coins.', [24, 326, 342, 22], { size: 17, color: MUTED, align: 'CENTER' }),
    text(`★ Rated 4.6 by 80k${NBSP}users`, [24, 380, 342, 20], { size: 14, weight: 600, color: INK, align: 'CENTER' }),
    pill('Create a new wallet', 640, go('passcode')),
    text('I already have a wallet', [24, 716, 342, 22], { size: 16, color: INK, align: 'CENTER' }),
  ]);

  const passcode = dark('Setup 1', 'passcode', [
    setupHeader(1, 'Create a passcode'),
    auto('Frame 40', [95, 220, 200, 20], 'h', [0, 1, 2, 3, 4, 5].map((i) => ellipse('Ellipse ' + (40 + i), [i * 34, 0, 16, 16], { fill: i < 2 ? VIOLET : '#2A2E3A' })), { gap: 18 }),
    group('Keypad', [40, 420, 310, 320], ['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', '⌫'].map((key, i) => text(key, [(i % 3) * 110, Math.floor(i / 3) * 80, 90, 40], { size: 28, color: INK, align: 'CENTER' }))),
    rect('Hotspot', [24, 760, 342, 40], { fill: null, link: go('phrase') }),
  ]);

  const words = ['orbit', 'canvas', 'lemon', 'stove', 'quarter', 'frost', 'island', 'mercy', 'pilot', 'garden', 'echo', 'velvet'];
  const phrase = dark('Setup 2', 'phrase', [
    setupHeader(2, 'Write down your recovery phrase'),
    text('These 12 words are the only way back into your wallet. Keep them offline.', [24, 160, 342, 44], { size: 15, color: MUTED }),
    auto('Frame 60', [24, 226, 342, 300], 'h', words.map((w, i) => auto('Frame ' + (61 + i), [(i % 3) * 114, Math.floor(i / 3) * 54, 104, 44], 'h', [
      text(`${i + 1}`, [10, 12, 20, 18], { size: 13, color: MUTED }),
      text(w, [34, 12, 64, 18], { size: 15, weight: 600, color: INK }),
    ], { gap: 6, pad: 10, fill: CARD, radius: 10 })), { gap: 10, layoutWrap: 'WRAP', counterAxisSpacing: 10 }),
    pill('I\u2019ve written it down', 720, go('confirm')),
  ]);

  const confirm = dark('Setup 3', 'confirm', [
    setupHeader(3, 'Confirm your phrase'),
    text('Tap word #4, #9 and #12', [24, 170, 342, 22], { size: 15, color: MUTED }),
    auto('Frame 80', [24, 220, 342, 160], 'h', ['pilot', 'stove', 'velvet', 'frost', 'mercy', 'canvas'].map((w, i) => auto('Frame ' + (81 + i), [(i % 3) * 114, Math.floor(i / 3) * 54, 104, 44], 'h', [
      text(w, [12, 12, 80, 18], { size: 15, weight: 600, color: INK }),
    ], { pad: 12, fill: CARD, radius: 10 })), { gap: 10, layoutWrap: 'WRAP', counterAxisSpacing: 10 }),
    pill('Confirm', 720, go('hardware')),
  ]);

  const hardware = dark('Setup 4', 'hardware', [
    setupHeader(4, 'Connect your hardware wallet'),
    text('Optional. Pair a device over Bluetooth or USB-C to sign transactions offline.', [24, 170, 342, 44], { size: 15, color: MUTED }),
    auto('Frame 100', [24, 240, 342, 150], 'v', [
      ['Ledger Nano X', 'Bluetooth'], ['Trezor Safe 3', 'USB-C'],
    ].map(([n, s], i) => auto('Frame ' + (101 + i), [0, i * 72, 342, 64], 'h', [
      rect(n, [14, 12, 40, 40], { image: 'c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d' + i, radius: 8 }),
      auto('Frame ' + (111 + i), [66, 12, 240, 40], 'v', [
        text(n, [0, 0, 240, 20], { size: 16, weight: 600, color: INK }),
        text(s, [0, 22, 240, 16], { size: 12, color: MUTED }),
      ], { gap: 2 }),
    ], { gap: 12, pad: 12, fill: CARD, radius: 14 })), { gap: 8 }),
    pill('Pair device', 650, go('home')),
    text('Skip for now', [24, 726, 342, 22], { size: 16, color: INK, align: 'CENTER', link: go('home') }),
  ]);

  const home = dark('Home', 'home', [
    text('Total balance', [24, 70, 342, 18], { size: 14, color: MUTED }),
    text('$3,482.19', [24, 94, 342, 44], { size: 38, weight: 800, color: INK }),
    auto('Frame 130', [24, 148, 200, 20], 'h', [
      vec('Spinner', [0, 2, 14, 14], { fill: VIOLET }),
      text('Syncing balances…', [22, 0, 170, 18], { size: 13, color: MUTED }),
    ], { gap: 8 }),
    auto('Frame 140', [24, 190, 342, 72], 'h', [['Buy', 'buy'], ['Send', null], ['Receive', null], ['Swap', null]].map(([l, t], i) => auto('Frame ' + (141 + i), [i * 88, 0, 78, 72], 'v', [
      ellipse('Ellipse ' + (141 + i), [19, 0, 40, 40], { fill: CARD }),
      text(l, [0, 50, 78, 16], { size: 12, weight: 600, color: INK, align: 'CENTER' }),
    ], { gap: 8, link: t ? go(t) : undefined })), { gap: 10 }),
    auto('Assets', [24, 290, 342, 300], 'v', [auto('Frame 150', [0, 0, 342, 300], 'v', [
      ['Bitcoin', '0.0412 BTC', '$2,611.40'], ['Ethereum', '0.284 ETH', '$742.10'], ['USD Coin', '128.69 USDC', '$128.69'],
    ].map(([n, a, v], i) => auto('Frame ' + (151 + i), [0, i * 76, 342, 68], 'h', [
      ellipse('Ellipse ' + (160 + i), [12, 14, 40, 40], { fill: ['#F7931A', '#627EEA', '#2775CA'][i] }),
      auto('Frame ' + (170 + i), [64, 14, 160, 40], 'v', [
        text(n, [0, 0, 160, 20], { size: 16, weight: 600, color: INK }),
        text(a, [0, 22, 160, 16], { size: 12, color: MUTED }),
      ], { gap: 2 }),
      text(v, [240, 24, 90, 20], { size: 15, weight: 600, color: INK, align: 'RIGHT' }),
    ], { gap: 12, pad: 12, fill: CARD, radius: 14 })), { gap: 8 })], { gap: 0 }),
    vec('Settings', [340, 64, 26, 26], { fill: INK, link: go('settings') }),
  ]);

  const buy = dark('Buy', 'buy', [
    vec('Vector', [24, 60, 10, 18], { fill: INK, link: back() }),
    text('Buy Bitcoin', [24, 96, 342, 34], { size: 28, weight: 700, color: INK }),
    text('$100', [24, 200, 342, 60], { size: 52, weight: 800, color: INK, align: 'CENTER' }),
    auto('Frame 190', [24, 320, 342, 120], 'v', [
      text('Pay with', [16, 16, 310, 18], { size: 13, color: MUTED }),
      text('Link your bank to buy', [16, 42, 310, 22], { size: 17, weight: 600, color: INK }),
      text('Lower fees than card. Takes about a minute.', [16, 70, 310, 18], { size: 13, color: MUTED }),
    ], { gap: 8, pad: 16, fill: CARD, radius: 14, link: go('bank', 'OVERLAY') }),
    pill('Link bank', 720, go('bank', 'OVERLAY')),
  ]);

  const bank = frame('Sheet — choose bank', [0, 0, W, 640], { key: 'bank', fill: CARD, radius: 24 }, [
    rect('Rectangle 200', [171, 10, 48, 5], { fill: '#3A3F4E', radius: 3 }),
    text('Choose your bank', [24, 40, 342, 30], { size: 22, weight: 700, color: INK }),
    auto('Frame 210', [24, 90, 342, 360], 'v', ['Chase', 'Bank of America', 'Wells Fargo', 'Citi', 'Capital One'].map((b, i) => auto('Frame ' + (211 + i), [0, i * 64, 342, 56], 'h', [
      rect(b, [12, 10, 36, 36], { image: 'd1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e' + i, radius: 18 }),
      text(b, [60, 18, 240, 20], { size: 16, color: INK }),
    ], { gap: 12, pad: 10, link: go('methods') })), { gap: 8 }),
    text('Cancel', [24, 580, 342, 22], { size: 16, color: MUTED, align: 'CENTER', link: close() }),
  ]);

  const methods = dark('Payment methods', 'methods', [
    vec('Vector', [24, 60, 10, 18], { fill: INK, link: back() }),
    text('Payment methods', [24, 96, 342, 34], { size: 28, weight: 700, color: INK }),
    auto('Frame 230', [24, 160, 342, 90], 'v', [
      text('Chase Total Checking ••4821', [16, 16, 310, 20], { size: 16, weight: 600, color: INK }),
      text('Remove bank', [16, 50, 120, 18], { size: 14, weight: 600, color: '#FF6B6B' }),
    ], { gap: 14, pad: 16, fill: CARD, radius: 14 }),
    pill('Buy $100 of BTC', 720, go('home')),
  ]);

  const settings = dark('Settings', 'settings', [
    vec('Vector', [24, 60, 10, 18], { fill: INK, link: back() }),
    text('Settings', [24, 96, 342, 34], { size: 28, weight: 700, color: INK }),
    auto('Frame 250', [24, 160, 342, 300], 'v', ['Security & passcode', 'Recovery phrase', 'Payment methods', 'Currency: USD', 'Contact support'].map((s, i) => auto('Frame ' + (251 + i), [0, i * 56, 342, 48], 'h', [
      text(s, [0, 14, 300, 20], { size: 16, color: INK }),
      vec('chevron', [330, 18, 8, 12], { fill: MUTED }),
    ], { gap: 8, link: s === 'Payment methods' ? go('methods') : undefined })), { gap: 8 }),
    text('Remove wallet from this device', [24, 520, 342, 22], { size: 16, color: '#FF6B6B' }),
  ]);

  const frames = [welcome, passcode, phrase, confirm, hardware, home, buy, bank, methods, settings];
  frames.forEach((f, i) => { f._box = [i * 480, 0, f._box[2], f._box[3]]; });
  d.page('Screens', frames, { starts: [['welcome', 'New user']] });
  d.page('Components', [
    compNode('pill', 'Property 1=Primary', [0, 0, 342, 56], { fill: VIOLET, radius: 28 }, [
      text('Label', [0, 17, 342, 22], { size: 17, weight: 600, color: '#FFFFFF', align: 'CENTER' }),
    ]),
  ]);

  const { json, keyToId } = d.finish();
  const k = (s) => keyToId[s];
  const absent = [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime',
    'privacy.connection-guide', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search',
    'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.refresh',
  ];
  const notes = {
    'funnel.cta-visible': '"Link your bank to buy" and "Connect your hardware wallet" are personal-finance actions, not a business connecting its accounting, banking or commerce software.',
    'funnel.three-actions': 'There is no business-software connection prompt to reach.',
  };
  const flow = { startFrameId: k('welcome'), connectFrameId: null, stepsToConnect: null, deadEnds: [] };
  const truth = truthOut('h135-negative-crypto-wallet.json', 'negative',
    'Negative: personal crypto wallet (iPhone 390x844). Set-up is "Step n of 4" (passcode, recovery phrase, confirm, pair a hardware wallet); the home screen shows "Syncing balances…"; buying links a personal bank account, which can later be removed; settings has "Contact support". No business software is connected. Social proof, statistics, progress, syncing, support, remove-bank and linked-methods items are left unlabelled.',
    [], absent, notes, flow);
  return { name: 'h135-negative-crypto-wallet', json, truth, connectCandidates: [] };
}
