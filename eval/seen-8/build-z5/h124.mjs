// h124 (negative): a personal student-loan tracker. It links a personal bank and a university
// login, but no business connects accounting, banking or commerce software.
import { newDoc, page, finish, write, F, G, R, V, T, I, C, WRITTEN_BY } from './lib.mjs';
import { btnInst, btnFrame, btnGroup, link, logo, spinner } from './kit.mjs';
import { absentExcept } from './neg-truth.mjs';

const D = newDoc('Gradwise app — MVP', '2025-01-28T18:11:40Z');
D.font = 'Manrope';
const TEAL = '#0E7C7B', INK = '#14213D', GREY = '#6B7280';
const W = 390, H = 844;

const comps = page('Components');
comps.children.push(
  C('cta', 'cta', 0, 0, 342, 54, { fill: TEAL, radius: 14 }, [T('Label', 0, 17, 342, 16, 700, { center: true, color: '#FFFFFF', h: 20 })]),
  C('Nav bar', 'tabs', 0, 80, 390, 82, { fill: '#FFFFFF', stroke: '#E5E7EB' }, []),
);

const flow = page('Flow');
flow._flows = [['welcome', 'First launch']];
const status = () => G('Status', 0, 0, W, 47, [T('9:41', 30, 16, 60, 15, 600), V('Vector', 310, 18, 60, 12, { fill: INK })]);
const input = (l, v, y, i) => F('Frame ' + (10 + i), 24, y, 342, 76, { layout: 'VERTICAL', gap: 6 }, [T(l, 0, 0, 342, 13, 600, { color: GREY }), F('Frame ' + (20 + i), 0, 24, 342, 48, { fill: '#F9FAFB', stroke: '#E5E7EB', radius: 12 }, [T(v, 14, 14, 310, 16, 400)])]);
const tabs = (a) => I('Nav bar', 'tabs', 0, 762, W, 82, {}, ['Home', 'Calculator', 'Help', 'Me'].map((t, i) => T(t, 10 + i * 95, 40, 85, 11, 600, { center: true, color: t === a ? TEAL : GREY, go: { Home: 'dash', Calculator: 'calc', Help: 'help', Me: 'me' }[t] })));

const welcome = F('iPhone 14 - 1', 0, 0, W, H, { fill: '#E8F5F4', key: 'welcome' }, [
  status(),
  R('Rectangle 1', 45, 110, 300, 300, { img: 'gradcap01', radius: 150 }),
  T('Know exactly where your student loan stands', 24, 450, 342, 28, 800),
  T('Balance, interest and repayments in one place — no more guessing from payslips.', 24, 540, 342, 16, 400, { color: GREY }),
  T('⭐ Trusted by 300k graduates', 24, 610, 342, 14, 700, { color: TEAL }),
  btnInst('Get started', 'cta', 24, 700, 342, 54, { go: 'signup', name: 'cta' }),
]);

const signup = F('iPhone 14 - 2', 450, 0, W, H, { fill: '#FFFFFF', key: 'signup' }, [
  status(), T('Create your account', 24, 70, 342, 26, 800),
  input('Email', 'sam.okafor@gmail.com', 130, 1), input('Password', '••••••••••', 216, 2), input('Date of birth', '14/05/1999', 302, 3),
  btnInst('Continue', 'cta', 24, 720, 342, 54, { go: 'plan' }),
]);

const plan = F('iPhone 14 - 3', 900, 0, W, H, { fill: '#FFFFFF', key: 'plan' }, [
  status(), T('Which plan are you on?', 24, 70, 342, 26, 800),
  ...['Plan 1', 'Plan 2', 'Plan 4 (Scotland)', 'Plan 5', 'Postgraduate Loan'].map((p, i) => F('Frame ' + (30 + i), 24, 130 + i * 64, 342, 54, { fill: i === 1 ? '#E8F5F4' : '#F9FAFB', stroke: i === 1 ? TEAL : '#E5E7EB', radius: 12, layout: 'HORIZONTAL', pad: 14 }, [T(p, 14, 16, 300, 16, 600)])),
  link('Not sure? Check your SLC statement', 24, 470, 342, TEAL, { underline: true, url: 'https://www.gov.uk/repaying-your-student-loan' }),
  btnInst('Continue', 'cta', 24, 720, 342, 54, { go: 'bank' }),
]);

