// h47: loans for food trucks, mobile 375x812, US English, very short copy. No prototype start set.
import { builder, C, rgb, solid, go, act, canvas, file, btnInst, btnFrame, btnGroup, link, checkbox, logo } from './lib.mjs';

const W = 375;
const H = 812;
const mustard = rgb('#F2B705');
const char = rgb('#1E1E1E');
const ketchup = rgb('#D7263D');
const muted = rgb('#6E6E73');

export const name = 'h47-food-truck-lending-mobile';

export function build() {
  const B = builder();

  B.setPage(5);
  const pill = B.component('Btn', 0, 0, 327, 52, { fills: solid(char), cornerRadius: 26 }, [B.text('Label', 20, 16, 287, 20, { color: C.white, weight: 600 })], 'Primary pill');
  const pillHover = B.component('Btn pressed', 0, 70, 327, 52, { fills: solid(rgb('#000000')), cornerRadius: 26 }, [B.text('Label', 20, 16, 287, 20, { color: C.white, weight: 600 })]);
  const set = B.componentSet('Btn', 40, 40, 360, 140, [pill, pillHover]);
  const tabIcon = B.component('icon/tab', 440, 40, 24, 24, { fills: [] }, [B.vec('Vector', 2, 2, 20, 20)]);
  const comps = canvas(B, 'Components', [set, tabIcon]);

  B.setPage(6);
  const ids = {};
  const frames = [];
  const pend = [];
  const to = (n, k, nav = 'NAVIGATE') => { pend.push([n, k, nav]); return n; };
  const scr = (key, title, col, row, kids, bg = C.white) => {
    const f = B.frame(title, col * (W + 80), row * (H + 120), W, H, { fills: solid(bg), clipsContent: true }, kids);
    ids[key] = f.id; frames.push(f); return f;
  };
  const status = () => B.group('Status bar', 0, 0, W, 44, [B.text('9:41', 24, 14, 60, 18, { weight: 600 }), B.vec('Vector', 300, 16, 52, 12, { fills: solid(char) })]);
  const back = () => { const v = B.vec('Vector', 20, 56, 24, 24, { fills: solid(char) }); act(v, { type: 'BACK' }); return v; };
  const dots = (k, n = 3) => B.auto('Auto layout', 'HORIZONTAL', 24, 96, 80, 8, { itemSpacing: 6 }, Array.from({ length: n }, (_, i) => B.ellipse(`Ellipse ${i + 1}`, i * 14, 0, 8, 8, { fills: solid(i < k ? char : C.line) })));
  const tabbar = (active) => {
    const tabs = ['Home', 'Offer', 'Account'].map((t, i) => {
      const g = B.auto('Auto layout', 'VERTICAL', 20 + i * 125, 8, 85, 44, { itemSpacing: 2, counterAxisAlignItems: 'CENTER' }, [
        B.inst(tabIcon.id, 'icon/tab', 30, 0, 24, 24, {}), B.text(t, 0, 26, 85, 14, { size: 11, weight: t === active ? 700 : 400, align: 'CENTER' }),
      ]);
      to(g, t === 'Home' ? 'home' : t === 'Offer' ? 'offer' : 'account');
      return g;
    });
    return B.frame('Frame 90', 0, H - 84, W, 84, { strokes: solid(C.line) }, tabs);
  };

  // Splash / marketing (not the sign-up)
  const skip = link(B, 'Skip', 310, 56, 40, char, { weight: 600 });
  to(skip, 'signup');
  scr('splash', 'Onboarding carousel 1', 0, 0, [
    status(), skip,
    B.rect('Rectangle 3', 24, 120, 327, 300, { fills: [{ type: 'IMAGE', scaleMode: 'FILL', imageRef: 'truck-hero' }], cornerRadius: 20 }),
    B.text('Cash for your truck.\nFast.', 24, 450, 327, 80, { size: 30, weight: 800 }),
    B.text('New fryer? Second rig? We got you.', 24, 540, 327, 20, { size: 15, color: muted }),
    dots(1),
  ], mustard);

  // Sign up
  const suCta = btnInst(B, pill.id, 'Next', 24, 560, 327, 52, { name: 'Btn' });
  to(suCta, 'amount');
  scr('signup', 'Sign up', 1, 0, [
    status(),
    B.auto('Auto layout', 'VERTICAL', 24, 90, 327, 600, { itemSpacing: 14 }, [
      B.text('Let’s roll 🚚', 0, 0, 327, 36, { size: 28, weight: 800 }),
      B.text('★★★★★ 4.8 · “Funded my second truck in 2 days.” — Rosa M., Birria Boss, Austin', 0, 48, 327, 40, { size: 13, color: muted }),
      B.frame('Frame 11', 0, 100, 327, 52, { strokes: solid(C.line), cornerRadius: 12 }, [B.text('Mobile number', 16, 16, 280, 20, { color: muted })]),
      B.frame('Frame 12', 0, 164, 327, 52, { strokes: solid(C.line), cornerRadius: 12 }, [B.text('Email', 16, 16, 280, 20, { color: muted })]),
      B.frame('Frame 13', 0, 228, 327, 52, { strokes: solid(C.line), cornerRadius: 12 }, [B.text('Truck / business name', 16, 16, 280, 20, { color: muted })]),
      suCta,
    ]),
  ]);

  // Amount
  const amCta = btnInst(B, pill.id, 'Next', 24, 700, 327, 52, { name: 'Btn' });
  to(amCta, 'connect');
  scr('amount', 'Frame 3', 2, 0, [
    status(), back(), dots(1),
    B.text('How much?', 24, 130, 327, 36, { size: 28, weight: 800 }),
    B.text('$25,000', 24, 220, 327, 56, { size: 48, weight: 800, align: 'CENTER' }),
    B.group('Group 7', 24, 300, 327, 24, [B.rect('Rectangle 8', 0, 10, 327, 4, { fills: solid(C.line) }), B.ellipse('Ellipse 9', 150, 0, 24, 24, { fills: solid(char) })]),
    B.text('$5k\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0$150k', 24, 336, 327, 18, { size: 12, color: muted }),
    B.text('For:  Equipment · Repairs · Inventory · Other', 24, 400, 327, 20, { size: 13 }),
    amCta,
  ]);

  // Connect POS — the decision point
  const cCta = btnInst(B, pill.id, 'Link my POS', 24, 640, 327, 52, { name: 'Btn' });
  to(cCta, 'picker');
  const later = link(B, 'Do it later', 140, 708, 100, muted, { deco: 'UNDERLINE' });
  to(later, 'saved');
  scr('connect', 'Frame 4', 3, 0, [
    status(), back(), dots(2),
    B.auto('Auto layout', 'VERTICAL', 24, 130, 327, 490, { itemSpacing: 14 }, [
      B.text('Show us your sales', 0, 0, 327, 36, { size: 28, weight: 800 }),
      B.auto('Auto layout', 'VERTICAL', 0, 48, 327, 150, { itemSpacing: 10 }, [
        B.text('⚡ Offer in minutes, not weeks.', 0, 0, 327, 20, { size: 15 }),
        B.text('👀 We read your card sales. Read-only. Nothing goes back to your POS.', 0, 30, 327, 40, { size: 15 }),
        B.text('👉 Link your POS below.', 0, 80, 327, 20, { size: 15 }),
      ]),
      B.frame('Frame 21', 0, 212, 327, 80, { fills: solid(C.pale), cornerRadius: 12 }, [
        B.vec('Vector', 16, 16, 18, 22, { fills: solid(char) }),
        B.text('Encrypted. Never sold or shared.\nUnlink anytime.', 44, 14, 270, 40, { size: 13 }),
      ]),
      B.text('12,000+ vendors linked securely', 0, 304, 327, 18, { size: 13, weight: 600 }),
      B.auto('Auto layout', 'HORIZONTAL', 0, 340, 327, 40, { itemSpacing: 10 }, [
        checkbox(B, 0, 0, 'VECTOR'),
        B.text('I agree to the ', 30, 1, 100, 18, { size: 13 }),
        link(B, 'Privacy Policy', 120, 1, 110, char, { deco: 'UNDERLINE' }),
      ]),
      B.auto('Auto layout', 'HORIZONTAL', 0, 400, 327, 20, { itemSpacing: 6, counterAxisAlignItems: 'CENTER' }, [
        B.text('powered by', 0, 2, 70, 16, { size: 11, color: muted }),
        B.vec('Vector', 74, 0, 16, 16, { fills: solid(rgb('#3D5AFE')) }),
        B.text('Conduit', 94, 0, 80, 18, { size: 13, weight: 700 }),
      ]),
    ]),
    cCta, later,
  ]);

  // Picker — single list, no headings
  const tile = (nm, ref, y, key) => {
    const t = B.frame(`Frame ${y}`, 0, y, 327, 64, { strokes: solid(C.line), cornerRadius: 14, layoutMode: 'HORIZONTAL', itemSpacing: 12, paddingLeft: 14, counterAxisAlignItems: 'CENTER' }, [
      logo(B, ref, 14, 14, 36), B.text(nm, 62, 22, 220, 20, { weight: 600 }), B.vec('Vector', 300, 24, 10, 16),
    ]);
    if (key) to(t, key);
    return t;
  };
  const notListed = link(B, 'Not listed? Upload statements', 24, 700, 327, char, { deco: 'UNDERLINE', size: 14 });
  to(notListed, 'upload');
  scr('picker', 'Frame 5', 4, 0, [
    status(), back(),
    B.text('Pick one', 24, 100, 327, 36, { size: 28, weight: 800 }),
    B.auto('Auto layout', 'VERTICAL', 24, 160, 327, 520, { itemSpacing: 10 }, [
      tile('Square for Restaurants', 'sq-logo', 0, 'squareAuth'),
      tile('Toast POS', 'toast-logo', 74, 'squareAuth'),
      tile('Clover POS', 'clover-logo', 148),
      tile('Chase Business Checking', 'chase-logo', 222, 'connected'),
      tile('Bank of America Business', 'boa-logo', 296, 'connected'),
      tile('Wells Fargo Business', 'wf-logo', 370),
    ]),
    notListed,
  ]);

  // Third-party sign-in (straight redirect, no explanation beforehand)
  const sqAllow = btnFrame(B, 'Allow', 24, 600, 327, 48, rgb('#006AFF'), { radius: 6 });
  to(sqAllow, 'connected');
  scr('squareAuth', 'square oauth', 5, 0, [
    status(),
    B.rect('Rectangle 1', 150, 80, 75, 75, { fills: [{ type: 'IMAGE', scaleMode: 'FIT', imageRef: 'sq-logo' }] }),
    B.text('Griddle wants to access your Square account', 24, 180, 327, 56, { size: 20, weight: 600, align: 'CENTER' }),
    B.text('• View payments\n• View orders\n• View locations', 24, 260, 327, 80, { size: 14 }),
    sqAllow,
  ]);

  // Connected + strength meter
  const addBank = btnGroup(B, '+ Add bank', 24, 520, 327, 52, mustard, { color: char, radius: 26 });
  to(addBank, 'picker');
  const toOffer = btnInst(B, pill.id, 'See my offer', 24, 700, 327, 52, { name: 'Btn' });
  to(toOffer, 'offer');
  scr('connected', 'Frame 6', 0, 1, [
    status(), dots(3),
    B.text('Nice. 🎉', 24, 130, 327, 36, { size: 28, weight: 800 }),
    B.frame('Frame 31', 24, 190, 327, 64, { strokes: solid(C.line), cornerRadius: 14 }, [logo(B, 'sq-logo', 14, 14, 36), B.text('Square', 62, 22, 150, 20, { weight: 600 }), B.text('✓ Linked', 240, 22, 80, 20, { color: rgb('#1B873F'), weight: 600 })]),
    B.frame('Frame 32', 24, 266, 327, 64, { strokes: solid(C.line), cornerRadius: 14 }, [logo(B, 'chase-logo', 14, 14, 36), B.text('Chase', 62, 22, 150, 20, { weight: 600 }), B.text('Pending', 240, 22, 80, 20, { color: ketchup, weight: 600 })]),
    B.frame('Frame 33', 24, 360, 327, 120, { fills: solid(C.pale), cornerRadius: 14 }, [
      B.text('Offer strength', 16, 16, 200, 18, { size: 13, weight: 600 }),
      B.rect('Rectangle 40', 16, 48, 295, 10, { fills: solid(C.line), cornerRadius: 5 }),
      B.rect('Rectangle 41', 16, 48, 177, 10, { fills: solid(rgb('#1B873F')), cornerRadius: 5 }),
      B.text('Good · add a bank → Great', 16, 72, 295, 18, { size: 12, color: muted }),
    ]),
    addBank, toOffer,
  ]);

  // Offer with contextual prompt
  const raise = link(B, 'Link bank → higher limit', 24, 470, 327, char, { weight: 700, size: 15, deco: 'UNDERLINE' });
  to(raise, 'picker');
  const accept = btnInst(B, pill.id, 'Accept', 24, 640, 327, 52, { name: 'Btn' });
  to(accept, 'home');
  scr('offer', 'Offer', 1, 1, [
    status(),
    B.text('You’re approved', 24, 80, 327, 30, { size: 22, weight: 800 }),
    B.text('$18,500', 24, 130, 327, 60, { size: 52, weight: 800 }),
    B.text('8% fixed fee · 9 months · paid from daily card sales', 24, 200, 327, 20, { size: 13, color: muted }),
    B.frame('Frame 41', 24, 420, 327, 90, { fills: solid(rgb('#FFF4CC')), cornerRadius: 14 }, [B.text('Only Square linked.', 16, 14, 295, 18, { size: 13 })]),
    raise, accept, tabbar('Offer'),
  ]);

  // Home
  scr('home', 'Home', 2, 1, [
    status(),
    B.text('Taco Loco', 24, 70, 327, 30, { size: 24, weight: 800 }),
    B.frame('Frame 51', 24, 120, 327, 140, { fills: solid(char), cornerRadius: 16 }, [B.text('Balance left', 20, 20, 200, 16, { size: 12, color: C.white }), B.text('$14,210', 20, 44, 280, 44, { size: 36, weight: 800, color: C.white }), B.text('Next sweep: tomorrow', 20, 100, 200, 16, { size: 12, color: C.white })]),
    B.text('Sales this week', 24, 290, 327, 20, { size: 15, weight: 700 }),
    B.rect('Rectangle 52', 24, 320, 327, 160, { fills: solid(C.pale), cornerRadius: 12 }),
    tabbar('Home'),
  ]);

  // Account / connections
  const refresh = B.vec('Vector', 300, 20, 20, 20, { fills: solid(char), name: 'refresh' });
  to(refresh, 'account', 'SWAP');
  const help = B.frame('Frame 63', 24, 480, 327, 56, { strokes: solid(C.line), cornerRadius: 12 }, [B.text('Help', 16, 18, 200, 20, { weight: 600 }), B.vec('Vector', 300, 20, 10, 16)]);
  to(help, 'help');
  const closeAcct = link(B, 'Close account', 24, 620, 200, ketchup, { size: 14 });
  scr('account', 'Account', 3, 1, [
    status(),
    B.text('Account', 24, 70, 327, 30, { size: 24, weight: 800 }),
    B.text('Linked', 24, 130, 327, 18, { size: 13, weight: 700, color: muted }),
    B.frame('Frame 61', 24, 156, 327, 64, { strokes: solid(C.line), cornerRadius: 12 }, [logo(B, 'sq-logo', 14, 14, 36), B.text('Square\nSynced 2h ago', 62, 12, 200, 40, { size: 13 }), refresh]),
    B.frame('Frame 62', 24, 230, 327, 64, { strokes: solid(C.line), cornerRadius: 12 }, [logo(B, 'chase-logo', 14, 14, 36), B.text('Chase ••2231\nSynced 6:02am', 62, 12, 200, 40, { size: 13 })]),
    B.text('Autopay from Chase ••2231', 24, 330, 327, 18, { size: 13 }),
    B.text('Notifications', 24, 380, 327, 20, { weight: 600 }),
    help, closeAcct,
    tabbar('Account'),
  ]);

  // Help
  scr('help', 'Help', 4, 1, [
    status(), back(),
    B.text('Help', 24, 100, 327, 30, { size: 24, weight: 800 }),
    B.text('Text us: (415) 555-0134\nCall: 1-800-555-0199\nhelp@griddlefunding.com', 24, 160, 327, 70, { size: 15 }),
    B.frame('Frame 71', 24, 260, 327, 52, { fills: solid(char), cornerRadius: 26 }, [B.text('Chat now', 20, 16, 287, 20, { color: C.white, weight: 600, align: 'CENTER' })]),
  ]);

  // Saved for later
  const resume = btnInst(B, pill.id, 'Pick up where I left off', 24, 600, 327, 52, { name: 'Btn' });
  to(resume, 'connect');
  scr('saved', 'Frame 8', 5, 1, [
    status(),
    B.text('Saved ✅', 24, 120, 327, 36, { size: 28, weight: 800 }),
    B.text('We’ll text you a link. Finish anytime.', 24, 170, 327, 20, { size: 15, color: muted }),
    B.text('Forward to your bookkeeper', 24, 210, 327, 20, { size: 15, weight: 600, visible: false }),
    resume,
  ]);

  // Upload statements
  const upNext = btnInst(B, pill.id, 'Send', 24, 700, 327, 52, { name: 'Btn' });
  to(upNext, 'connected');
  scr('upload', 'Frame 9', 0, 2, [
    status(), back(),
    B.text('Upload', 24, 100, 327, 30, { size: 24, weight: 800 }),
    B.text('Last 3 months of bank statements (PDF).', 24, 150, 327, 20, { size: 15, color: muted }),
    B.frame('Frame 81', 24, 200, 327, 180, { strokes: solid(C.line), cornerRadius: 14, dashPattern: [4, 4] }, [B.vec('Vector', 150, 60, 28, 28), B.text('Tap to add files', 80, 110, 167, 18, { align: 'CENTER', color: muted })]),
    upNext,
  ]);

  for (const [n, k, nav] of pend) go(n, ids[k], nav);
  const flowPage = canvas(B, 'App flow', frames);

  B.setPage(1);
  const cover = canvas(B, 'Cover', [B.frame('Thumbnail', 0, 0, 1600, 960, { fills: solid(mustard) }, [
    B.text('Griddle Funding — mobile onboarding', 100, 380, 1400, 80, { size: 64, weight: 800 }),
  ])]);
  B.setPage(9);
  const oldPage = canvas(B, 'old / explorations', [B.frame('Connect — alt A', 0, 0, W, H, {}, [
    B.text('Connect Square, Toast or Clover', 24, 120, 327, 60, { size: 24, weight: 800 }),
    B.text('Want to know more? Read the FAQ', 24, 200, 327, 20, { deco: 'UNDERLINE' }),
  ])]);

  const doc = file(B, 'Griddle — mobile v2', '2025-04-03T18:22:51Z', [cover, flowPage, comps, oldPage]);

  const truth = {
    file: `${name}.json`,
    kind: 'onboarding',
    description: 'Griddle Funding, loans for US food trucks, iPhone 375x812 with very short copy. No prototype starting point is set; the flow reads from the Sign up frame. Sign up → amount → a "Show us your sales" POS-linking screen → one flat list of POS systems and banks → Square consent page → linked state with an offer-strength bar → offer with a bank prompt, home, account with linked sources, help, a save-for-later screen and a statement upload path.',
    present: [
      'funnel.three-actions', 'funnel.cta-visible', 'funnel.social-proof',
      'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
      'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.disconnect-anytime', 'privacy.statistics', 'privacy.support-contacts', 'privacy.powered-by',
      'platform.accurate-branding', 'platform.alternatives', 'platform.non-linear', 'platform.multiple-connections',
      'connection.view-live', 'connection.refresh',
    ],
    absent: [
      'funnel.greeting-email', 'funnel.prefill', 'value.faq-link', 'privacy.connection-guide', 'privacy.mutual-nda',
      'platform.explain-redirect', 'platform.grouped-categories', 'platform.search', 'connection.delete', 'connection.syncing-indicator',
    ],
    notes: {
      'funnel.three-actions': 'Sign up → amount → POS screen: two taps.',
      'funnel.cta-visible': 'Full-width "Link my POS" primary button on its own step.',
      'funnel.social-proof': 'Star rating and a named owner quote on sign-up.',
      'value.three-part': 'Three short lines: offer in minutes / we read card sales read-only / link below, with one main button.',
      'value.contextual-ctas': 'Offer screen: "Link bank → higher limit".',
      'value.progress-meter': 'Offer strength bar that grows as sources are added.',
      'privacy.data-scope': 'Card sales, read-only, nothing goes back to the POS.',
      'privacy.trust-language': '"Encrypted. Never sold or shared."',
      'privacy.consent-action': 'Checkbox with a Privacy Policy link above the button.',
      'privacy.disconnect-anytime': '"Unlink anytime."',
      'privacy.statistics': '"12,000+ vendors linked securely".',
      'privacy.support-contacts': 'Help: text, phone, email and chat.',
      'privacy.powered-by': '"powered by Conduit" mark on the connect screen.',
      'platform.accurate-branding': 'Logos and full names: Square for Restaurants, Toast POS, Clover POS, Chase Business Checking.',
      'platform.alternatives': '"Not listed? Upload statements".',
      'platform.non-linear': '"Do it later" saves progress and texts a link to resume.',
      'platform.multiple-connections': 'Linked ✓ and Pending rows with "+ Add bank".',
      'connection.view-live': 'Account lists linked sources with last sync times.',
      'connection.refresh': 'Refresh icon on the Square row.',
      'funnel.greeting-email': 'No email frame.',
      'funnel.prefill': 'Nothing is shown filled from the POS or bank.',
      'value.faq-link': 'FAQ link only on an archived exploration frame.',
      'privacy.connection-guide': 'No own connection guide.',
      'privacy.mutual-nda': 'No NDA.',
      'platform.explain-redirect': 'Tapping a POS jumps straight to the Square page with no explanation.',
      'platform.grouped-categories': 'POS systems and banks mixed in one unheaded list.',
      'platform.search': 'No search.',
      'connection.delete': 'No unlink control; only "Close account".',
      'connection.syncing-indicator': 'No syncing state.',
    },
  };
  return { doc, truth, candidates: [ids.connect, ids.offer], start: ids.signup };
}
