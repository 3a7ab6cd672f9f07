// Re-read the written d09–d16 files and check them: JSON parses, ids unique, destinations and componentIds exist,
// truth ids valid, flow facts agree with a breadth-first walk over the page's visible top-level frames.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate, flowFacts } from './lib.mjs';

const out = dirname(dirname(fileURLToPath(import.meta.url)));
const bases = ['d09-invoice-factoring-mobile', 'd10-tax-filing-desktop', 'd11-marketplace-seller-tablet', 'd12-credit-line-desktop', 'd13-bookkeeping-chat-mobile', 'd14-grant-application-desktop', 'd15-negative-crm', 'd16-negative-banking-app-consumer'];
let bad = 0;
for (const b of bases) {
  const file = JSON.parse(readFileSync(`${out}/${b}.json`, 'utf8'));
  const truth = JSON.parse(readFileSync(`${out}/${b}.truth.json`, 'utf8'));
  try {
    validate(file, truth);
    const f = truth.flow;
    const again = flowFacts(file.document, new Set(f.connectFrameId ? [f.connectFrameId] : []));
    if (JSON.stringify(again) !== JSON.stringify(f)) throw new Error(`flow mismatch ${JSON.stringify(again)} vs ${JSON.stringify(f)}`);
    let depth = 0;
    const walk = (n, d) => { const dd = n.layoutMode ? d + 1 : d; depth = Math.max(depth, dd); (n.children || []).forEach((k) => walk(k, dd)); };
    walk(file.document, 0);
    console.log(`ok ${b} (auto-layout depth ${depth})`);
  } catch (e) {
    bad++;
    console.log(`FAIL ${b}: ${e.message}`);
  }
}
process.exit(bad ? 1 : 0);
