// h108 — payroll for physiotherapy clinic groups, iPad portrait 834x1194, Australian English.
// No prototype starting point is set on any page.
import {
  frame, section, rect, vector, ellipse, text, line, click, back, close, openUrl, hoverTo,
  vstack, hstack, btnInstance, btnFrame, btnGroup, link, checkbox, logo, icon, place,
  node, solid, finalize, writeOut,
} from './lib.mjs';

const W = 834;
const H = 1194;
const INK = '#102A43';
const MUTED = '#627D98';
const TEAL = '#0E7C86';

const pad = (name, ref, children, bg = '#F7FAFC') => frame(name, 0, 0, W, H, { ref, fills: [solid(bg)] }, [
  place(hstack('Status bar', 0, 0, [text('9:41  Tue 3 Jun', 0, 0, 120, { size: 13, weight: 600 }), text('100% ▮', 0, 0, 60, { size: 13, weight: 600, align: 'RIGHT' })], { w: W, h: 24, padX: 20, justify: 'SPACE_BETWEEN' }), 0, 0),
  ...children,
]);

function topNav(active) {
  const tab = (label, to) =>
    btnFrame(label, label.length * 9 + 40, 40, { bg: active === label ? '#E6F6F7' : null, color: active === label ? TEAL : '#334E68', radius: 20, size: 15, ...(to ? click(to) : {}) });
  return place(hstack('Nav', 0, 0, [
    hstack(null, 0, 0, [ellipse('Logo', 0, 0, 28, 28, { fills: [solid(TEAL)] }), text('Kinetica', 0, 0, 100, { size: 18, weight: 700 })], { gap: 8 }),
    hstack(null, 0, 0, [tab('Pay runs', 'payrun'), tab('People'), tab('Integrations', 'integrations'), tab('Support', 'support')], { gap: 4 }),
  ], { w: W, h: 64, padX: 24, justify: 'SPACE_BETWEEN', fills: [solid('#FFFFFF')], strokes: [solid('#D9E2EC')], strokeWeight: 1 }), 0, 24);
}

const field = (label, value, w = 706, prefilled = false) =>
  vstack(null, 0, 0, w, [
    text(label, 0, 0, w, { size: 13, weight: 600, color: '#334E68' }),
    frame('Input', 0, 0, w, 48, { cornerRadius: 8, fills: [solid(prefilled ? '#F0FAFA' : '#FFFFFF')], strokes: [solid('#BCCCDC')], strokeWeight: 1 }, [
      place(text(value, 0, 0, w - 40, { size: 15, color: value.startsWith('e.g.') ? '#9FB3C8' : INK }), 16, 13),
    ]),
  ], { gap: 6 });

// ---------- Screens
const signup = pad('01 Create workspace', 'signup', [
  place(vstack(null, 0, 0, 706, [
    hstack(null, 0, 0, [ellipse('Logo', 0, 0, 36, 36, { fills: [solid(TEAL)] }), text('Kinetica', 0, 0, 160, { size: 24, weight: 700 })], { gap: 10 }),
    text('Payroll that reads the appointment book', 0, 0, 706, { size: 34, weight: 700 }),
    text('Create a workspace for your clinic group. You’ll be able to add every location and practitioner next.', 0, 0, 706, { size: 17, color: MUTED }),
    field('Your name', 'e.g. Hannah Choi'),
    field('Work email', 'e.g. hannah@connectphysio.com.au'),
    field('Clinic group name', 'e.g. Connect Physio Group'),
    field('Password', '••••••••••••'),
    btnInstance('c.primary', 'Create workspace', 706, 56, { ...click('clinics') }),
    hstack(null, 0, 0, [link('Talk to sales first? Book a demo', 260, { underline: true, ...click('demo') }), link('Skip intro video', 130, { color: MUTED })], { w: 706, justify: 'SPACE_BETWEEN' }),
  ], { gap: 20 }), 64, 120),
]);

