import { begin, setPrefix, setFont, g, solid, image, frame, rect, vector, text, group, vstack, hstack, component, instance, link, act, button, field, checkbox, spinner, statusBar, homeIndicator, canvas, documentOf } from './lib.mjs';
import { IDS, truthOf } from './truth.mjs';

export const NAME = 'd62-negative-car-rental';

export function build() {
  begin(6205, 2);
  setFont('Poppins');
  const W = 390;
  const H = 844;
  const violet = '#5B3DF5';
  const ink = '#14121F';
  const muted = '#6E6A85';

  setPrefix(4);
  const pill = component('Button / Pill', 358, 54, { fills: solid(violet), cornerRadius: 27 }, [text('Label', 150, 15, 60, { size: 16, weight: 600, color: '#FFFFFF' })]);
  const carCard = component('Car card', 358, 110, { fills: solid('#FFFFFF'), cornerRadius: 16 }, [text('Car', 130, 20, 200, { size: 15 })]);
  carCard._y = 80;
  const compPage = canvas('Components', [frame('Kit', 0, 0, 500, 300, { fills: solid('#FFFFFF') }, [pill, carCard])], { prefix: 4 });

  setPrefix(9);
  const screen = (name, kids, bg = '#FFFFFF') => frame(name, 0, 0, W, H, { fills: solid(bg), clipsContent: true }, [statusBar(W), ...kids, homeIndicator(W, H)]);
  const cta = (label, y, kind = 'inst') => button(kind, label, 16, y, W - 32, 54, { comp: pill, bg: violet, radius: 27, size: 16 });
  const tabbar = (active) => {
    const items = ['Explore', 'Trips', 'Wallet', 'Help'].map((n, i) => group(g('Group'), 10 + i * 94, 10, [vector('Vector', 35, 0, 24, 24, { fills: solid(n === active ? violet : '#A9A6BC') }), text(n, 0, 28, 94, { size: 11, color: n === active ? violet : '#A9A6BC', align: 'CENTER' })]));
    return { bar: frame('Tab bar', 0, H - 88, W, 88, { fills: solid('#FFFFFF'), strokes: solid('#ECEAF5') }, items), items };
  };

  // C1 welcome
  const c1Go = cta('Get started', 690);
  const c1 = screen('Welcome', [
    rect('hero', 0, 0, W, 480, { fills: image('c4r1e2n3t4a5l6h7e8r9o0a1b2c3d4e5f6a7b8c9') }),
    text('Wheelo', 16, 500, 200, { size: 28, weight: 700, color: violet }),
    text('Cars by the hour, unlocked from your phone.', 16, 546, 358, { size: 20, weight: 600, color: ink }),
    text('⭐ Trusted by 800k drivers across the UK', 16, 620, 358, { size: 14, color: muted }),
    c1Go,
  ]);

  // C2 sign up
  const c2Go = cta('Send code', 690, 'frame');
  const c2 = screen('Sign up', [
    text('What’s your number?', 16, 100, 358, { size: 26, weight: 700 }),
    text('We’ll text you a code to sign in.', 16, 144, 358, { size: 15, color: muted }),
    hstack('Auto layout', 16, 200, 358, { gap: 10 }, [field('Country', '🇬🇧 +44', 0, 0, 100, { radius: 12, h: 52, filled: true }), field('Mobile', '07700 900123', 0, 0, 248, { radius: 12, h: 52 })]),
    c2Go,
  ]);

  // C3 licence
  const c3Go = cta('Link licence', 690);
  const c3 = screen('Driving licence', [
    text('Link your driving licence', 16, 90, 358, { size: 26, weight: 700 }),
    text('We check it with the DVLA before your first trip. Takes about a minute.', 16, 170, 358, { size: 15, color: muted }),
    rect('licence scan', 16, 240, 358, 220, { fills: solid('#F1EFFA'), cornerRadius: 16, strokes: solid(violet), strokeDashes: [6, 4] }),
    text('📷\u00a0Scan the front of your licence', 16, 340, 358, { size: 15, color: violet, align: 'CENTER' }),
    hstack('Auto layout', 16, 500, 358, { gap: 10 }, [checkbox('vector', 0, 0), text('I’m 21 or over and have held a full licence for 2+ years', 0, 0, 320, { size: 14 })]),
    c3Go,
  ]);

  // C4 explore
  const exTabs = tabbar('Explore');
  const carA = instance(carCard, 'Car card', 0, 0, 358, 110, { fills: solid('#FFFFFF'), cornerRadius: 16 }, [rect(g('Rectangle'), 12, 15, 110, 80, { fills: image('f1i2a3t4c5a6r7i8m9g0a1b2c3d4e5f6a7b8c9d0'), cornerRadius: 10 }), text('Fiat 500 Hybrid', 136, 20, 200, { size: 15, weight: 600 }), text('4 min walk · £6.50/hr', 136, 50, 200, { size: 13, color: muted })]);
  const carB = instance(carCard, g('Frame'), 0, 0, 358, 110, { fills: solid('#FFFFFF'), cornerRadius: 16 }, [rect(g('Rectangle'), 12, 15, 110, 80, { fills: image('v1w2p3o4l5o6i7m8g9a0b1c2d3e4f5a6b7c8d9e0'), cornerRadius: 10 }), text('VW Polo', 136, 20, 200, { size: 15, weight: 600 }), text('9 min walk · £7.20/hr', 136, 50, 200, { size: 13, color: muted })]);
  const c4 = screen('Explore', [
    rect('map', 0, 0, W, 520, { fills: image('m1a2p3t4i5l6e7s8l9o0n1d2o3n4a5b6c7d8e9f0') }),
    vstack('Auto layout', 16, 440, 358, { gap: 10 }, [carA, carB]),
    exTabs.bar,
  ], '#F6F5FB');

  // C5 car detail
  const bookBtn = cta('Book now · £6.50/hr', 690);
  const backC5 = vector('chevron-left', 16, 56, 12, 20, { fills: solid(ink) });
  const c5 = screen('Car detail', [
    backC5,
    rect(g('Rectangle'), 0, 90, W, 260, { fills: image('f1i2a3t4c5a6r7i8m9g0a1b2c3d4e5f6a7b8c9d0') }),
    text('Fiat 500 Hybrid', 16, 370, 358, { size: 24, weight: 700 }),
    text('4 seats · Manual · 62% fuel\nParked on Elm Row, Edinburgh', 16, 410, 358, { size: 14, color: muted, lines: 2 }),
    vstack('Auto layout', 16, 480, 358, { gap: 8, pad: 14, fill: '#F6F5FB', radius: 12 }, [text('Cover included', 0, 0, 300, { size: 14, weight: 600 }), text('£500 excess. Reduce it to £0 for £2.50 per trip.', 0, 0, 330, { size: 13, color: muted })]),
    bookBtn,
  ]);

  // C6 syncing booking
  const c6 = screen('Booking', [
    vstack('Auto layout', 45, 320, 300, { gap: 16 }, [spinner(128, 0, 44, violet), text('Syncing booking…', 0, 0, 300, { size: 18, weight: 600, align: 'CENTER' }), text('Holding the Fiat for you for 15 minutes.', 0, 0, 300, { size: 14, color: muted, align: 'CENTER' })]),
  ]);

  // C7 digital key
  const keyBtn = cta('Connect key', 690, 'group');
  const c7 = screen('Digital key', [
    vector('key', 155, 160, 80, 80, { fills: solid(violet) }),
    text('Connect your car’s key', 16, 280, 358, { size: 24, weight: 700, align: 'CENTER' }),
    text('Turn on Bluetooth and stand next to the car. Your phone becomes the key for this trip.', 16, 326, 358, { size: 15, color: muted, align: 'CENTER' }),
    keyBtn,
  ]);

  // C8 trip
  const endBtn = cta('End trip', 690, 'frame');
  const c8 = screen('Trip in progress', [
    rect('map', 0, 0, W, 420, { fills: image('m1a2p3t4i5l6e7s8l9o0n1d2o3n4a5b6c7d8e9f0') }),
    text('00:12:48', 16, 440, 358, { size: 32, weight: 700 }),
    text('£1.39 so far', 16, 490, 358, { size: 15, color: muted }),
    hstack('Auto layout', 16, 540, 358, { gap: 12 }, [button('outline', '🔓 Unlock', 0, 0, 173, 54, { radius: 27 }), button('outline', '🔒 Lock', 0, 0, 173, 54, { radius: 27 })]),
    endBtn,
  ]);

  // C9 wallet
  const waTabs = tabbar('Wallet');
  const c9 = screen('Wallet', [
    text('Wallet', 16, 70, 358, { size: 28, weight: 700 }),
    vstack('Auto layout', 16, 130, 358, { gap: 12 }, [
      hstack(g('Frame'), 0, 0, 358, { gap: 12, pad: 16, fill: '#F6F5FB', radius: 14 }, [rect(g('Rectangle'), 0, 0, 40, 26, { fills: solid('#1A1F71'), cornerRadius: 4 }), text('Visa •••• 4421', 0, 2, 180, { size: 15 }), text('Remove card', 0, 2, 100, { size: 13, weight: 600, color: '#D92D20' })]),
      text('+ Add a card', 0, 0, 200, { size: 15, weight: 600, color: violet }),
      vstack(g('Frame'), 0, 0, 358, { gap: 6, pad: 18, fill: violet, radius: 16 }, [text('Wheelo Plus', 0, 0, 300, { size: 17, weight: 700, color: '#FFFFFF' }), text('20% off every hour · £7.99/month\nCancel free anytime', 0, 0, 320, { size: 13, color: '#E4DEFF', lines: 2 })]),
    ]),
    waTabs.bar,
  ]);

  // C10 help
  const hTabs = tabbar('Help');
  const chatBtn = cta('Chat with us', 620, 'frame');
  const c10 = screen('Help', [
    text('Help', 16, 70, 358, { size: 28, weight: 700 }),
    vstack('Auto layout', 16, 130, 358, { gap: 0 }, ['How do I return the car?', 'What if I get a parking ticket?', 'Fuel and charging', 'Damage and accidents'].map((q) => hstack(g('Frame'), 0, 0, 358, { gap: 0, pad: 16 }, [text(q, 0, 0, 300, { size: 15 }), vector('chevron', 20, 2, 8, 14, { fills: solid(muted) })]))),
    chatBtn,
    hTabs.bar,
  ]);

  const order = [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10];
  order.forEach((f, i) => {
    f._x = (i % 5) * 490;
    f._y = Math.floor(i / 5) * 1044;
  });

  link(c1Go, c2);
  link(c2Go, c3);
  link(c3Go, c4);
  link(carA, c5);
  act(backC5, 'BACK');
  link(bookBtn, c6);
  c6.interactions = [{ trigger: { type: 'AFTER_TIMEOUT', timeout: 1.5 }, actions: [{ type: 'NODE', destinationId: c7.id, navigation: 'NAVIGATE', transition: null }] }];
  link(keyBtn, c8);
  link(endBtn, c4);
  for (const t of [exTabs, waTabs, hTabs]) {
    link(t.items[0], c4);
    link(t.items[2], c9);
    link(t.items[3], c10);
  }
  act(chatBtn, 'URL', { url: 'https://wheelo.help/chat' });

  const flowPage = canvas('App flow', order, { prefix: 9, flows: [{ nodeId: c1.id, name: 'First trip' }] });
  setPrefix(1);
  const cover = canvas('Cover', [frame('Cover', 0, 0, 1600, 960, { fills: solid(violet) }, [text('Wheelo — first trip', 100, 400, 1200, { size: 80, weight: 700, color: '#FFFFFF' })])], { prefix: 1 });
  setPrefix(12);
  const archive = canvas('Archive', [frame('Welcome v1', 0, 0, W, H, { fills: solid('#FFFFFF') }, [text('Rent a car in minutes', 16, 300, 358, { size: 26, weight: 700 })])], { prefix: 12 });

  const doc = documentOf({ name: 'Wheelo app — first trip', lastModified: '2025-02-27T12:14:09Z', version: '5512009876' }, [cover, flowPage, compPage, archive]);

  const why = {
    'funnel.cta-visible': 'Only consumer look-alikes: "Link your driving licence" and "Connect your car’s key"; no business-software connection.',
    'privacy.support-contacts': 'Only a "Chat with us" button, and not in any connection flow.',
    'privacy.consent-action': 'The tick box confirms the driver’s age, not consent to share business data.',
    'connection.syncing-indicator': '"Syncing booking…" holds a car; nothing is connected.',
    'connection.delete': '"Remove card" removes a payment card.',
    'privacy.disconnect-anytime': '"Cancel free anytime" is about the Plus subscription.',
    'value.faq-link': 'Help lists rental questions; there is no connection to explain.',
  };
  const labels = {};
  for (const id of IDS) {
    if (id === 'funnel.social-proof' || id === 'privacy.statistics') continue;
    labels[id] = ['A', why[id] || 'Consumer car-rental app with no connection of accounting, banking or commerce software.'];
  }
  const truth = truthOf(`${NAME}.json`, 'negative',
    'iPhone (390x844) consumer car-rental app Wheelo: welcome, phone sign-up, driving-licence scan, map of cars, car detail, booking, digital key, trip, wallet and help. Look-alikes: "Link your driving licence", "Connect your car’s key", "Syncing booking…", "Cancel free anytime", "Trusted by 800k drivers", "Chat with us", "Remove card". No business-software connection.',
    labels,
    { startFrameId: c1.id, connectFrameId: null, stepsToConnect: null, deadEnds: [] });
  return { doc, truth, ctaFrames: [] };
}
