/**
 * Validates the checklist and lexicon JSON when the module loads: a content edit that drops
 * an item, repeats one or breaks a pattern fails at once, loudly, instead of silently
 * producing a review with a hole in it.
 */
import { AREA_IDS, ITEM_IDS, type AreaId, type ChecklistArea, type ChecklistItem, type ItemId } from './types';
import {
  PATTERN_NAMES, PHRASE_LIST_NAMES, PLATFORM_CATEGORIES, ROLE_NAMES,
  type CategoryHeadings, type KnownPlatform, type Lexicon, type PlatformCategory,
} from './lexicon-types';
import { fromEntries } from '../util/es2017';

export class ChecklistContentError extends Error {
  override name = 'ChecklistContentError';
}

function fail(where: string, problem: string): never {
  throw new ChecklistContentError(`${where}: ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(where, 'expected a non-empty string');
  return value;
}

function textList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) fail(where, 'expected a non-empty list of strings');
  return value.map((entry, index) => text(entry, `${where}[${index}]`));
}

export function loadChecklist(raw: unknown): ChecklistArea[] {
  if (!isRecord(raw) || !Array.isArray(raw.areas)) fail('checklist', 'expected { areas: [...] }');
  const seen = new Set<ItemId>();
  const areas = raw.areas.map((area: unknown, areaIndex: number): ChecklistArea => {
    const where = `checklist.areas[${areaIndex}]`;
    if (!isRecord(area)) fail(where, 'expected an object');
    const id = area.id;
    if (id !== AREA_IDS[areaIndex]) fail(where, `expected area "${AREA_IDS[areaIndex] ?? '(none)'}", got ${JSON.stringify(id)}`);
    const areaId = id as AreaId;
    if (!Array.isArray(area.items)) fail(where, 'expected items');
    const items = area.items.map((item: unknown, itemIndex: number): ChecklistItem => {
      const itemWhere = `${where}.items[${itemIndex}]`;
      if (!isRecord(item)) fail(itemWhere, 'expected an object');
      const itemId = item.id;
      if (!(ITEM_IDS as readonly unknown[]).includes(itemId)) fail(itemWhere, `unknown item id ${JSON.stringify(itemId)}`);
      const knownId = itemId as ItemId;
      if (seen.has(knownId)) fail(itemWhere, `item ${knownId} appears twice`);
      if (!knownId.startsWith(`${areaId}.`)) fail(itemWhere, `item ${knownId} is not in area ${areaId}`);
      if (typeof item.bonus !== 'boolean') fail(itemWhere, 'expected bonus: true or false');
      seen.add(knownId);
      return {
        id: knownId,
        area: areaId,
        title: text(item.title, `${itemWhere}.title`),
        hint: text(item.hint, `${itemWhere}.hint`),
        bonus: item.bonus,
      };
    });
    return {
      id: areaId,
      title: text(area.title, `${where}.title`),
      summary: text(area.summary, `${where}.summary`),
      impact: text(area.impact, `${where}.impact`),
      items,
    };
  });
  if (areas.length !== AREA_IDS.length) fail('checklist.areas', `expected ${AREA_IDS.length} areas, got ${areas.length}`);
  const absent = ITEM_IDS.filter((id) => !seen.has(id));
  if (absent.length > 0) fail('checklist', `items missing: ${absent.join(', ')}`);
  return areas;
}

function platform(value: unknown, where: string): KnownPlatform {
  if (!isRecord(value)) fail(where, 'expected an object');
  const category = value.category;
  if (!PLATFORM_CATEGORIES.includes(category as PlatformCategory)) fail(`${where}.category`, `unknown category ${JSON.stringify(category)}`);
  if (typeof value.ambiguous !== 'boolean') fail(`${where}.ambiguous`, 'expected true or false');
  const matchFullNamesOnly = value.matchFullNamesOnly;
  if (matchFullNamesOnly !== undefined && typeof matchFullNamesOnly !== 'boolean') fail(`${where}.matchFullNamesOnly`, 'expected true or false');
  return {
    name: text(value.name, `${where}.name`),
    category: category as PlatformCategory,
    fullNames: textList(value.fullNames, `${where}.fullNames`),
    ambiguous: value.ambiguous,
    ...(matchFullNamesOnly === undefined ? {} : { matchFullNamesOnly }),
  };
}

function categoryHeadings(value: unknown, where: string): CategoryHeadings {
  if (!isRecord(value)) fail(where, 'expected an object');
  if (!PLATFORM_CATEGORIES.includes(value.id as PlatformCategory)) fail(`${where}.id`, `unknown category ${JSON.stringify(value.id)}`);
  return { id: value.id as PlatformCategory, headings: textList(value.headings, `${where}.headings`) };
}

export function loadLexicon(raw: unknown): Lexicon {
  if (!isRecord(raw)) fail('lexicon', 'expected an object');
  const { spellings, unstemmed, phrases, roles, patterns, categories, platforms } = raw;
  if (!isRecord(spellings)) fail('lexicon.spellings', 'expected an object');
  if (!isRecord(phrases)) fail('lexicon.phrases', 'expected an object');
  if (!isRecord(roles)) fail('lexicon.roles', 'expected an object');
  if (!isRecord(patterns)) fail('lexicon.patterns', 'expected an object');
  if (!Array.isArray(categories)) fail('lexicon.categories', 'expected a list');
  if (!Array.isArray(platforms)) fail('lexicon.platforms', 'expected a list');
  const phraseLists = fromEntries(
    PHRASE_LIST_NAMES.map((name) => [name, textList(phrases[name], `lexicon.phrases.${name}`)]),
  ) as Lexicon['phrases'];
  const roleLists = fromEntries(
    ROLE_NAMES.map((name) => [name, textList(roles[name], `lexicon.roles.${name}`)]),
  ) as Lexicon['roles'];
  const patternSources = fromEntries(
    PATTERN_NAMES.map((name) => {
      const source = text(patterns[name], `lexicon.patterns.${name}`);
      try {
        new RegExp(source, 'i');
      } catch {
        fail(`lexicon.patterns.${name}`, 'not a valid regular expression');
      }
      return [name, source];
    }),
  ) as Lexicon['patterns'];
  const spellingMap: Record<string, string> = {};
  for (const variant of Object.keys(spellings)) spellingMap[variant] = text(spellings[variant], `lexicon.spellings.${variant}`);
  return {
    spellings: spellingMap,
    unstemmed: textList(unstemmed, 'lexicon.unstemmed'),
    phrases: phraseLists,
    roles: roleLists,
    patterns: patternSources,
    categories: categories.map((entry: unknown, index: number) => categoryHeadings(entry, `lexicon.categories[${index}]`)),
    platforms: platforms.map((entry: unknown, index: number) => platform(entry, `lexicon.platforms[${index}]`)),
  };
}
