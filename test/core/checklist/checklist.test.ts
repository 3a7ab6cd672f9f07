import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../src/core/checklist/lexicon';
import { PATTERN_NAMES, PHRASE_LIST_NAMES, ROLE_NAMES } from '../../../src/core/checklist/lexicon-types';
import { lexiconMatchers } from '../../../src/core/engine/text/lexicon-matchers';
import { normaliseText } from '../../../src/core/engine/text/normalise';
import { ALL_ITEMS, CHECKLIST, getArea, getItem, loadChecklist, loadLexicon, ChecklistContentError } from '../../../src/core/checklist';
import { AREA_IDS, ITEM_IDS } from '../../../src/core/checklist/types';
import checklistJson from '../../../src/core/checklist/checklist.json';
import lexiconJson from '../../../src/core/checklist/lexicon.json';

describe('checklist content', () => {
  it('has the five areas in order and every item id exactly once', () => {
    expect(CHECKLIST.map((area) => area.id)).toEqual([...AREA_IDS]);
    expect(ALL_ITEMS.map((item) => item.id).sort()).toEqual([...ITEM_IDS].sort());
    expect(new Set(ALL_ITEMS.map((item) => item.id)).size).toBe(29);
  });

  it('has 25 core and 4 bonus items', () => {
    expect(ALL_ITEMS.filter((item) => item.bonus).map((item) => item.id).sort()).toEqual([
      'connection.syncing-indicator', 'funnel.prefill', 'privacy.mutual-nda', 'value.progress-meter',
    ]);
    expect(ALL_ITEMS.filter((item) => !item.bonus)).toHaveLength(25);
  });

  it('states the conversion figures of the areas that have one', () => {
    expect(getArea('funnel').impact).toContain('30%');
    expect(getArea('value').impact).toContain('50%');
    expect(getArea('platform').impact).toContain('50%');
  });

  it('looks items up by id, in their own area', () => {
    expect(getItem('privacy.consent-action').area).toBe('privacy');
    expect(getItem('privacy.consent-action').hint).toMatch(/checkbox/i);
  });

  it('rejects content with a repeated or missing item', () => {
    const copy = structuredClone(checklistJson) as { areas: { items: { id: string }[] }[] };
    const funnelItems = copy.areas[0]!.items;
    funnelItems[1]!.id = funnelItems[0]!.id;
    expect(() => loadChecklist(copy)).toThrow(ChecklistContentError);
    expect(() => loadChecklist(copy)).toThrow(/appears twice/);
    const short = structuredClone(checklistJson) as { areas: { items: unknown[] }[] };
    short.areas[4]!.items.pop();
    expect(() => loadChecklist(short)).toThrow(/items missing: connection.syncing-indicator/);
  });

  it('rejects a lexicon with a broken pattern or a missing list', () => {
    const broken = structuredClone(lexiconJson) as { patterns: Record<string, string>; phrases: Record<string, unknown> };
    broken.patterns.phone = '([';
    expect(() => loadLexicon(broken)).toThrow(/lexicon.patterns.phone/);
    const missing = structuredClone(lexiconJson) as { phrases: Record<string, unknown> };
    delete missing.phrases.search;
    expect(() => loadLexicon(missing)).toThrow(/lexicon.phrases.search/);
  });

  it('lists ambiguous platforms with their full names', () => {
    const quickbooks = LEXICON.platforms.find((platform) => platform.name === 'QuickBooks');
    expect(quickbooks?.ambiguous).toBe(true);
    expect(quickbooks?.fullNames).toContain('QuickBooks Online');
    expect(LEXICON.platforms.find((platform) => platform.name === 'Sage')?.fullNames).toContain('Sage Intacct');
  });
});

describe('lexicon upkeep', () => {
  const engineSource = (() => {
    const root = fileURLToPath(new URL('../../../src/core/engine/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.cases.ts'));
    return files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  })();

  it('has no dead entries: every phrase list, role and pattern is read by the engine', () => {
    for (const name of [...PHRASE_LIST_NAMES, ...ROLE_NAMES, ...PATTERN_NAMES]) {
      expect(engineSource, name).toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it('extends stems with a trailing *: the prefix survives stemming, or it would match no word', () => {
    const lexicon = lexiconMatchers();
    for (const [name, list] of Object.entries(LEXICON.phrases)) {
      for (const phrase of list.filter((entry) => entry.endsWith('*'))) {
        const prefix = normaliseText(phrase.slice(0, -1)).trim().split(' ').pop()!;
        expect(lexicon.forms(` ${prefix} `).trim(), `${name}: '${phrase}'`).toBe(prefix);
      }
    }
    expect(lexicon.phrases.trust.test(lexicon.forms(normaliseText('Securely add your bank')))).toBe(true);
  });

  it('reads word forms and spellings as one: connected, connecting and connection; authorise and authorize', () => {
    const lexicon = lexiconMatchers();
    const cta = (text: string) => lexicon.forms(normaliseText(text));
    expect(lexicon.phrases.connectVerb.test(cta('Connecting your books'))).toBe(true);
    expect(lexicon.phrases.connectVerb.test(cta('Your connections'))).toBe(true);
    expect(lexicon.phrases.signIn.test(cta('Authorise access'))).toBe(lexicon.phrases.signIn.test(cta('Authorize access')));
    expect(lexicon.phrases.connectVerb.test(cta('Con\u200bnect\u00a0now'))).toBe(true);
  });

  it('reads a spaced ampersand as "and", and keeps words whose stem is another word\'s whole', () => {
    const lexicon = lexiconMatchers();
    const words = (text: string) => lexicon.forms(normaliseText(text));
    expect(lexicon.phrases.dataCategory.test(words('Your profit & loss'))).toBe(true);
    expect(words('P&L')).toBe(' p l ');
    expect(lexicon.phrases.connectObject.test(words('Syncing booking…'))).toBe(false);
    expect(lexicon.phrases.connectObject.test(words('Sync your books'))).toBe(true);
  });
});
