// d16 — Kite (negative): consumer personal banking app, iOS 390x844. Transfers, cards, "Link a card", connected devices.
import { Ctx, T, H, Link, Rect, Vec, Gap, Col, Row, Card, BtnInst, BtnFrame, BtnGroup, Chip, Check, Search, Spinner, Screen, componentsPage, coverPage, flowPage, write, IDS } from './lib.mjs';

export default function build(dir) {
  const c = new Ctx('1', { accent: '#0EA5E9', font: 'SF Pro Text' });
  const cover = coverPage(c, 1, 'Kite — personal banking', 'iOS 17 · core flows · design QA');
  const comp = componentsPage(c, 2, [
    { name: 'Btn', set: ['Primary', 'Primary/Hover', 'Ghost'], hover: true, label: 'Send' },
    { name: 'toggle', set: ['off', 'on'] },
    { name: 'list-row' },
  ]);
  const B = comp['Btn'], TG = comp['toggle'];
  const at = (i, row = 0) => [i * 490, row * 1100, 390, 844];
  const tabs = () => Row(['Home', 'Payments', 'Cards', 'Profile'].map((t) => T(t, { size: 11, align: 'CENTER', to: { Home: 'home', Payments: 'transfer', Cards: 'cards', Profile: 'profile' }[t] })), { pad: 14, fill: '#F8FAFC', name: 'Tab Bar' });
  const tx = (who, amt, cat) => Row([Rect({ w: 36, h: 36, r: 18, fill: '#E0F2FE' }), Col([T(who, { size: 15, weight: 600 }), T(cat, { size: 12, color: '#64748B' })], { gap: 2 }), T(amt, { size: 15, align: 'RIGHT' })], { gap: 12, widths: [36, 200], pad: 8 });

  const toggle = (cc, x, y) => ({ id: cc.id(), name: 'toggle', type: 'INSTANCE', componentId: TG.id, absoluteBoundingBox: { x, y, width: 51, height: 31 }, children: [] });
  const screens = [
    Screen('welcome', 'Frame 1', at(0), [Gap(140), Vec({ w: 72, h: 72, fill: '#0EA5E9', name: 'kite' }), H('Banking that keeps up with you', { size: 30 }), T('Trusted by 5M customers', { size: 15, weight: 600 }), T('“Finally a bank app that doesn’t make me sigh.” — App Store review', { size: 14, color: '#64748B' }), BtnInst('Open an account', B, { to: 'id', w: 342 }), Link('I already bank with Kite', { plain: true, to: 'home' }), Link('Skip intro', { plain: true, to: 'id', color: '#94A3B8' })]),
    Screen('id', 'Frame 2', at(1), [H('Verify your identity', { size: 26 }), T('1  Scan your photo ID\n2  Take a selfie\n3  Confirm your address', { size: 16 }), Rect({ h: 220, r: 16, fill: '#F1F5F9', name: 'camera' }), Row([Spinner(), T('Checking your document…', { size: 14 })], { gap: 8, widths: [18] }), BtnFrame('Continue', { to: 'home', w: 342, r: 14 })]),
    Screen('home', 'Home', at(2), [T('Good evening, Sam', { size: 15, color: '#64748B' }), H('$4,218.07', { size: 34 }), T('Everyday account ••4410', { size: 13 }),
      Row([Chip('Send', { to: 'transfer' }), Chip('Request'), Chip('Top up')], { gap: 8 }),
      T('Spending by category', { size: 18, weight: 700 }), Rect({ h: 120, r: 12, fill: '#F1F5F9', name: 'donut' }),
      Search('Search transactions'),
      Col([Col([T('Today', { size: 12, weight: 700, color: '#64748B' }), tx('Blue Bottle Coffee', '-$6.50', 'Eating out')], { gap: 4 }), Col([T('Yesterday', { size: 12, weight: 700, color: '#64748B' }), tx('Salary · Acme Inc', '+$3,200.00', 'Income'), tx('Metro card', '-$33.00', 'Transport')], { gap: 4 })], { gap: 12, name: 'Auto layout' }),
      tabs()], { gap: 12 }),
    Screen('transfer', 'Payments', at(3), [H('Send money', { size: 26 }), Search('Name, @tag or account number'), T('Recent', { size: 15, weight: 700 }), tx('Maya Chen', '', '@maya'), tx('Landlord — J. Ruiz', '', 'Routing ••0021'), BtnGroup('Continue', { to: 'confirm', w: 342 }), tabs()]),
    Screen('confirm', 'Frame 5', at(4), [H('Send $250.00 to Maya?', { size: 24 }), T('Arrives instantly · no fee', { size: 14 }), Check('rect', null, [T('Save Maya as a favourite', { size: 14 })]), BtnInst('Send', B, { to: 'sent', w: 342 }), Link('Cancel', { back: true, plain: true })]),
    Screen('sent', 'Frame 6', at(5), [Gap(200), H('Sent ✓', { size: 30 }), T('Maya will get a notification.', { size: 15 }), BtnFrame('Done', { to: 'home', w: 342 })]),
    Screen('cards', 'Cards', at(6), [H('Cards', { size: 26 }), Rect({ h: 210, r: 16, image: 'card-art', name: 'Rectangle 8' }),
      Row([T('Freeze card', { size: 15 }), toggle], { gap: 12, widths: [260] }),
      Link('Link a card', { to: 'linkcard' }), T('Add a debit card from another bank to top up your Kite account.', { size: 13, color: '#64748B' }), tabs()]),
    Screen('linkcard', 'Frame 8', at(7), [H('Link a debit card', { size: 26 }), Col([T('Card number', { size: 13 }), Rect({ h: 48, r: 10, fill: '#F1F5F9' }), T('Expiry', { size: 13 }), Rect({ h: 48, r: 10, fill: '#F1F5F9' })], { gap: 6 }), T('🔒 Card details are encrypted.', { size: 13 }), BtnFrame('Link card', { to: 'cards', w: 342 })]),
    Screen('profile', 'Profile', at(0, 1), [H('Profile', { size: 26 }),
      Card([T('Connected devices', { weight: 700 }), T('iPhone 15 · this device\nMacBook Air · last active 2 days ago', { size: 14 }), Link('Remove device', { plain: true, color: '#DC2626', size: 14 })]),
      Card([T('Statements', { weight: 700 }), T('October 2026 · September 2026', { size: 14 }), Link('Download PDF', { plain: true, size: 14 })]),
      Card([T('Kite Business is coming: connect QuickBooks Online and Xero to your business account', { size: 14 }), BtnFrame('Join the waitlist', { w: 200 })], { hidden: true, name: 'promo (parked)' }),
      Link('Contact us', { plain: true, to: 'contact' }), T('Delete account', { color: '#DC2626', size: 14 }), tabs()]),
    Screen('contact', 'Frame 10', at(1, 1), [H('Contact us', { size: 26 }), T('We’re here 24/7 in chat.', { size: 15 }), BtnFrame('Start chat', { w: 342 }), Link('Back', { back: true, plain: true })]),
  ];
  const flow = flowPage(c, 3, 'Flows', screens, 'welcome');
  return write(dir, 'd16-negative-banking-app-consumer', c, { name: 'Kite iOS — core flows', lastModified: '2026-11-02T19:12:40Z', version: '4360019988' }, [cover, flow, comp.page], {
    kind: 'negative',
    description: 'Kite, a consumer personal banking app, iOS 390x844. No business connects third-party accounting, banking or commerce software. Welcome ("Trusted by 5M customers", App Store quote, "Skip intro") → ID verification (numbered 1/2/3 in one text, "Checking your document…" spinner) → Home (balance, category spending chart, "Search transactions") → Payments (recipient search) → confirm (favourite checkbox) → sent; Cards (freeze toggle INSTANCE, "Link a card" for topping up from another bank’s debit card, "🔒 Card details are encrypted"); Profile (connected devices with last active + "Remove device", statements, "Contact us" → chat only, "Delete account"; a hidden, parked "Kite Business" promo mentioning QuickBooks Online and Xero). Labelled by what the checklist means.',
    present: [],
    absent: IDS.filter((id) => !['funnel.social-proof', 'privacy.statistics', 'privacy.support-contacts'].includes(id)),
    notes: {
      'funnel.social-proof': 'Unlabelled: "Trusted by 5M customers" and an App Store quote are shown, but on a consumer account-opening screen, not a business connection funnel.',
      'privacy.statistics': 'Unlabelled: the customer count is marketing, not a trust figure about a data connection.',
      'privacy.support-contacts': 'Unlabelled: one "Contact us" (chat) exists, and there is no connection journey for it to support.',
      'connection.view-live': '"Connected devices" (last active) are phones and laptops, not connections to business software.',
      'connection.delete': '"Remove device" / "Delete account" are not revoking a data connection.',
      'platform.multiple-connections': '"Link a card" adds a debit card for top-ups; it is not connecting business software.',
    },
  });
}