const demo = pad('Book a demo', 'demo', [
  place(vstack(null, 0, 0, 706, [
    hstack(null, 0, 0, [vector('Back', 0, 0, 12, 20, back()), text('Book a demo', 0, 0, 300, { size: 22, weight: 700 })], { gap: 16 }),
    text('Pick a 30-minute slot with our clinic payroll team. We’ll walk through award interpretation for physios, contractor splits and multi-site reporting.', 0, 0, 706, { size: 16, color: MUTED }),
    frame('Calendar embed', 0, 0, 706, 520, { cornerRadius: 12, strokes: [solid('#D9E2EC')], strokeWeight: 1 }, [place(text('June 2025', 0, 0, 200, { size: 16, weight: 600 }), 24, 24)]),
    btnFrame('Open booking page', 220, 48, { bg: INK, ...openUrl('https://cal.kinetica.com.au/demo') }),
  ], { gap: 20 }), 64, 80),
]);

const clinicRow = (name, addr) =>
  hstack(null, 0, 0, [
    vstack(null, 0, 0, 520, [text(name, 0, 0, 520, { size: 16, weight: 600 }), text(addr, 0, 0, 520, { size: 13, color: MUTED })], { gap: 2 }),
    link('Edit', 40, { size: 14 }),
  ], { w: 706, padX: 20, padY: 16, justify: 'SPACE_BETWEEN', fills: [solid('#FFFFFF')], cornerRadius: 10, strokes: [solid('#D9E2EC')], strokeWeight: 1 });

const clinics = pad('02 Clinics', 'clinics', [
  place(vstack(null, 0, 0, 706, [
    text('Step 1 of 3 · Locations', 0, 0, 300, { size: 13, weight: 600, color: TEAL }),
    text('Which clinics are in your group?', 0, 0, 706, { size: 30, weight: 700 }),
    clinicRow('Connect Physio Carlton', '214 Lygon St, Carlton VIC 3053'),
    clinicRow('Connect Physio Brunswick', '77 Sydney Rd, Brunswick VIC 3056'),
    clinicRow('Northside Sports Rehab', '5/12 High St, Northcote VIC 3070'),
    hstack(null, 0, 0, [vector('Plus', 0, 0, 16, 16), text('Add a location', 0, 0, 200, { size: 15, weight: 600, color: TEAL })], { gap: 8 }),
    hstack(null, 0, 0, [link('Back', 60, { color: MUTED, ...back() }), btnFrame('Next', 160, 52, { bg: TEAL, ...click('connect') })], { w: 706, justify: 'SPACE_BETWEEN' }),
  ], { gap: 18 }), 64, 110),
]);

const pcard = (name, ref, site, to) =>
  hstack(null, 0, 0, [
    logo(ref, 44, name),
    vstack(null, 0, 0, 220, [text(name, 0, 0, 220, { size: 15, weight: 600 }), text(site, 0, 0, 220, { size: 12, color: MUTED })], { gap: 2 }),
  ], { w: 345, padX: 16, padY: 14, gap: 12, fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid('#D9E2EC')], strokeWeight: 1, ...(to ? click(to) : hoverTo('c.card-hover')) });

