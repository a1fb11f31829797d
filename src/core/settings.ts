/**
 * The user's `fanfic.*` settings, validated in one place. VS Code does not enforce a setting's
 * schema (`"fanfic.maxFindings": -1` or `"fanfic.words": 5` reach the server as written), so every
 * host passes the raw values through `validateSettings`: a wrong type or range falls back to the
 * default, and each such setting becomes one problem message saying what was expected.
 */

import { LOCALES, SEVERITIES } from './config';
import type { Locale } from './options';
import type { SeveritySetting } from './types';

/** The languages a writer may opt in to (`fanfic.languages`). */
export const LANGUAGES = ['fanfic', 'plaintext', 'markdown'] as const;

/** The smallest `fanfic.maxFindings` (the schema's `minimum`). */
export const MIN_FINDINGS = 100;

/** The `fanfic.*` settings after validation: every field has a value of the right type. */
export interface ValidSettings {
  languages: string[];
  locale: Locale;
  words: string[];
  /** Per-rule severities the user set (`fanfic.rules.<id>`); a rule not listed keeps its default. */
  rules: Record<string, SeveritySetting>;
  maxFindings: number;
  /** Writing goals: `daily` story words a day, 0 for none. */
  goals: { daily: number };
}

export interface SettingsResult {
  settings: ValidSettings;
  /** One sentence per setting that was wrong, naming it, what it must be, and the value used. */
  problems: string[];
}

/** The defaults, as in package.json's `contributes.configuration`. */
export function defaultSettings(): ValidSettings {
  return { languages: ['fanfic'], locale: 'en-US', words: [], rules: {}, maxFindings: 5000, goals: { daily: 0 } };
}

/** A value as the user wrote it, short, for a message. */
function show(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = Object.prototype.toString.call(value);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates the `fanfic` section of the settings (what `getConfiguration('fanfic')` returns:
 * `{ words, locale, rules: { spelling: … }, … }`). Never throws, whatever `raw` is; a missing
 * setting takes its default silently, a wrong one takes it with a problem. `ruleIds`, when given,
 * are the known rules: a severity for another id is a problem too.
 */
export function validateSettings(raw: unknown, ruleIds?: readonly string[]): SettingsResult {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push(`The "fanfic" settings must be an object, not ${show(raw)}; the defaults apply.`);
    return { settings, problems };
  }
  const get = (key: string): unknown => (Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined);

  const languages = get('languages');
  if (languages !== undefined && languages !== null) {
    if (!Array.isArray(languages)) {
      problems.push(`"fanfic.languages" must be a list like ["fanfic", "markdown"], not ${show(languages)}; using ["fanfic"].`);
    } else {
      const bad = languages.filter((l) => !(LANGUAGES as readonly unknown[]).includes(l));
      if (bad.length > 0) problems.push(`"fanfic.languages" may list only ${LANGUAGES.map((l) => `"${l}"`).join(', ')}; ignoring ${bad.map(show).join(', ')}.`);
      settings.languages = [...new Set(['fanfic', ...languages.filter((l): l is string => (LANGUAGES as readonly unknown[]).includes(l))])];
    }
  }

  const locale = get('locale');
  if (locale !== undefined && locale !== null) {
    if ((LOCALES as readonly unknown[]).includes(locale)) settings.locale = locale as Locale;
    else problems.push(`"fanfic.locale" must be one of ${LOCALES.map((l) => `"${l}"`).join(', ')}, not ${show(locale)}; using en-US.`);
  }

  const words = get('words');
  if (words !== undefined && words !== null) {
    if (!Array.isArray(words)) {
      problems.push(`"fanfic.words" must be a list of words like ["Hogwarts"], not ${show(words)}; using no words of your own.`);
    } else {
      const bad = words.filter((w) => typeof w !== 'string');
      if (bad.length > 0)
        problems.push(
          `Each entry of "fanfic.words" must be a string; ignoring ${bad.slice(0, 5).map(show).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}.`,
        );
      settings.words = words.filter((w): w is string => typeof w === 'string' && w.trim() !== '');
    }
  }

  const max = get('maxFindings');
  if (max !== undefined && max !== null) {
    if (typeof max === 'number' && Number.isInteger(max) && max >= MIN_FINDINGS) settings.maxFindings = max;
    else problems.push(`"fanfic.maxFindings" must be a whole number of at least ${MIN_FINDINGS}, not ${show(max)}; using 5000.`);
  }

  const goals = get('goals');
  if (goals !== undefined && goals !== null) {
    const daily = isRecord(goals) ? goals.daily : goals;
    if (!isRecord(goals)) problems.push(`"fanfic.goals" must be an object like { "daily": 1000 }, not ${show(goals)}; no daily goal.`);
    else if (daily !== undefined && daily !== null) {
      if (typeof daily === 'number' && Number.isInteger(daily) && daily >= 0) settings.goals.daily = daily;
      else problems.push(`"fanfic.goals.daily" must be a whole number of words, at least 0, not ${show(daily)}; no daily goal.`);
    }
  }

  const rules = get('rules');
  if (rules !== undefined && rules !== null) {
    if (!isRecord(rules)) {
      problems.push(`"fanfic.rules" must be an object of rule ids to severities, not ${show(rules)}; every rule keeps its default.`);
    } else {
      for (const id of Object.keys(rules)) {
        const value = rules[id];
        if (value === undefined || value === null) continue;
        if (ruleIds && !ruleIds.includes(id)) {
          problems.push(`"fanfic.rules.${id}" is not a known rule; known rules: ${ruleIds.join(', ')}.`);
          continue;
        }
        if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) settings.rules[id] = value as SeveritySetting;
        else
          problems.push(`"fanfic.rules.${id}" must be one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}, not ${show(value)}; the rule keeps its default.`);
      }
    }
  }
  return { settings, problems };
}
