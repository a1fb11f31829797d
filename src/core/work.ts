/**
 * The `work` object of `fanfic.json`: what AO3's posting form asks of a whole work (title, fandoms,
 * rating, archive warnings, categories, relationships, characters, additional tags, summary,
 * notes, the order of the chapter files). Read by `parseStoryConfig`; every problem is a finding
 * in fanfic.json, with a fix where there is one, and the valid rest still applies.
 *
 * The vocabularies are AO3's own: otwcode/otwarchive `config/config.yml` (commit
 * 4ae69df3ea7d6383fc9676befa20df3169664286, RATING_*_TAG_NAME, CATEGORY_*_TAG_NAME,
 * WARNING_*_TAG_NAME) with the names the posting form shows today; the older tag names
 * ("Choose Not To Use Archive Warnings", "Underage") are still accepted.
 */

import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { AO3_LIMITS, archiveLength } from './export/limits';
import type { Character } from './options';
import { editDistance } from './text';
import type { Finding } from './types';

/** AO3's ratings. */
export const AO3_RATINGS = ['Not Rated', 'General Audiences', 'Teen And Up Audiences', 'Mature', 'Explicit'] as const;
/** AO3's archive warnings, as the posting form names them, then the older tag names it still knows. */
export const AO3_WARNINGS = [
  'Creator Chose Not To Use Archive Warnings',
  'No Archive Warnings Apply',
  'Graphic Depictions Of Violence',
  'Major Character Death',
  'Rape/Non-Con',
  'Underage Sex',
  'Choose Not To Use Archive Warnings',
  'Underage',
] as const;
/** AO3's categories. */
export const AO3_CATEGORIES = ['F/F', 'F/M', 'Gen', 'M/M', 'Multi', 'Other'] as const;

/** The work's metadata, for AO3's posting form. */
export interface WorkConfig {
  title?: string;
  fandoms: string[];
  rating?: (typeof AO3_RATINGS)[number];
  warnings: string[];
  categories: string[];
  /** "Hermione/Draco" (romantic) or "Harry & Ron" (platonic). */
  relationships: string[];
  /** The characters to tag; the roster's names when fanfic.json gives none. */
  characters: string[];
  additionalTags: string[];
  summary?: string;
  notes?: string;
  /** The chapter files, in posting order, relative to fanfic.json. */
  chapters: string[];
}

/** Every key `work` may have (the JSON schema lists the same). */
export const WORK_KEYS = [
  'title',
  'fandoms',
  'rating',
  'warnings',
  'categories',
  'relationships',
  'characters',
  'additionalTags',
  'summary',
  'notes',
  'chapters',
] as const;

type Problem = (node: { offset: number; length: number } | undefined, message: string, severity?: Finding['severity'], suggestions?: string[]) => void;

/** Reads the `work` node; `roster` is the story's characters (already read). */
export function parseWork(node: Node | undefined, roster: readonly Character[], problem: Problem): WorkConfig | undefined {
  if (!node) return undefined;
  if (node.type !== 'object') {
    problem(node, '"work" must be an object, like { "title": "…", "fandoms": ["Harry Potter"], "rating": "Teen And Up Audiences" }.');
    return undefined;
  }
  for (const prop of node.children ?? []) {
    const key = prop.children?.[0];
    if (key && !(WORK_KEYS as readonly string[]).includes(String(key.value))) {
      problem(key, `Unknown work field "${key.value}"; expected one of ${WORK_KEYS.join(', ')}.`, 'warning');
    }
  }
  const text = (key: string, max?: number, label = key): string | undefined => {
    const v = findNodeAtLocation(node, [key]);
    if (!v) return undefined;
    if (v.type !== 'string') {
      problem(v, `"work.${key}" must be a string.`);
      return undefined;
    }
    const length = archiveLength(v.value);
    if (max !== undefined && length > max) {
      problem(v, `The work's ${label} is ${length.toLocaleString('en-US')} characters; AO3 takes at most ${max.toLocaleString('en-US')}.`, 'warning');
    }
    return v.value;
  };
  const list = (key: string, allowed?: readonly string[]): { values: string[]; nodes: Node[] } => {
    const v = findNodeAtLocation(node, [key]);
    const out = { values: [] as string[], nodes: [] as Node[] };
    if (!v) return out;
    if (v.type !== 'array') {
      problem(v, `"work.${key}" must be an array of strings.`);
      return out;
    }
    for (const item of v.children ?? []) {
      if (item.type !== 'string' || !item.value.trim()) {
        problem(item, `Each entry of "work.${key}" must be a non-empty string.`);
        continue;
      }
      if (allowed && !allowed.includes(item.value)) {
        const near = nearest(item.value, allowed);
        problem(
          item,
          `"${item.value}" is not one of AO3's ${key}: ${allowed
            .slice(0, key === 'warnings' ? 6 : undefined)
            .map((a) => `"${a}"`)
            .join(', ')}.`,
          'warning',
          near ? [JSON.stringify(near)] : [],
        );
        continue;
      }
      out.values.push(item.value);
      out.nodes.push(item);
    }
    return out;
  };

  const work: WorkConfig = {
    title: text('title', AO3_LIMITS.title),
    fandoms: list('fandoms').values,
    warnings: list('warnings', AO3_WARNINGS).values,
    categories: list('categories', AO3_CATEGORIES).values,
    relationships: [],
    characters: [],
    additionalTags: list('additionalTags').values,
    summary: text('summary', AO3_LIMITS.summary),
    notes: text('notes', AO3_LIMITS.notes),
    chapters: list('chapters').values,
  };
  const rating = findNodeAtLocation(node, ['rating']);
  if (rating) {
    if (rating.type === 'string' && (AO3_RATINGS as readonly string[]).includes(rating.value)) work.rating = rating.value;
    else {
      const near = rating.type === 'string' ? nearest(rating.value, AO3_RATINGS) : undefined;
      problem(
        rating,
        `"work.rating" must be one of AO3's ratings: ${AO3_RATINGS.map((r) => `"${r}"`).join(', ')}.`,
        'warning',
        near ? [JSON.stringify(near)] : [],
      );
    }
  }
  const characters = list('characters');
  work.characters = characters.values.length > 0 || findNodeAtLocation(node, ['characters']) ? characters.values : roster.map((c) => c.name);
  const relationships = list('relationships');
  work.relationships = relationships.values;
  if (roster.length > 0) relationships.nodes.forEach((n) => checkRelationship(n, roster, problem));
  return work;
}

