// h85 — negative: student study planner, desktop web 1280, UK English. No business-software connection.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc, build, T, col, row, rect, vec, screen, section, canvas, resolveLinks, component, cid, writeFile, writeTruth, WRITTEN_BY } from './lib.mjs';
import { instBtn, frameBtn, groupBtn, link, field, logo, heading, para } from './widgets.mjs';
import { ALL_IDS } from './ids.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'h85-negative-study-planner';
const doc = makeDoc(NAME, 'Nunito');
const W = 1280, H = 832, PLUM = '#6C3BD1', INK = '#221A33';

const C = '6';
const b = component(doc, C, row('Button/Primary', [T('Label', { size: 16, weight: 700, color: '#FFFFFF' })], { fill: PLUM, radius: 24, pad: [12, 24, 12, 24], w: 200, key: 'b' }), 0, 0, 'Pill button');
const B = cid(doc, 'b');
const P = '1';
const pos = (i) => ({ x: (i % 4) * (W + 140), y: Math.floor(i / 4) * (H + 240) });
const pill = (label, lnk, w = 220) => instBtn(B, label, { fill: PLUM, radius: 24, link: lnk, w, name: 'Button/Primary' });
const head = (right) => row('Header', [row('Logo', [vec('Vector', 26, 26, { fill: PLUM }), T('Studyloop', { size: 20, weight: 800, color: INK })], { gap: 8, w: 200 }), T('', { size: 10 }), ...(right ? [right] : [])], { pad: [20, 40, 20, 40] });
const stepper = (n) => row('Stepper', [T(`Step ${n} of 3`, { size: 13, weight: 700, color: PLUM, w: 90 }), ...[1, 2, 3].map((i) => rect('Rectangle ' + (40 + i), 80, 6, { fill: i <= n ? PLUM : '#E6E0F5', radius: 3 }))], { gap: 8, w: 360 });
const scr = [];
const add = (key, name, i, children, o) => { const p = pos(i); scr.push(screen(doc, P, key, name, p.x, p.y, W, H, children, o)); };

add('landing', 'Landing', 0, [
  head(row('Frame 2', [link('Premium', { link: 'premium', underline: false, w: 80 }), link('Contact us', { link: 'contact', underline: false, w: 90 }), frameBtn('Log in', { fill: '#FFFFFF', color: PLUM, stroke: PLUM, radius: 24, w: 100 })], { gap: 20, w: 330 })),
  row('Hero', [
    col('Frame 4', [heading('Plan every essay before the deadline plans you', { size: 44, color: INK }), para('Your timetable, coursework and revision in one calm week view.', { size: 18 }), pill('Start planning — free', 'signup', 260)], { gap: 24, w: 560 }),
    rect('image 2', 520, 420, { image: '3e3e1a1a9f9f', radius: 20 }),
  ], { gap: 80, pad: [60, 80, 60, 80] }),
], { fill: '#FBF9FF' });
add('signup', 'Sign up', 1, [
  head(null),
  col('Frame 10', [heading('Create your planner', { size: 30, color: INK }), field('School or uni email', 'name@student.ac.uk'), field('Password', '••••••••'), pill('Create account', 'step1', 440), groupBtn('Continue with Google', { fill: '#FFFFFF', color: INK, w: 440, h: 48, radius: 24, n: 11 }), para('By signing up you agree to our Terms and Privacy Notice.', { size: 12 })], { gap: 16, pad: [60, 420, 60, 420] }),
]);
add('step1', 'Setup 1', 2, [
  head(stepper(1)),
  col('Frame 20', [heading('What are you studying?', { size: 30, color: INK }), field('Course', 'BSc Psychology, Year 2'), field('Term dates', '22 Sep – 12 Dec'), pill('Next', 'step2', 160)], { gap: 18, pad: [50, 360, 50, 360] }),
]);
add('step2', 'Setup 2', 3, [
  head(stepper(2)),
  col('Frame 30', [
    heading('Sync your timetable', { size: 30, color: INK }),
    para('Pull in your classes and deadlines so we can plan revision around them.', { size: 16 }),
    row('Frame 31', [
      col('Frame 32', [logo('gc0c0c', { size: 40 }), T('Connect Google Classroom', { size: 16, weight: 700 }), para('Assignments and due dates', { size: 13 })], { gap: 8, pad: [20, 20, 20, 20], stroke: '#E6E0F5', radius: 16, link: 'step2b' }),
      col('Frame 33', [logo('n0710n', { size: 40 }), T('Import from Notion', { size: 16, weight: 700 }), para('Pages tagged as tasks', { size: 13 })], { gap: 8, pad: [20, 20, 20, 20], stroke: '#E6E0F5', radius: 16 }),
      col('Frame 34', [vec('Vector', 40, 40, { fill: PLUM }), T('Upload an .ics file', { size: 16, weight: 700 }), para('From your uni portal', { size: 13 })], { gap: 8, pad: [20, 20, 20, 20], stroke: '#E6E0F5', radius: 16 }),
    ], { gap: 20 }),
    row('Frame 35', [pill('Next', 'step3', 160), link('Skip for now', { link: 'step3', underline: false, color: '#6B6480', w: 120 })], { gap: 20 }),
  ], { gap: 18, pad: [40, 200, 40, 200] }),
]);
add('step2b', 'Setup 2 – synced', 4, [
  head(stepper(2)),
  col('Frame 40', [heading('Sync your timetable', { size: 30, color: INK }), row('Frame 41', [logo('gc0c0c', { size: 32 }), T('Google Classroom · 14 assignments found ✓', { size: 16, weight: 600 })], { gap: 12, pad: [16, 20, 16, 20], stroke: '#CDEFD9', radius: 12, fill: '#F1FBF4' }), pill('Next', 'step3', 160)], { gap: 18, pad: [40, 200, 40, 200] }),
]);
add('step3', 'Setup 3', 5, [
  head(stepper(3)),
  col('Frame 50', [heading('How much do you want to study each day?', { size: 30, color: INK }), row('Frame 51', ['1 hr', '2 hrs', '3 hrs', '4+ hrs'].map((l) => row('Chip', [T(l, { size: 15, weight: 600, align: 'CENTER' })], { w: 110, pad: [10, 10, 10, 10], radius: 20, stroke: '#CFC6EA' })), { gap: 12 }), pill('Build my plan', 'week', 220)], { gap: 22, pad: [50, 300, 50, 300] }),
]);
add('week', 'Week view', 6, [
  head(row('Frame 60', [link('Premium', { link: 'premium', underline: false, w: 80 }), rect('Avatar', 32, 32, { image: 'av1av1av1av1', radius: 16 })], { gap: 16, w: 140 })),
  row('Frame 61', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d, i) => col('Day', [T(d, { size: 14, weight: 700 }), col('Task', [T(['Stats lecture 10:00', 'Essay draft: memory', 'Seminar prep', 'Revise ch. 4–6', 'Lab report due'][i], { size: 13, weight: 600 })], { pad: [10, 10, 10, 10], fill: '#F1ECFD', radius: 8, link: i === 4 ? 'task' : undefined }), col('Task', [T('Study block 45 min', { size: 12 })], { pad: [10, 10, 10, 10], fill: '#FFFFFF', stroke: '#E6E0F5', radius: 8 })], { gap: 10 })), { gap: 16, pad: [20, 40, 20, 40] }),
]);
add('task', 'Task detail', 7, [
  head(null),
  col('Frame 70', [heading('Lab report: reaction times', { size: 28, color: INK }), para('Due Fri 14 Nov, 17:00 · from Google Classroom', { size: 14 }), T('1  Write method\n2  Run stats in SPSS\n3  Discussion\n4  Proofread', { size: 15 }), row('Frame 71', [pill('Mark done', 'week', 160), link('Back to week', { link: { kind: 'BACK' }, underline: false, w: 120 })], { gap: 20 })], { gap: 16, pad: [40, 200, 40, 200] }),
]);
add('premium', 'Premium', 8, [
  head(null),
  col('Frame 80', [heading('Studyloop Premium', { size: 34, color: INK, align: 'CENTER' }), para('Unlimited subjects, exam countdowns and focus stats. £3.99 a month — cancel anytime.', { align: 'CENTER' }), pill('Try 7 days free', 'week', 240), link('Maybe later', { link: { kind: 'BACK' }, underline: false, w: 120 })], { gap: 20, pad: [80, 300, 80, 300], center: false }),
]);
add('contact', 'Contact us', 9, [
  head(null),
  col('Frame 90', [heading('Contact us', { size: 30, color: INK }), field('Your email', 'name@student.ac.uk'), field('Message', 'How can we help?'), pill('Send', 'landing', 140)], { gap: 16, pad: [50, 360, 50, 360] }),
]);

