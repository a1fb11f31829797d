/**
 * Reads a story's `fanfic.json`. A broken file never throws: every problem becomes a finding in
 * that file, with the reason, and whatever part of the file is valid still applies.
 */

import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Character, Locale, StoryConfig } from './options';
import type { Finding, SeveritySetting } from './types';
import { parseWork } from './work';

export const CONFIG_RULE = 'fanfic-json';
/** The values a rule's severity may take, in settings and in fanfic.json. */
export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];
/** The locales a dictionary ships for (`locale` in fanfic.json, `fanfic.locale`, `--locale`). */
export const LOCALES: readonly Locale[] = ['en-US', 'en-GB'];
const KNOWN_KEYS = new Set(['$schema', 'characters', 'words', 'ignore', 'rules', 'locale', 'work', 'goal']);
const CHARACTER_KEYS = new Set(['name', 'aliases', 'variants', 'pronouns', 'description']);

export interface ConfigResult {
  config: StoryConfig;
  problems: Finding[];
}

/** An empty story configuration: the defaults. */
export function emptyConfig(): StoryConfig {
  return { characters: [], words: [], ignore: [], rules: {} };
}

/** Parses and validates `fanfic.json` text. `ruleIds` are the known rule ids. */
export function parseStoryConfig(text: string, ruleIds: readonly string[]): ConfigResult {
  const config = emptyConfig();
  const problems: Finding[] = [];
  const problem = (
    node: { offset: number; length: number } | undefined,
    message: string,
    severity: Finding['severity'] = 'error',
    suggestions: string[] = [],
  ) => {
    const start = node ? node.offset : 0;
    problems.push({ rule: CONFIG_RULE, severity, message, range: { start, end: start + (node ? node.length : 0) }, suggestions });
  };

  if (text.trim() === '') return { config, problems };
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    // A byte-order mark (Notepad writes one) is no error: read it as a space, keeping every offset.
    root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
  } catch {
    // The parser recurses: thousands of nested brackets overflow the stack. Never throw.
    problem(undefined, 'fanfic.json is nested too deeply to read; defaults apply.');
    return { config, problems };
  }
  for (const e of errors) {
    problem(
      { offset: e.offset, length: e.length },
      `fanfic.json is not valid JSON here (${describe(printParseErrorCode(e.error))}); the rest of the file still applies.`,
    );
  }
  if (!root) return { config, problems };
  if (root.type !== 'object') {
    problem(root, 'fanfic.json must hold an object, like { "characters": [], "words": [] }; defaults apply.');
    return { config, problems };
  }

  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    if (key && !KNOWN_KEYS.has(String(key.value))) {
      problem(key, `Unknown setting "${key.value}"; expected one of ${[...KNOWN_KEYS].filter((k) => k !== '$schema').join(', ')}.`, 'warning');
    }
  }

  config.words = stringList(findNodeAtLocation(root, ['words']), 'words', problem);
  config.ignore = stringList(findNodeAtLocation(root, ['ignore']), 'ignore', problem);

  const locale = findNodeAtLocation(root, ['locale']);
  if (locale) {
    if (locale.type === 'string' && LOCALES.includes(locale.value)) config.locale = locale.value;
    else problem(locale, `"locale" must be one of ${LOCALES.map((l) => `"${l}"`).join(', ')}; using en-US.`);
  }

  const rules = findNodeAtLocation(root, ['rules']);
  if (rules) {
    if (rules.type !== 'object') problem(rules, '"rules" must be an object of rule ids to severities, like { "repeated-word": "error" }.');
    else {
      for (const prop of rules.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        const id = String(k.value);
        if (!ruleIds.includes(id)) {
          problem(k, `Unknown rule id "${id}"; known rules: ${ruleIds.join(', ')}.`);
          continue;
        }
        if (v.type !== 'string' || !SEVERITIES.includes(v.value)) {
          problem(v, `Severity of "${id}" must be one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}.`);
          continue;
        }
        config.rules[id] = v.value;
      }
    }
  }

  const goal = findNodeAtLocation(root, ['goal']);
  if (goal) {
    const words = findNodeAtLocation(goal, ['words']);
    const deadline = findNodeAtLocation(goal, ['deadline']);
    if (goal.type !== 'object' || !words || words.type !== 'number' || !(words.value > 0)) {
      problem(goal, '"goal" must be an object like { "words": 100000, "deadline": "2026-12-31" }, its "words" a positive number.');
    } else if (deadline && (deadline.type !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(deadline.value) || Number.isNaN(Date.parse(deadline.value)))) {
      config.goal = { words: Math.round(words.value) };
      problem(deadline, '"deadline" must be a date written YYYY-MM-DD, like "2026-12-31"; the goal applies without it.');
    } else {
      config.goal = { words: Math.round(words.value), ...(deadline ? { deadline: String(deadline.value) } : {}) };
    }
  }

  const characters = findNodeAtLocation(root, ['characters']);
  if (characters) {
    if (characters.type !== 'array') problem(characters, '"characters" must be an array of { "name": … } objects.');
    else
      for (const item of characters.children ?? []) {
        const c = character(item, problem);
        if (c) config.characters.push(c);
      }
  }
  // AO3's metadata of the work (see work.ts); its relationships are checked against the roster.
  const work = parseWork(findNodeAtLocation(root, ['work']), config.characters, problem);
  if (work) config.work = work;
  return { config, problems };
}

type Problem = (node: Node | undefined, message: string, severity?: Finding['severity'], suggestions?: string[]) => void;

function stringList(node: Node | undefined, name: string, problem: Problem): string[] {
  if (!node) return [];
  if (node.type !== 'array') {
    problem(node, `"${name}" must be an array of strings.`);
    return [];
  }
  const out: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string' && item.value.trim()) out.push(item.value);
    else problem(item, `Each entry of "${name}" must be a non-empty string.`);
  }
  return out;
}

function character(node: Node, problem: Problem): Character | undefined {
  if (node.type !== 'object') {
    problem(node, 'A character must be an object like { "name": "Hermione" }.');
    return undefined;
  }
  for (const prop of node.children ?? []) {
    const key = prop.children?.[0];
    if (key && !CHARACTER_KEYS.has(String(key.value))) {
      problem(key, `Unknown character field "${key.value}"; expected ${[...CHARACTER_KEYS].join(', ')}.`, 'warning');
    }
  }
  const name = findNodeAtLocation(node, ['name']);
  if (!name || name.type !== 'string' || !name.value.trim()) {
    problem(name ?? node, 'A character needs a "name": the spelling this story uses.');
    return undefined;
  }
  const c: Character = { name: name.value.trim() };
  for (const field of ['aliases', 'variants'] as const) {
    const list = findNodeAtLocation(node, [field]);
    if (list) c[field] = stringList(list, field, problem);
  }
  for (const field of ['pronouns', 'description'] as const) {
    const v = findNodeAtLocation(node, [field]);
    if (!v) continue;
    if (v.type === 'string') c[field] = v.value;
    else problem(v, `"${field}" must be a string.`);
  }
  return c;
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