// What writers call the categories elsewhere (FFN, Tumblr): "Het" is AO3's "F/M".
const SYNONYMS: Readonly<Record<string, string>> = { het: 'F/M', slash: 'M/M', femslash: 'F/F', general: 'Gen', 'no warnings': 'No Archive Warnings Apply' };

/** The closest of `options` to `value` (case aside), if it is close: "teen and up" → "Teen And Up Audiences". */
function nearest(value: string, options: readonly string[]): string | undefined {
  const v = value.trim().toLowerCase();
  const synonym = SYNONYMS[v];
  if (synonym && options.includes(synonym)) return synonym;
  const prefix = options.find((o) => o.toLowerCase().startsWith(v) && v.length >= 3);
  if (prefix) return prefix;
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(v.length / 3)) + 1;
  for (const o of options) {
    const d = editDistance(v, o.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best;
}

/**
 * Each name of a relationship ("Hermione Granger/Draco Malfoy", "Harry & Ron") must be the roster's:
 * a name or alias, or a full name one of whose words is a roster name ("Hermione Granger" for
 * "Hermione"). A name that is not gets the nearest roster name as its fix: "Hermoine/Draco" →
 * "Hermione/Draco". A fandom in parentheses ("Harry Potter (Harry Potter)") is left aside.
 */
function checkRelationship(node: Node, roster: readonly Character[], problem: Problem): void {
  const value = node.value as string;
  const known = roster.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  const knownLower = new Set(known.map((k) => k.toLowerCase()));
  // The value's own characters start one past the opening quote when the string has no escapes.
  const raw = JSON.stringify(value);
  const exact = node.length === raw.length;
  const SEP = /\s*(?:\/|&)\s*/g;
  let at = 0;
  const pieces: Array<{ name: string; start: number }> = [];
  for (let m = SEP.exec(value); ; m = SEP.exec(value)) {
    const end = m ? m.index : value.length;
    pieces.push({ name: value.slice(at, end), start: at });
    if (!m) break;
    at = m.index + m[0].length;
  }
  if (pieces.length < 2) {
    problem(node, `A relationship joins names with "/" (romantic) or "&" (platonic), like "Hermione/Draco" or "Harry & Ron".`, 'warning');
    return;
  }
  for (const { name: full, start } of pieces) {
    const name = full.replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (!name) continue;
    const words = name.split(/\s+/);
    if (knownLower.has(name.toLowerCase()) || words.some((w) => knownLower.has(w.toLowerCase()))) continue;
    // The word closest to a roster name is the misspelled one: "Hermoine Granger" → "Hermoine".
    let best: { word: string; target: string; d: number; offset: number } | undefined;
    let offset = 0;
    for (const w of words) {
      const wordAt = name.indexOf(w, offset);
      offset = wordAt + w.length;
      for (const k of known) {
        const d = editDistance(w.toLowerCase(), k.toLowerCase(), 3);
        if (d <= Math.max(1, Math.floor(k.length / 4)) && (!best || d < best.d)) best = { word: w, target: k, d, offset: wordAt };
      }
    }
    const names = roster.map((c) => c.name).join(', ');
    if (best) {
      const fixed = value.slice(0, start + best.offset) + best.target + value.slice(start + best.offset + best.word.length);
      const range = exact ? { offset: node.offset + 1 + start + best.offset, length: best.word.length } : node;
      problem(range, `“${best.word}” in the relationship “${value}” is not in the roster; did you mean “${best.target}”?`, 'warning', [
        exact ? best.target : JSON.stringify(fixed),
      ]);
    } else {
      const range = exact ? { offset: node.offset + 1 + start, length: full.length } : node;
      problem(range, `“${name}” in the relationship “${value}” is not in the roster (${names}); add the character or fix the name.`, 'warning');
    }
  }
}