const bank = F('iPhone 14 - 4', 1350, 0, W, H, { fill: '#FFFFFF', key: 'bank' }, [
  status(), T('Link your bank account', 24, 70, 342, 26, 800),
  T('We’ll spot your repayments as they leave your salary, so your balance is always up to date.', 24, 112, 342, 15, 400, { color: GREY }),
  ...['Monzo', 'Starling', 'Barclays', 'HSBC UK', 'Nationwide'].map((b, i) => F('Frame ' + (40 + i), 24, 200 + i * 64, 342, 56, { fill: '#F9FAFB', radius: 12, layout: 'HORIZONTAL', pad: 10, gap: 12, go: 'uni' }, [logo(10, 10, 36, b), T(b, 58, 18, 250, 16, 600)])),
  T('Read-only via Open Banking. We can’t move money.', 24, 540, 342, 13, 500, { color: TEAL }),
  btnInst('Link bank', 'cta', 24, 700, 342, 54, { go: 'uni' }),
  link('Skip for now', 24, 770, 342, GREY, { center: true, go: 'uni' }),
]);

const uni = F('iPhone 14 - 5', 1800, 0, W, H, { fill: '#FFFFFF', key: 'uni' }, [
  status(), T('Connect your university account', 24, 70, 342, 26, 800),
  T('Sign in with your uni login to pull in your course start and end dates — they decide when repayments begin.', 24, 150, 342, 15, 400, { color: GREY }),
  F('Frame 50', 24, 250, 342, 54, { fill: '#F9FAFB', stroke: '#E5E7EB', radius: 12 }, [V('Vector', 14, 17, 20, 20, { fill: GREY }), T('Search your university', 44, 17, 280, 16, 400, { color: GREY })]),
  btnInst('Continue with university login', 'cta', 24, 700, 342, 54, { go: 'dash' }),
  link('Enter dates myself', 24, 770, 342, GREY, { center: true, go: 'dash' }),
]);

const dash = F('iPhone 14 - 6', 0, 950, W, H, { fill: '#F3F6F8', key: 'dash' }, [
  status(), T('Hi Sam', 24, 60, 300, 24, 800),
  F('Frame 60', 16, 110, 358, 170, { fill: INK, radius: 20, layout: 'VERTICAL', pad: 20, gap: 6 }, [
    T('Balance', 20, 20, 200, 13, 500, { color: '#CBD5E1' }), T('£43,210.55', 20, 44, 300, 34, 800, { color: '#FFFFFF' }),
    G('Group 3', 20, 120, 300, 20, [spinner(0, 2, 16), T('Syncing repayments…', 24, 0, 260, 13, 500, { color: '#CBD5E1' })]),
  ]),
  F('Frame 61', 16, 300, 358, 200, { fill: '#FFFFFF', radius: 16, layout: 'VERTICAL', pad: 16, gap: 8, go: 'loan' }, [
    T('This tax year', 16, 16, 300, 16, 700), T('Repaid £1,184 · Interest added £2,607', 16, 48, 320, 14, 400, { color: GREY }),
    R('Rectangle 9', 16, 84, 326, 90, { fill: '#E8F5F4', radius: 8 }),
  ]),
  tabs('Home'),
]);

const loan = F('iPhone 14 - 7', 450, 950, W, H, { fill: '#FFFFFF', key: 'loan' }, [
  status(), V('Vector', 20, 60, 24, 24, { fill: INK, back: true }), T('Plan 2 loan', 24, 100, 342, 24, 800),
  T('Interest rate 7.3% (RPI + 3%)\nWrite-off date April 2051\nThreshold £27,295 a year', 24, 150, 342, 15, 400),
  T('Latest repayments\nMar · £98.00\nFeb · £98.00\nJan · £112.00', 24, 260, 342, 15, 400),
]);