const flowPage = canvas(doc, P, 'Web app', [section(doc, P, 'Marketing', [scr[0], scr[8], scr[9]]), section(doc, P, 'Set-up', scr.slice(1, 6)), scr[6], scr[7]], { starts: [['landing', 'Landing']] });
const cover = canvas(doc, '0', 'Cover', [build(doc, '0', col('Cover', [T('Studyloop web', { size: 80, weight: 800, color: '#FFFFFF' }), T('Set-up + planner · autumn term', { size: 30, color: '#E6E0F5' })], { w: 1920, h: 960, fill: PLUM, pad: [320, 160, 160, 160], gap: 20 }), 0, 0, 1920)]);
const comps = canvas(doc, C, 'Components', [b]);
const archive = canvas(doc, '8', 'Old ideas', [build(doc, '8', col('Setup 2 (v1)', [heading('Connect your calendar', { size: 28 }), T('Outlook · Apple Calendar', { size: 16 })], { w: W, h: H, pad: [80, 80, 80, 80], gap: 20, fill: '#FFFFFF' }), 0, 0, W)]);
resolveLinks(doc);
writeFile(join(out, `${NAME}.json`), doc, { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [cover, flowPage, comps, archive] }, { name: 'Studyloop — web', lastModified: '2025-09-03T12:14:09Z', version: '5988812300' });

const leftOut = ['value.progress-meter'];
writeTruth(join(out, `${NAME}.truth.json`), {
  file: `${NAME}.json`, kind: 'negative', writtenBy: WRITTEN_BY,
  description: 'Student study planner (desktop web, UK): landing, sign-up, three-step set-up that can sync a timetable from Google Classroom / Notion / .ics, week view, premium and contact pages. No business software is connected.',
  present: [],
  absent: ALL_IDS.filter((i) => !leftOut.includes(i)),
  notes: {
    'value.progress-meter': 'Left out: a "Step n of 3" bar runs through a set-up that includes syncing a timetable; it is a set-up stepper, not a meter of connected business sources.',
    'funnel.cta-visible': '"Connect Google Classroom" / "Import from Notion" connect a student’s school tools, not accounting, banking or commerce software.',
    'connection.view-live': 'Only a one-line "14 assignments found ✓" after the Classroom sync; no business connection list.',
    'privacy.support-contacts': 'A single "Contact us" form.',
    'privacy.disconnect-anytime': '"Cancel anytime" is about the Premium subscription.',
  },
  flow: { startFrameId: doc.keys.landing, connectFrameId: null, stepsToConnect: null, deadEnds: [] },
});