const connect = pad('03 Connect software', 'connect', [
  place(vstack('Auto layout', 0, 0, 706, [
    text('Step 2 of 3 · Connections', 0, 0, 300, { size: 13, weight: 600, color: TEAL }),
    text('Hook up your practice software and payroll', 0, 0, 706, { size: 30, weight: 700 }),
    vstack('Why', 0, 0, 706, [
      text('Pay runs built from real appointment hours — no timesheets, no copy-paste between systems.', 0, 0, 658, { size: 16, weight: 600 }),
      text('We read practitioners, appointments and service types from your practice-management system to work out hours and commissions. Approved pay runs are then sent to your payroll provider; we never change your appointment book.', 0, 0, 658, { size: 14, color: '#334E68' }),
    ], { pad: 24, gap: 8, fills: [solid('#E6F6F7')], cornerRadius: 12 }),
    btnInstance('c.primary', 'Connect practice software', 320, 56, { name: 'Btn', ...click('cliniko') }),
    text('Practice management', 0, 0, 400, { size: 20, weight: 700 }),
    hstack(null, 0, 0, [pcard('Cliniko', 'cl', 'cliniko.com', 'cliniko'), pcard('Jane App', 'ja', 'jane.app')], { gap: 16 }),
    hstack(null, 0, 0, [pcard('Nookal', 'nk', 'nookal.com'), pcard('Zanda (formerly Power Diary)', 'zd', 'zandahealth.com')], { gap: 16 }),
    text('Payroll', 0, 0, 400, { size: 20, weight: 700 }),
    hstack(null, 0, 0, [pcard('Employment Hero Payroll', 'eh', 'employmenthero.com', 'ehredirect'), pcard('Xero Payroll (Australia)', 'xp', 'xero.com/au')], { gap: 16 }),
    hstack(null, 0, 0, [pcard('MYOB Business', 'my', 'myob.com/au')], { gap: 16 }),
    hstack(null, 0, 0, [
      link('Invite your practice manager to finish this step', 380, { underline: true, ...openUrl('mailto:?subject=Kinetica') }),
      link('Request our mutual NDA', 200, { underline: true, ...openUrl('https://kinetica.com.au/legal/mnda') }),
    ], { w: 706, justify: 'SPACE_BETWEEN' }),
    hstack(null, 0, 0, [text('Integrations powered by', 0, 0, 170, { size: 12, color: MUTED }), rect('codat-logo', 0, 0, 64, 18, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FIT', imageRef: 'c0da7c0da7e1f2a3b4c5d6e7f8091a2b3c4d5e6f' }] })], { gap: 6 }),
  ], { gap: 16 }), 64, 80),
]);

const cliniko = pad('04 Connect Cliniko', 'cliniko', [
  place(vstack(null, 0, 0, 706, [
    hstack(null, 0, 0, [vector('Back', 0, 0, 12, 20, back()), logo('cl', 40, 'Cliniko'), text('Connect Cliniko', 0, 0, 300, { size: 26, weight: 700 })], { gap: 14 }),
    text('Cliniko connects with an API key rather than a sign-in. Create one in Cliniko under My Info → Manage API keys, then paste it below.', 0, 0, 706, { size: 16, color: '#334E68' }),
    link('Step-by-step guide: finding your Cliniko API key', 420, { underline: true, ...openUrl('https://help.kinetica.com.au/guides/cliniko-api-key') }),
    field('Cliniko API key', 'MS0xMjM0NTY3ODkw…'),
    vstack(null, 0, 0, 706, [
      hstack(null, 0, 0, [icon(18, 20, 'shield'), text('Keys are encrypted in transit and at rest. We never request clinical notes, and we don’t pass data to third parties without your written consent.', 0, 0, 640, { size: 14, color: '#334E68' })], { gap: 12 }),
    ], { pad: 16, fills: [solid('#FFFFFF')], cornerRadius: 10 }),
    hstack(null, 0, 0, [
      checkbox('INSTANCE', { comp: 'c.checkbox' }),
      text('I’m authorised to share practitioner, appointment and service data from our Cliniko account, and I agree to Kinetica’s Data Processing Agreement and Privacy Policy.', 0, 0, 660, { size: 14 }),
    ], { gap: 12 }),
    btnFrame('Connect Cliniko', 220, 52, { bg: TEAL, ...click('status') }),
  ], { gap: 20 }), 64, 100),
]);

const ehredirect = frame('05 Redirect notice', 0, 0, 560, 420, { ref: 'ehredirect', cornerRadius: 20 }, [
  place(vstack(null, 0, 0, 560, [
    logo('eh', 48, 'Employment Hero'),
    text('Off to Employment Hero', 0, 0, 480, { size: 22, weight: 700 }),
    text('You’ll be redirected to Employment Hero to sign in and approve access for Kinetica. Once approved you’ll come back to this screen automatically.', 0, 0, 480, { size: 15, color: '#334E68' }),
    hstack(null, 0, 0, [btnFrame('Not now', 120, 48, { bg: '#FFFFFF', color: INK, stroke: '#BCCCDC', ...close() }), btnInstance('c.primary', 'Continue to Employment Hero', 280, 48, { ...click('eh') })], { gap: 12 }),
  ], { pad: 40, gap: 18 }), 0, 0),
]);

const eh = pad('06 Employment Hero (external)', 'eh', [
  place(vstack(null, 0, 0, 440, [
    rect('EH wordmark', 0, 0, 180, 36, { fills: [{ blendMode: 'NORMAL', type: 'IMAGE', scaleMode: 'FIT', imageRef: 'e4e4a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7' }] }),
    text('Kinetica is requesting access to Connect Physio Group Pty Ltd', 0, 0, 392, { size: 19, weight: 600 }),
    field('Email', 'hannah@connectphysio.com.au', 392),
    btnGroup('Approve', 392, 48, { bg: '#7622D7', ...click('status') }),
  ], { pad: 24, gap: 16, fills: [solid('#FFFFFF')], cornerRadius: 12 }), 197, 300),
], '#F3EEFB');

const connRow = (name, ref, status, ok) =>
  hstack(null, 0, 0, [
    hstack(null, 0, 0, [logo(ref, 40, name), text(name, 0, 0, 300, { size: 16, weight: 600 })], { gap: 12 }),
    btnFrame(status, 190, 30, { bg: ok ? '#E3F9E5' : '#FFF3C4', color: ok ? '#207227' : '#8D6B00', radius: 15, size: 12 }),
  ], { w: 706, padX: 20, padY: 16, justify: 'SPACE_BETWEEN', fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid('#D9E2EC')], strokeWeight: 1 });

const status = pad('07 Connection status', 'status', [
  place(vstack(null, 0, 0, 706, [
    text('Step 2 of 3 · Connections', 0, 0, 300, { size: 13, weight: 600, color: TEAL }),
    text('Nearly there', 0, 0, 706, { size: 30, weight: 700 }),
    hstack('Readiness', 0, 0, [
      node('ELLIPSE', 'Ring', 0, 0, 96, 96, { fills: [], strokes: [solid(TEAL)], strokeWeight: 10, arcData: { startingAngle: 0, endingAngle: 4.21, innerRadius: 0.8 } }),
      vstack(null, 0, 0, 520, [
        text('Payroll readiness: 67%', 0, 0, 520, { size: 20, weight: 700 }),
        text('Each system you connect fills in more of your pay run. Connect Jane App for Northside Sports Rehab to reach 100%.', 0, 0, 520, { size: 14, color: MUTED }),
      ], { gap: 6 }),
    ], { gap: 24, pad: 20, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
    connRow('Cliniko — Carlton & Brunswick', 'cl', 'Connected ✓', true),
    connRow('Employment Hero Payroll', 'eh', 'Waiting for approval', false),
    hstack(null, 0, 0, [vector('Plus', 0, 0, 16, 16), text('Connect another practice system', 0, 0, 300, { size: 15, weight: 600, color: TEAL })], { gap: 8, ...click('connect') }),
    btnInstance('c.primary', 'Continue', 200, 52, { ...click('prefill') }),
  ], { gap: 18 }), 64, 100),
]);

const prefill = pad('08 Company details', 'prefill', [
  place(vstack(null, 0, 0, 706, [
    text('Step 3 of 3 · Company details', 0, 0, 300, { size: 13, weight: 600, color: TEAL }),
    text('We filled these in from Employment Hero — give them a quick check', 0, 0, 706, { size: 26, weight: 700 }),
    field('Legal entity name', 'Connect Physio Group Pty Ltd', 706, true),
    hstack(null, 0, 0, [field('ABN', '51 824 753 556', 345, true), field('Pay frequency', 'Fortnightly', 345, true)], { gap: 16 }),
    field('Registered address', 'Level 2, 214 Lygon St, Carlton VIC 3053', 706, true),
    hstack(null, 0, 0, [field('Default super fund', 'AustralianSuper', 345, true), field('Employees found', '41 (29 practitioners, 12 admin)', 345, true)], { gap: 16 }),
    btnInstance('c.primary', 'Looks right', 200, 52, { ...click('payrun') }),
  ], { gap: 18 }), 64, 100),
]);

const payrun = pad('09 Pay runs', 'payrun', [
  topNav('Pay runs'),
  place(vstack(null, 0, 0, 786, [
    text('Pay run · 19 May – 1 Jun', 0, 0, 600, { size: 26, weight: 700 }),
    hstack(null, 0, 0, [
      vstack(null, 0, 0, 250, [text('Gross pay', 0, 0, 200, { size: 13, color: MUTED }), text('$148,920', 0, 0, 200, { size: 26, weight: 700 })], { pad: 18, gap: 4, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
      vstack(null, 0, 0, 250, [text('Billable hours', 0, 0, 200, { size: 13, color: MUTED }), text('2,114', 0, 0, 200, { size: 26, weight: 700 })], { pad: 18, gap: 4, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
      vstack(null, 0, 0, 250, [text('Practitioners', 0, 0, 200, { size: 13, color: MUTED }), text('29', 0, 0, 200, { size: 26, weight: 700 })], { pad: 18, gap: 4, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
    ], { gap: 18 }),
    vstack(null, 0, 0, 786, [
      hstack(null, 0, 0, [icon(20, 20, 'alert'), text('Hours missing for Northside Sports Rehab', 0, 0, 600, { size: 16, weight: 600 })], { gap: 10 }),
      text('Northside books appointments in Jane App. Connect it so those practitioners’ hours and commissions land in this pay run.', 0, 0, 738, { size: 14, color: '#334E68' }),
      btnFrame('Connect Jane App', 190, 44, { bg: TEAL, ...click('connect') }),
    ], { pad: 24, gap: 10, fills: [solid('#FFFBEA')], cornerRadius: 12, strokes: [solid('#F7C948')], strokeWeight: 1 }),
    text('Practitioner · Hours · Gross', 0, 0, 786, { size: 13, weight: 600, color: MUTED }),
    text('Tom Baxter  ·  74.5  ·  $6,210\nAisha Karimi  ·  81.0  ·  $7,044\nLuca Ferri  ·  62.0  ·  $4,980\nMei Tan  ·  70.5  ·  $5,845', 0, 0, 786, { size: 15 }),
    btnInstance('c.primary', 'Review & approve', 220, 52),
  ], { gap: 20 }), 24, 112),
]);

const intRow = (name, ref, meta, last) =>
  hstack(null, 0, 0, [
    hstack(null, 0, 0, [logo(ref, 40, name), vstack(null, 0, 0, 360, [text(name, 0, 0, 360, { size: 16, weight: 600 }), text(meta, 0, 0, 360, { size: 12, color: MUTED })], { gap: 2 })], { gap: 12 }),
    vstack(null, 0, 0, 150, [text(last, 0, 0, 150, { size: 12, color: '#207227', align: 'RIGHT' }), btnFrame('Sync now', 110, 34, { bg: '#FFFFFF', color: INK, stroke: '#BCCCDC', size: 13 })], { gap: 6, align: 'MAX' }),
  ], { w: 786, padX: 20, padY: 16, justify: 'SPACE_BETWEEN' });

const integrations = pad('10 Integrations', 'integrations', [
  topNav('Integrations'),
  place(vstack(null, 0, 0, 786, [
    hstack(null, 0, 0, [text('Integrations', 0, 0, 300, { size: 26, weight: 700 }), btnInstance('c.primary', '+ Connect', 140, 44, { ...click('connect') })], { w: 786, justify: 'SPACE_BETWEEN' }),
    vstack(null, 0, 0, 786, [
      intRow('Cliniko', 'cl', 'Carlton, Brunswick · connected 3 Jun 2025, 10:12 am · 2 businesses', 'Last sync 8 min ago'),
      line(0, 0, 786),
      intRow('Employment Hero Payroll', 'eh', 'Connect Physio Group Pty Ltd · connected 3 Jun 2025, 10:20 am', 'Last sync 3 Jun, 10:21 am'),
    ], { fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid('#D9E2EC')], strokeWeight: 1 }),
    link('Manage', 80, { size: 14 }),
    vstack(null, 0, 0, 786, [
      text('Delete workspace', 0, 0, 300, { size: 15, weight: 600, color: '#CF1124' }),
      text('Removes all pay runs and employee records from Kinetica. This can’t be undone.', 0, 0, 700, { size: 13, color: MUTED }),
    ], { pad: 20, gap: 6, fills: [solid('#FFFFFF')], cornerRadius: 12, strokes: [solid('#FACDCD')], strokeWeight: 1 }),
  ], { gap: 18 }), 24, 112),
]);

const support = pad('11 Support', 'support', [
  topNav('Support'),
  place(vstack(null, 0, 0, 786, [
    text('We’re here to help', 0, 0, 600, { size: 26, weight: 700 }),
    hstack(null, 0, 0, [
      vstack(null, 0, 0, 250, [icon(24, 24, 'phone'), text('Call us', 0, 0, 210, { size: 15, weight: 600 }), text('1300 555 019\nMon–Fri 8am–6pm AEST', 0, 0, 210, { size: 13, color: MUTED })], { pad: 20, gap: 8, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
      vstack(null, 0, 0, 250, [icon(24, 24, 'mail'), text('Email', 0, 0, 210, { size: 15, weight: 600 }), text('help@kinetica.com.au', 0, 0, 210, { size: 13, color: MUTED })], { pad: 20, gap: 8, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
      vstack(null, 0, 0, 250, [icon(24, 24, 'form'), text('Request form', 0, 0, 210, { size: 15, weight: 600 }), link('Submit a request', 210, { size: 13, underline: true })], { pad: 20, gap: 8, fills: [solid('#FFFFFF')], cornerRadius: 12 }),
    ], { gap: 18 }),
  ], { gap: 20 }), 24, 112),
]);

const oldSignup = frame('01 Create workspace (v1)', 0, 0, W, H, { visible: false }, [
  place(text('Join 1,200 clinics paying staff with Kinetica', 0, 0, 700, { size: 28, weight: 700 }), 64, 200),
  place(text('“Payroll used to take me two days.” — clinic owner', 0, 0, 700, { size: 16 }), 64, 260),
]);

// Components
const compSet = node('COMPONENT_SET', 'Comp / Action', 0, 0, 700, 180, { fills: [], strokes: [solid('#9747FF')] }, [
  place(node('COMPONENT', 'Size=Large, Style=Filled', 0, 0, 240, 56, { ref: 'c.primary', fills: [solid(TEAL)], cornerRadius: 10 }, [place(text('Action', 0, 0, 216, { size: 16, weight: 600, color: '#FFFFFF', align: 'CENTER' }), 12, 16)]), 20, 20),
  place(node('COMPONENT', 'Size=Large, Style=Card hover', 0, 0, 345, 72, { ref: 'c.card-hover', fills: [solid('#F0FAFA')], cornerRadius: 12, strokes: [solid(TEAL)] }, []), 300, 20),
]);
const cb = node('COMPONENT', 'Checkbox', 0, 0, 20, 20, { ref: 'c.checkbox', fills: [solid('#FFFFFF')], strokes: [solid('#9FB3C8')], cornerRadius: 4 }, [vector('Tick', 4, 5, 12, 10, { visible: false })]);

const spec = {
  name: 'Kinetica — iPad onboarding',
  lastModified: '2025-06-03T23:11:47Z',
  version: '6120077345',
  seed: 108,
  pages: [
    { name: 'Cover', children: [frame('Cover', 0, 0, 1440, 960, { fills: [solid(TEAL)] }, [place(text('Kinetica · iPad onboarding · v3', 0, 0, 1200, { size: 64, weight: 700, color: '#FFFFFF' }), 100, 400)])] },
    {
      name: 'iPad flow',
      children: [
        section('Sign up', 0, 0, 1900, 1300, [place(signup, 50, 50), place(demo, 1000, 50)]),
        section('Onboarding', 2000, 0, 4700, 1300, [place(clinics, 50, 50), place(connect, 950, 50), place(cliniko, 1850, 50), place(ehredirect, 2750, 50), place(eh, 3400, 50)]),
        section('Setup done', 0, 1400, 2800, 1300, [place(status, 50, 50), place(prefill, 950, 50), place(payrun, 1850, 50)]),
        place(integrations, 2900, 1450),
        place(support, 3800, 1450),
        place(oldSignup, 4700, 1450),
      ],
    },
    { name: 'Components', children: [place(compSet, 0, 0), place(cb, 0, 300)] },
    { name: 'Archive — do not use', children: [frame('Pay runs (old table)', 0, 0, W, H, {}, [place(text('Pay runs', 0, 0, 300, { size: 26, weight: 700 }), 24, 100)])] },
  ],
};

const { doc, refs } = finalize(spec);
writeOut(new URL('..', import.meta.url).pathname, 'h108-clinic-group-payroll-tablet', doc, {
  kind: 'onboarding',
  description:
    'Kinetica, payroll for Australian physiotherapy clinic groups, iPad portrait 834x1194. Create-workspace, a locations step, a connect screen for practice-management and payroll systems, an API-key connection for Cliniko with consent checkbox, a redirect notice and the payroll provider approval, a connection status screen with a readiness meter, prefilled company details, pay runs, integrations and support. No prototype starting point is set; a "Book a demo" screen is a dead end.',
  present: [
    'funnel.three-actions', 'funnel.cta-visible', 'funnel.prefill',
    'value.three-part', 'value.contextual-ctas', 'value.progress-meter',
    'privacy.data-scope', 'privacy.trust-language', 'privacy.consent-action', 'privacy.connection-guide', 'privacy.support-contacts', 'privacy.powered-by', 'privacy.mutual-nda',
    'platform.explain-redirect', 'platform.grouped-categories', 'platform.accurate-branding', 'platform.non-linear', 'platform.multiple-connections',
    'connection.view-live', 'connection.refresh',
  ],
  absent: [
    'funnel.greeting-email', 'funnel.social-proof', 'value.faq-link', 'privacy.disconnect-anytime', 'privacy.statistics',
    'platform.search', 'platform.alternatives', 'connection.delete', 'connection.syncing-indicator',
  ],
  notes: {
    'funnel.three-actions': 'Create workspace → locations → connect screen: two taps.',
    'funnel.cta-visible': '"Connect practice software" main button; "Integrations" is a permanent top-nav tab.',
    'funnel.prefill': 'Company details prefilled from the payroll provider (ABN, address, pay frequency, super fund).',
    'value.three-part': 'Benefit (pay runs from real hours), how data is used (practitioners/appointments read, pay runs sent to payroll), one main CTA.',
    'value.contextual-ctas': 'Pay run screen: "Hours missing… Connect Jane App".',
    'value.progress-meter': '"Payroll readiness: 67%" ring that fills with each connected system.',
    'privacy.data-scope': 'Data named and direction stated (read from practice software, pay runs sent to payroll).',
    'privacy.trust-language': 'Encrypted in transit and at rest, no data to third parties without written consent.',
    'privacy.consent-action': 'Checkbox with authorisation and agreement to the DPA and Privacy Policy.',
    'privacy.connection-guide': '"Step-by-step guide: finding your Cliniko API key".',
    'privacy.support-contacts': 'Support tab: phone, email and request form.',
    'privacy.powered-by': '"Integrations powered by" logo on the connect screen.',
    'privacy.mutual-nda': '"Request our mutual NDA" link.',
    'platform.explain-redirect': 'Redirect notice: sign in at Employment Hero, approve, come back automatically.',
    'platform.grouped-categories': '"Practice management" and "Payroll" headings over cards.',
    'platform.accurate-branding': 'Full names with logos and sites (Xero Payroll (Australia), Zanda (formerly Power Diary), Employment Hero Payroll).',
    'platform.non-linear': '"Invite your practice manager to finish this step".',
    'platform.multiple-connections': 'Status screen: Connected ✓ / Waiting for approval badges and "Connect another practice system".',
    'connection.view-live': 'Integrations list with platform, connected date/time, last sync.',
    'connection.refresh': '"Sync now" per integration.',
    'funnel.greeting-email': 'No email frame.',
    'funnel.social-proof': 'The only testimonial is in a hidden old frame.',
    'value.faq-link': 'No FAQ or learn-more link near the value message.',
    'privacy.disconnect-anytime': 'Nothing says connections can be removed later.',
    'privacy.statistics': 'The "1,200 clinics" figure is in a hidden frame only.',
    'platform.search': 'Seven cards, no search field.',
    'platform.alternatives': 'No path for software not listed.',
    'connection.delete': 'Integrations offers only "Manage" and "Sync now"; the red control deletes the workspace, not a connection.',
    'connection.syncing-indicator': 'No syncing state shown.',
  },
  flow: { start: 'signup', connect: 'connect', steps: 2, deadEnds: ['demo'] },
}, refs);
