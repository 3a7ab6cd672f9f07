// Scores the detectors on the evaluation corpus (eval/README.md). Each file goes through the
// CLI's own audit path (byte reader → REST adapter → engine → report), bundled once with
// esbuild to a temporary file, so scope and flow rules are exactly the CLI's.
//   node scripts/eval.mjs            tables per split and overall
//   node scripts/eval.mjs --json     one JSON document
//   node scripts/eval.mjs --floor    also fail (exit 1) when a split's figures fall below its floor in eval/floor.json
//   node scripts/eval.mjs --split dev   only one split
import * as esbuild from 'esbuild';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const checkFloor = args.includes('--floor');
const onlySplit = args.includes('--split') ? args[args.indexOf('--split') + 1] : null;
const SPLITS = ['dev', 'seen', 'seen-2', 'seen-3', 'seen-4', 'seen-5', 'seen-6', 'seen-7', 'seen-8', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-13'];

async function loadAudit() {
  const dir = await mkdtemp(join(tmpdir(), 'afr-eval-'));
  const outfile = join(dir, 'audit.mjs');
  await esbuild.build({
    stdin: {
      contents: "export { audit } from './src/cli/audit.ts'; export { loadFile } from './src/cli/load-input.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    outfile,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    define: { __APP_VERSION__: '"eval"' },
  });
  const module = await import(pathToFileURL(outfile).href);
  await rm(dir, { recursive: true, force: true });
  return module;
}

async function readCases(split) {
  const dir = join(root, 'eval', split);
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((name) => name.endsWith('.truth.json')).sort();
  const cases = [];
  for (const name of names) {
    const truthPath = join(dir, name);
    let truth;
    try {
      truth = JSON.parse(await readFile(truthPath, 'utf8'));
    } catch (error) {
      throw new Error(`${truthPath}: not valid JSON (${error.message})`, { cause: error });
    }
    const file = join(dir, truth.file ?? name.replace(/\.truth\.json$/, '.json'));
    if (!existsSync(file)) {
      cases.push({ split, name: truth.file ?? name, truth, file, skipped: 'its file is not there yet' });
      continue;
    }
    cases.push({ split, name: truth.file, truth, file });
  }
  return cases;
}

function emptyCounts() {
  return { tp: 0, fn: 0, fp: 0, tn: 0 };
}

function ratio(part, whole) {
  return whole === 0 ? null : part / whole;
}

function sameList(a, b) {
  const x = [...(a ?? [])].sort();
  const y = [...(b ?? [])].sort();
  return x.length === y.length && x.every((value, at) => value === y[at]);
}

function scoreCase(audit, loadFile, testCase) {
  const { report } = audit(loadFile(testCase.file), { format: 'json', strict: false });
  const detection = new Map(report.items.map((item) => [item.id, item.detection]));
  const perItem = {};
  const wrong = [];
  const count = (id, key) => {
    perItem[id] ??= emptyCounts();
    perItem[id][key]++;
  };
  for (const id of testCase.truth.present ?? []) {
    const found = detection.get(id) === 'found';
    count(id, found ? 'tp' : 'fn');
    if (!found) wrong.push(`FN ${id} (${detection.get(id) ?? 'unknown id'})`);
  }
  for (const id of testCase.truth.absent ?? []) {
    const found = detection.get(id) === 'found';
    count(id, found ? 'fp' : 'tn');
    if (found) wrong.push(`FP ${id}`);
  }
  const expected = testCase.truth.flow;
  let flow = null;
  if (expected) {
    const got = report.flow;
    flow = {
      start: got.startFrameId === (expected.startFrameId ?? null),
      connect: got.connectFrameId === (expected.connectFrameId ?? null),
      steps: got.stepsToConnect === (expected.stepsToConnect ?? null),
      deadEnds: sameList(got.deadEnds, expected.deadEnds),
    };
    for (const [fact, ok] of Object.entries(flow)) if (!ok) wrong.push(`flow ${fact}: expected ${JSON.stringify(fact === 'start' ? expected.startFrameId : fact === 'connect' ? expected.connectFrameId : fact === 'steps' ? expected.stepsToConnect : expected.deadEnds)}, got ${JSON.stringify(fact === 'start' ? got.startFrameId : fact === 'connect' ? got.connectFrameId : fact === 'steps' ? got.stepsToConnect : got.deadEnds)}`);
  }
  const foundCount = report.items.filter((item) => item.detection === 'found').length;
  return { perItem, flow, wrong, foundCount };
}

function summarise(results) {
  const perItem = {};
  const total = emptyCounts();
  const flowFacts = { start: [0, 0], connect: [0, 0], steps: [0, 0], deadEnds: [0, 0], all: [0, 0] };
  const negatives = [];
  for (const result of results) {
    if (result.skipped) continue;
    for (const [id, counts] of Object.entries(result.perItem)) {
      perItem[id] ??= emptyCounts();
      for (const key of Object.keys(counts)) {
        perItem[id][key] += counts[key];
        total[key] += counts[key];
      }
    }
    if (result.flow) {
      for (const [fact, ok] of Object.entries(result.flow)) {
        flowFacts[fact][0] += ok ? 1 : 0;
        flowFacts[fact][1]++;
      }
      const allOk = Object.values(result.flow).every(Boolean);
      flowFacts.all[0] += allOk ? 1 : 0;
      flowFacts.all[1]++;
    }
    if (result.kind === 'negative') negatives.push({ file: result.name, found: result.foundCount });
  }
  const itemRows = Object.entries(perItem).sort(([a], [b]) => a.localeCompare(b)).map(([id, c]) => ({
    id, ...c, recall: ratio(c.tp, c.tp + c.fn), falseFoundRate: ratio(c.fp, c.fp + c.tn), precision: ratio(c.tp, c.tp + c.fp),
  }));
  return {
    files: results.filter((result) => !result.skipped).length,
    items: itemRows,
    total: {
      ...total,
      recall: ratio(total.tp, total.tp + total.fn),
      falseFoundRate: ratio(total.fp, total.fp + total.tn),
      precision: ratio(total.tp, total.tp + total.fp),
    },
    flow: Object.fromEntries(Object.entries(flowFacts).map(([fact, [ok, all]]) => [fact, { exact: ok, files: all, rate: ratio(ok, all) }])),
    negatives,
    maxNegativeFound: negatives.reduce((max, entry) => Math.max(max, entry.found), 0),
  };
}

function pct(value) {
  return value === null ? '  –  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function printSummary(title, summary, results) {
  console.log(`\n## ${title} (${summary.files} files)`);
  for (const result of results) {
    if (result.skipped) console.log(`  ${result.name}: skipped, ${result.skipped}`);
    else if (result.wrong.length > 0) console.log(`  ${result.name}: ${result.wrong.join('; ')}`);
  }
  console.log('  item                              TP  FN  FP  TN  recall  false-found  precision');
  for (const row of summary.items) {
    console.log(`  ${row.id.padEnd(32)} ${String(row.tp).padStart(3)} ${String(row.fn).padStart(3)} ${String(row.fp).padStart(3)} ${String(row.tn).padStart(3)}  ${pct(row.recall)}  ${pct(row.falseFoundRate)}     ${pct(row.precision)}`);
  }
  const t = summary.total;
  console.log(`  ${'TOTAL'.padEnd(32)} ${String(t.tp).padStart(3)} ${String(t.fn).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.tn).padStart(3)}  ${pct(t.recall)}  ${pct(t.falseFoundRate)}     ${pct(t.precision)}`);
  const flow = Object.entries(summary.flow).map(([fact, f]) => `${fact} ${f.exact}/${f.files}`).join(', ');
  console.log(`  flow facts exact: ${flow}`);
  if (summary.negatives.length > 0) console.log(`  negatives, "found" per file: ${summary.negatives.map((n) => `${n.file} ${n.found}`).join(', ')}`);
}

const { audit, loadFile } = await loadAudit();
const splits = onlySplit ? [onlySplit] : SPLITS;
const out = { splits: {}, overall: null };
const everything = [];
for (const split of splits) {
  const results = [];
  for (const testCase of await readCases(split)) {
    if (testCase.skipped) {
      results.push({ name: testCase.name, skipped: testCase.skipped });
      continue;
    }
    let scored;
    try {
      scored = scoreCase(audit, loadFile, testCase);
    } catch (error) {
      throw new Error(`${testCase.file}: ${error.message}`, { cause: error });
    }
    results.push({ name: testCase.name, kind: testCase.truth.kind, ...scored });
  }
  everything.push(...results);
  out.splits[split] = { summary: summarise(results), results };
}
out.overall = summarise(everything);

if (asJson) console.log(JSON.stringify({ splits: Object.fromEntries(Object.entries(out.splits).map(([k, v]) => [k, v.summary])), overall: out.overall }, null, 2));
else {
  for (const [split, { summary, results }] of Object.entries(out.splits)) printSummary(split, summary, results);
  if (splits.length > 1) printSummary('overall', out.overall, []);
}

if (checkFloor) {
  const floorFile = JSON.parse(await readFile(join(root, 'eval', 'floor.json'), 'utf8'));
  const floors = Array.isArray(floorFile.floors) ? floorFile.floors : [floorFile];
  const failures = [];
  for (const floor of floors) {
    const split = floor.split ?? 'heldout';
    if (onlySplit && onlySplit !== split) continue;
    const held = out.splits[split]?.summary;
    if (!held || held.files === 0) {
      failures.push(`no files in split ${split}`);
      continue;
    }
    if ((held.total.recall ?? 0) < floor.minRecall) failures.push(`${split}: recall ${pct(held.total.recall)} < floor ${pct(floor.minRecall)}`);
    if ((held.total.falseFoundRate ?? 0) > floor.maxFalseFoundRate) failures.push(`${split}: false-found ${pct(held.total.falseFoundRate)} > ceiling ${pct(floor.maxFalseFoundRate)}`);
    if ((held.flow.all.rate ?? 0) < floor.minFlowExact) failures.push(`${split}: flow exact ${pct(held.flow.all.rate)} < floor ${pct(floor.minFlowExact)}`);
    if (held.maxNegativeFound > floor.maxNegativeFound) failures.push(`${split}: a negative file has ${held.maxNegativeFound} "found" > ${floor.maxNegativeFound}`);
  }
  if (failures.length > 0) {
    console.error(`eval: below the floor in eval/floor.json: ${failures.join('; ')}`);
    process.exit(1);
  }
  if (!asJson) console.log(`\neval: ${floors.map((floor) => floor.split ?? 'heldout').join(' and ')} figures are at or above the floor`);
}
