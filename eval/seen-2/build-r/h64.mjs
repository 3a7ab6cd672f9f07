// h64 (negative): a consumer meditation app. Connect/sync wording is about Apple Health and devices.
import * as L from './lib.mjs';
import { kit } from './mobile.mjs';
const { text, rect, vector, ellipse, frame, group, vstack, hstack, at, click, close, auto } = L;

export function build() {
  L.resetRegistry();
  L.setSeed(64);
  const INK = '#23313A';
  const SAGE = '#5E8C7A';
  const MUTED = '#7A8790';
  const W = 390;
  const H = 844;

  L.setPage(3);
  const chipOn = L.component('Chip, selected=true', { x: 0, y: 0, w: 160, h: 44, fill: '#E4EFEA', radius: 22, stroke: SAGE }, [at(text('Label', { size: 15, color: SAGE }), 20, 12)]);
  const chipOff = L.component('Chip, selected=false', { x: 0, y: 60, w: 160, h: 44, fill: '#FFFFFF', radius: 22, stroke: '#D8DEE2' }, [at(text('Label', { size: 15 }), 20, 12)]);
  const chips = L.componentSet('Chip', { x: 0, y: 0, w: 200, h: 124 }, [chipOn, chipOff]);
  const componentsPage = L.canvas('Components', { id: '0:3' }, [chips]);

  L.setPage(2);
  const k = kit({ W, H, INK, ACCENT: SAGE, MUTED });
  const chip = (s, on) => frame(auto('Frame'), { type: 'INSTANCE', componentId: on ? chipOn.id : chipOff.id, w: 165, h: 44, fill: on ? '#E4EFEA' : '#FFFFFF', radius: 22, stroke: on ? SAGE : '#D8DEE2' }, [at(text(s, { size: 15, color: on ? SAGE : INK }), 18, 12)]);
  const dots = (n) => group(auto('Group'), {}, [0, 1, 2].map((i) => at(ellipse({ w: 8, h: 8, fill: i === n ? SAGE : '#D8DEE2' }), i * 16, 0)));

  const skip = text('Skip', { size: 16, weight: 500, color: MUTED });
  click(skip, '@home');
  const begin = k.pillBtn('Begin');
  click(begin, '@goals');
  const welcome = k.screen('welcome', 'Welcome', 0, 0, [
    at(skip, W - 60, 60),
    at(ellipse({ w: 260, h: 260, fills: [L.image('c0ffee11aa22bb33cc44dd55ee66ff7788990011')] }), 65, 130),
    at(vstack(auto('Frame'), { w: W - 48, gap: 12, align: 'center' }, [
      text('Ten quiet minutes a day', { size: 28, weight: 700, color: INK, w: W - 48, align: 'CENTER' }),
      text('Guided sits, sleep stories and breathwork from teachers you’ll want to come back to.', { size: 16, color: MUTED, w: 320, align: 'CENTER' }),
    ]), 24, 430),
    at(dots(0), 171, 640),
    at(begin, 24, 720),
  ]);

  const goalsNext = k.pillBtn('Continue');
  click(goalsNext, '@reminder');
  const goals = k.screen('goals', 'Goals', 440, 0, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 16 }, [
      text('Step 1 of 3', { size: 13, weight: 600, color: SAGE }),
      text('What brings you here?', { size: 26, weight: 700, color: INK }),
      hstack(auto('Frame'), { gap: 12 }, [chip('Sleep better', true), chip('Less stress', true)]),
      hstack(auto('Frame'), { gap: 12 }, [chip('Focus', false), chip('Build a habit', false)]),
      hstack(auto('Frame'), { gap: 12 }, [chip('Grief', false), chip('Just curious', false)]),
    ]), 24, 110),
    at(goalsNext, 24, 740),
  ]);

  const remindNext = k.pillBtn('Set reminder');
  click(remindNext, '@health');
  const remindSkip = k.ghost('Not now');
  click(remindSkip, '@health');
  const reminder = k.screen('reminder', 'Reminder', 880, 0, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 16 }, [
      text('Step 2 of 3', { size: 13, weight: 600, color: SAGE }),
      text('When shall we nudge you?', { size: 26, weight: 700, color: INK, w: W - 48 }),
      frame(auto('Frame'), { w: W - 48, h: 200, radius: 16, fill: '#F4F6F5' }, [at(text('7 : 30  AM', { size: 40, weight: 600, color: INK }), 90, 76)]),
      text('Mon · Tue · Wed · Thu · Fri', { size: 15, color: MUTED }),
    ]), 24, 110),
    at(remindNext, 24, 680),
    at(remindSkip, 24, 752),
  ]);

  const healthBtn = k.pillBtn('Connect Apple Health');
  click(healthBtn, '@premium');
  const healthLater = k.ghost('Maybe later');
  click(healthLater, '@premium');
  const health = k.screen('health', 'Apple Health', 1320, 0, [
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 16 }, [
      text('Step 3 of 3', { size: 13, weight: 600, color: SAGE }),
      group(auto('Group'), {}, [rect({ w: 64, h: 64, radius: 16, fill: '#FFFFFF', stroke: '#EEEEEE' }), at(vector({ w: 32, h: 28, fill: '#FF2D55', name: 'heart' }), 16, 18)]),
      text('Connect Apple Health', { size: 26, weight: 700, color: INK }),
      text('Log your sits as Mindful Minutes and let us read last night’s sleep, so your evening picks fit how you slept.', { size: 16, color: MUTED, w: W - 48 }),
      k.row('Write: Mindful Minutes', null, { icon: vector({ w: 24, h: 24, fill: '#30B0C7' }) }),
      k.row('Read: Sleep', null, { icon: vector({ w: 24, h: 24, fill: '#5856D6' }) }),
      text('You can change this any time in the Health app.', { size: 13, color: MUTED }),
    ]), 24, 90),
    at(healthBtn, 24, 690),
    at(healthLater, 24, 760),
  ]);

  const trial = k.pillBtn('Start 7-day free trial');
  click(trial, '@home');
  const closeX = vector({ w: 16, h: 16, stroke: INK, strokeWeight: 2, name: 'xmark' });
  click(closeX, '@home');
  const premium = k.screen('premium', 'Paywall', 1760, 0, [
    at(closeX, W - 44, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 14 }, [
      text('Stillwater Premium', { size: 28, weight: 700, color: INK }),
      text('✓  400+ guided sessions\n✓  Sleep stories, new every week\n✓  Offline downloads', { size: 16, color: INK, w: W - 48 }),
      vstack(auto('Frame'), { w: W - 48, gap: 4, pad: 16, radius: 14, stroke: SAGE, fill: '#F1F7F4' }, [text('Yearly · £49.99', { size: 17, weight: 600 }), text('£4.17/month, billed yearly', { size: 13, color: MUTED })]),
      vstack(auto('Frame'), { w: W - 48, gap: 4, pad: 16, radius: 14, stroke: '#D8DEE2' }, [text('Monthly · £9.99', { size: 17, weight: 600 }), text('Billed monthly', { size: 13, color: MUTED })]),
      text('Free for 7 days, then £49.99/year. Cancel anytime in your App Store settings.', { size: 13, color: MUTED, w: W - 48 }),
    ]), 24, 110),
    at(trial, 24, 740),
  ]);

  const tab = (label, dest, on) => {
    const t = vstack(auto('Frame'), { w: 97, gap: 4, align: 'center' }, [vector({ w: 24, h: 24, fill: on ? SAGE : '#A3ADB3' }), text(label, { size: 11, color: on ? SAGE : '#A3ADB3' })]);
    if (dest) click(t, dest);
    return t;
  };
  const tabs = (on) => frame('Tab Bar', { y: H - 84, w: W, h: 84, fill: '#FFFFFF', stroke: '#EEEEEE' }, [
    at(tab('Today', '@home', on === 0), 0, 8), at(tab('Explore', null, on === 1), 97, 8), at(tab('Sleep', null, on === 2), 194, 8), at(tab('Profile', '@profile', on === 3), 291, 8),
  ]);
  const playCard = vstack(auto('Frame'), { w: W - 48, gap: 6, pad: 18, radius: 18, fill: SAGE }, [text('Today’s sit', { size: 13, color: '#E4EFEA' }), text('Softening the shoulders · 10 min', { size: 18, weight: 600, color: '#FFFFFF' }), text('with Maya Ellery', { size: 13, color: '#E4EFEA' })]);
  click(playCard, '@player');
  const syncBanner = hstack(auto('Frame'), { w: W - 48, gap: 10, pad: 14, radius: 14, fill: '#F4F6F5' }, [vector({ w: 20, h: 20, fill: SAGE, name: 'arrow.triangle.2.circlepath' }), text('Sync your sessions across iPhone and iPad', { size: 14, color: INK, w: 260 })]);
  click(syncBanner, '@sync');
  const home = k.screen('home', 'Today', 0, 1000, [
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 16 }, [
      text('Good evening, Sam', { size: 26, weight: 700, color: INK }),
      hstack(auto('Frame'), { w: W - 48, gap: 12, pad: 16, radius: 16, fill: '#FFF6E8' }, [text('🔥', { size: 24 }), vstack(auto('Frame'), { gap: 2 }, [text('Your streak', { size: 13, color: MUTED }), text('12 days in a row', { size: 18, weight: 600, color: INK })])]),
      playCard,
      vstack(auto('Frame'), { w: W - 48, gap: 8, pad: 18, radius: 16, stroke: '#EEEEEE' }, [
        text('“You can’t stop the waves, but you can learn to surf.”', { size: 17, color: INK, w: W - 84, font: 'Lora' }),
        text('— Maya Ellery, Stillwater teacher', { size: 13, color: MUTED }),
      ]),
      syncBanner,
    ]), 24, 70),
    tabs(0),
  ]);

  const playBtn = group('Play', {}, [ellipse({ w: 72, h: 72, fill: '#FFFFFF' }), at(vector({ w: 24, h: 28, fill: SAGE }), 26, 22)]);
  const down = vector({ w: 18, h: 10, stroke: '#FFFFFF', strokeWeight: 2, name: 'chevron.down' });
  close(down);
  const player = k.screen('player', 'Player', 440, 1000, [
    at(rect({ w: W, h: H, fills: [L.image('ab12cd34ef56ab78cd90ef12ab34cd56ef78ab90')], name: 'bg' }), 0, 0),
    at(down, 24, 64),
    at(vstack(auto('Frame'), { w: W - 48, gap: 8, align: 'center' }, [text('Softening the shoulders', { size: 24, weight: 700, color: '#FFFFFF' }), text('Maya Ellery · 10 min', { size: 15, color: '#E4EFEA' })]), 24, 420),
    at(rect({ w: W - 48, h: 4, radius: 2, fill: '#FFFFFF', opacity: 0.4 }), 24, 560),
    at(playBtn, 159, 620),
  ], { fill: '#22302A' });

  const apple = k.pillBtn(' Continue with Apple', { fill: '#000000' });
  close(apple);
  const emailBtn = k.pillBtn('Continue with email', { fill: '#FFFFFF', stroke: '#D8DEE2', color: INK });
  close(emailBtn);
  const sync = k.screen('sync', 'Sync sessions', 880, 1000, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 14 }, [
      text('Keep your progress everywhere', { size: 26, weight: 700, color: INK, w: W - 48 }),
      text('Sign in to sync your sessions, favourites and streak between your devices.', { size: 16, color: MUTED, w: W - 48 }),
      text('Last synced: never', { size: 13, color: MUTED }),
    ]), 24, 110),
    at(apple, 24, 640),
    at(emailBtn, 24, 708),
  ]);

  const share = k.pillBtn('Share invite link');
  L.url(share, 'https://stillwater.example/invite/sam-9QX2');
  const invite = k.screen('invite', 'Invite a friend', 1320, 1000, [
    at(k.backChevron(), 24, 62),
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 14 }, [
      text('Invite a friend', { size: 26, weight: 700, color: INK }),
      text('Give a friend 30 days of Premium. When they join, you get a month too.', { size: 16, color: MUTED, w: W - 48 }),
      hstack(auto('Frame'), { w: W - 48, h: 52, pad: [0, 16, 0, 16], radius: 12, fill: '#F4F6F5' }, [text('stillwater.example/invite/sam-9QX2', { size: 14, color: INK })]),
    ]), 24, 110),
    at(share, 24, 720),
  ]);

  const inviteRow = k.row('Invite a friend', 'Give 30 days free');
  click(inviteRow, '@invite');
  const syncRow = k.row('Sync & devices', 'iPhone · iPad');
  click(syncRow, '@sync');
  const healthRow = k.row('Apple Health', 'Connected');
  click(healthRow, '@health');
  const helpRow = k.row('Help centre', 'Guides, contact us');
  L.url(helpRow, 'https://help.stillwater.example');
  const profile = k.screen('profile', 'Profile', 1760, 1000, [
    at(vstack(auto('Auto layout'), { w: W - 48, gap: 6 }, [
      hstack(auto('Frame'), { gap: 14 }, [ellipse({ w: 56, h: 56, fills: [L.image('0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b')] }), vstack(auto('Frame'), { gap: 2 }, [text('Sam Okoye', { size: 20, weight: 700 }), text('Premium · renews 3 Feb', { size: 13, color: MUTED })])]),
      rect({ w: W - 48, h: 12, fill: '#FFFFFF', name: 'spacer' }),
      inviteRow, syncRow, healthRow,
      k.row('Reminders', '7:30 AM weekdays'),
      helpRow,
      k.row('Delete account', null, { colour: '#C62828', iconColour: '#C62828' }),
      text('Sign out', { size: 16, color: MUTED }),
    ]), 24, 70),
    tabs(3),
  ]);

  const flowPage = L.canvas('App — v2.4', { id: '0:2', bg: '#F0F0F0', flows: [['@welcome', 'First run']] }, [welcome, goals, reminder, health, premium, home, player, sync, invite, profile]);
  L.setPage(1);
  const cover = L.canvas('🟢 Cover', { id: '0:1' }, [frame('Cover', { w: 1600, h: 900, fill: SAGE }, [at(text('Stillwater · iOS 2.4', { size: 96, weight: 700, color: '#FFFFFF', w: 1200 }), 100, 360)])]);

  const document = { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, componentsPage] };
  const file = L.fileShell('Stillwater iOS — first run & profile', document, L.registry.components, L.registry.componentSets);
  const keys = L.finish(file);
  const flow = L.flowFacts(flowPage, keys.get('welcome'), []);
  return { file, flowPage, flow, ctaFrames: [] };
}

export const truthBody = {
  kind: 'negative',
  description:
    'Consumer meditation app for iOS (390x844): first-run carousel, goals, reminder, an Apple Health permission step, a Premium paywall, Today (streak, teacher’s quote), a player, device sync sign-in, invite-a-friend and a profile with a help centre. Nothing connects a business’s accounting, banking or commerce software.',
  present: [],
  absent: [
    'funnel.greeting-email', 'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.faq-link', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.connection-guide', 'privacy.statistics', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.search', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.delete', 'connection.refresh', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.cta-visible': '"Connect Apple Health" is a personal health permission, not a business-software connection.',
    'funnel.social-proof': 'The teacher’s line is a meditation quote, not a review of the product.',
    'value.progress-meter': '"Your streak" and "Step 1 of 3" track habit and onboarding, not connected sources.',
    'privacy.data-scope': 'Read/write rows describe Health data for a personal app.',
    'platform.non-linear': '"Invite a friend" is a referral offer.',
    'connection.view-live': '"Sync your sessions" is device sync of the user’s own progress.',
    'connection.delete': '"Delete account" removes the user’s account.',
  },
};