const calc = F('iPhone 14 - 8', 900, 950, W, H, { fill: '#FFFFFF', key: 'calc' }, [
  status(), T('What if I overpay?', 24, 70, 342, 24, 800),
  input('Extra each month', '£50', 120, 4), input('Expected pay rise', '3% a year', 206, 5),
  F('Frame 70', 24, 310, 342, 120, { fill: '#E8F5F4', radius: 14, layout: 'VERTICAL', pad: 16 }, [T('You’d clear it in 2047 and pay £9,800 less interest.', 16, 16, 310, 16, 700)]),
  tabs('Calculator'),
]);

const help = F('iPhone 14 - 9', 1350, 950, W, H, { fill: '#FFFFFF', key: 'help' }, [
  status(), T('Help', 24, 70, 342, 26, 800),
  ...['Why doesn’t my balance match SLC?', 'When do repayments start?', 'What happens if I move abroad?', 'Is overpaying worth it?'].map((q, i) => F('Frame ' + (80 + i), 24, 130 + i * 62, 342, 54, { stroke: '#E5E7EB', radius: 12, layout: 'HORIZONTAL', pad: 14 }, [T(q, 14, 16, 290, 15, 500)])),
  tabs('Help'),
]);

const me = F('iPhone 14 - 10', 1800, 950, W, H, { fill: '#FFFFFF', key: 'me' }, [
  status(), T('Me', 24, 70, 342, 26, 800),
  F('Frame 90', 24, 130, 342, 120, { fill: '#F9FAFB', radius: 14, layout: 'VERTICAL', pad: 16, gap: 6 }, [
    T('Bank', 16, 16, 200, 13, 600, { color: GREY }), T('Monzo ••7731 · linked 3 Jan', 16, 40, 300, 15, 600),
    btnGroup('Remove bank', 16, 70, 140, 36, '#FEF2F2', { radius: 10, size: 14 }, '#B91C1C'),
  ]),
  F('Frame 91', 24, 270, 342, 80, { fill: '#F9FAFB', radius: 14, layout: 'VERTICAL', pad: 16 }, [T('University', 16, 16, 200, 13, 600, { color: GREY }), T('University of Leeds · 2017–2020', 16, 40, 300, 15, 600)]),
  btnFrame('Delete account', 24, 640, 342, 50, '#FFFFFF', { stroke: '#FCA5A5', radius: 12 }, '#B91C1C'),
  tabs('Me'),
]);

flow.children.push(welcome, signup, plan, bank, uni, dash, loan, calc, help, me);

const keys = finish();
write('h124-negative-student-loans', {
  kind: 'negative',
  writtenBy: WRITTEN_BY,
  description: 'Mobile (390x844) personal student-loan tracker: welcome with a graduate-count badge, sign-up, repayment-plan choice, linking a personal bank, signing in with a university login, a balance dashboard that is "Syncing repayments…", loan detail, overpayment calculator, help FAQs and a profile screen with "Remove bank" and "Delete account". A consumer product; no business connects accounting, banking or commerce software.',
  present: [],
  absent: absentExcept(['funnel.social-proof', 'privacy.statistics']),
  notes: {
    'funnel.social-proof': 'Left unlabelled: "Trusted by 300k graduates" is social proof for a consumer app, not for a business connection flow.',
    'privacy.statistics': 'Left unlabelled for the same reason as the badge above.',
    'connection.syncing-indicator': '"Syncing repayments…" is about a personal bank feed, not a business connection.',
    'connection.delete': '"Remove bank" removes a personal current account.',
    'privacy.trust-language': '"Read-only via Open Banking" is about a personal bank account.',
  },
  flow: { startFrameId: 'welcome', connectFrameId: null, stepsToConnect: null, deadEnds: [] },
}, keys);
