/**
 * `fanfic-writer/retext`: each rule of the core as a retext plugin, for a unified pipeline:
 *
 *   unified().use(retextEnglish).use(fanficConfusable).use(retextStringify).process(text)
 *
 * A plugin reads the file's text (not the syntax tree: the core has its own document model of
 * dialogue, scenes and names) and adds one vfile message per finding, shaped like retext-spell's:
 * `ruleId` the rule's id, `source` "fanfic-writer", `actual` the flagged text, `expected` the
 * suggestions (spelling's computed on the spot, as retext-spell does). The pipeline's parser does
 * not matter; nothing is imported from unified at run time.
 */

import { analyze, LineIndex, RULES, suggest, type AnalyzeOptions, type Finding } from '../core';

/** What every plugin takes: the core's options (`speller` for spelling, `story` for names and word lists). */
export type FanficPluginOptions = Pick<AnalyzeOptions, 'speller' | 'story' | 'userWords'>;

/** The part of a vfile a plugin uses (vfile 6). */
interface FileLike {
  value: unknown;
  message(
    reason: string,
    options?: { place?: { start: { line: number; column: number }; end: { line: number; column: number } }; ruleId?: string; source?: string },
  ): {
    actual?: string;
    expected?: string[];
    fatal?: boolean | null;
    url?: string;
  };
}

/** A unified attacher: called with the options, returns the transformer. */
export type FanficPlugin = (options?: FanficPluginOptions) => (tree: unknown, file: FileLike) => void;

function pluginFor(ids: readonly string[]): FanficPlugin {
  return (options = {}) =>
    (_tree, file) => {
      const text = typeof file.value === 'string' ? file.value : String(file.value ?? '');
      // Every other rule off: this plugin reports only its own.
      const rules = Object.fromEntries(RULES.map((r) => [r.id, ids.includes(r.id) ? r.defaultSeverity : 'off'] as const));
      const lines = new LineIndex(text);
      for (const raw of analyze(text, { ...options, rules: { ...rules, ...options.story?.rules } })) {
        if (!ids.includes(raw.rule)) continue;
        const f: Finding = suggest(raw, options.speller);
        const range = lines.range(f.range);
        const message = file.message(f.message.replace(/`([^`]*)`/g, '“$1”'), {
          place: {
            start: { line: range.start.line + 1, column: range.start.character + 1 },
            end: { line: range.end.line + 1, column: range.end.character + 1 },
          },
          ruleId: f.rule,
          source: 'fanfic-writer',
        });
        message.actual = text.slice(f.range.start, f.range.end);
        message.expected = f.suggestions;
        message.fatal = f.severity === 'error' ? true : f.severity === 'warning' ? false : null;
      }
    };
}

/** One plugin per rule id, and `fanfic` with every rule. */
export const plugins: Readonly<Record<string, FanficPlugin>> = Object.fromEntries([
  ...RULES.map((r) => [r.id, pluginFor([r.id])] as const),
  ['fanfic', pluginFor(RULES.map((r) => r.id))],
]);

export const fanfic = plugins.fanfic;
export const fanficCharacterNames = plugins['character-name'];
export const fanficConfusable = plugins.confusable;
/** The name the example uses. */
export const fanficConfusables = fanficConfusable;
export const fanficDash = plugins.dash;
export const fanficDialoguePunctuation = plugins['dialogue-punctuation'];
export const fanficEllipsis = plugins.ellipsis;
export const fanficLocaleSpelling = plugins['locale-spelling'];
export const fanficPovShift = plugins['pov-shift'];
export const fanficQuoteStyle = plugins['quote-style'];
export const fanficRepeatedWords = plugins['repeated-word'];
export const fanficSpelling = plugins.spelling;
export const fanficUnclosedFlashback = plugins['unclosed-flashback'];

/** For Node pipelines: `fanficSpelling` needs a speller, `createSpeller(loadDictionary('en-US'))`. */
export { createSpeller } from '../core';
export { loadDictionary } from '../node/dictionaries';
