/**
 * Semantic tokens: character names get a token type of their own, so they stand out in every
 * theme (a roster name and a variant spelling are modifiers of it), and each quotation is a
 * `dialogue` token whose modifier names its speaker (see `speakers.ts`).
 */

import { LSPErrorCodes, ResponseError, SemanticTokensBuilder } from 'vscode-languageserver';
import { foldName } from '../../core';
import type { Workspace } from '../workspace';
import { quotationsOf, SPEAKER_MODIFIERS, type Token, withDialogueTokens } from './speakers';

const TOKEN_TYPES = ['character', 'dialogue'] as const;
const TOKEN_MODIFIERS = ['roster', 'variant', ...SPEAKER_MODIFIERS];

/** The legend the server announces. */
export const SEMANTIC_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: TOKEN_MODIFIERS };

const CHARACTER = TOKEN_TYPES.indexOf('character');
const DIALOGUE = TOKEN_TYPES.indexOf('dialogue');
/** Modifier bit sets of a name. */
const PLAIN = 0;
const ROSTER = 1 << TOKEN_MODIFIERS.indexOf('roster');
const VARIANT = 1 << TOKEN_MODIFIERS.indexOf('variant');
/** The first speaker modifier's bit. */
const FIRST_SPEAKER = TOKEN_MODIFIERS.indexOf(SPEAKER_MODIFIERS[0]);
/** Not a character: no token. */
const NONE = -1;

/** The answer to a request VS Code has cancelled (it ignores it). */
function cancelled(): ResponseError<void> {
  return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'the document changed');
}

export function registerSemanticTokens(ws: Workspace): void {
  ws.connection.languages.semanticTokens.on(async (params, token) => {
    // VS Code cancels the request of a text typed on; one still queued behind a check is dropped.
    if (token.isCancellationRequested) return cancelled();
    const builder = new SemanticTokensBuilder();
    const uri = params.textDocument.uri;
    const model = await ws.currentModel(uri);
    const state = ws.states.get(uri);
    if (token.isCancellationRequested) return cancelled();
    if (!state || !model) return builder.build();
    const options = state.analyzer.resolved;
    const decided = new Map<string, number>();
    const modifiersOf = (word: string, name: string) => {
      if (options.variants.has(name)) return VARIANT;
      if (options.rosterNames.has(name)) return ROSTER;
      return word[0] !== word[0].toLowerCase() && ws.isCharacter(name, uri) ? PLAIN : NONE;
    };
    const names: Token[] = [];
    for (const p of model.paragraphs) {
      for (const t of p.analysis.tokens) {
        const c = t.text.charCodeAt(0);
        // Lowercase words and numbers are never names.
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
        const name = foldName(t.text);
        let modifiers = decided.get(name);
        if (modifiers === undefined) decided.set(name, (modifiers = modifiersOf(t.text, name)));
        if (modifiers === NONE) continue;
        const pos = model.lines.position(p.start + t.start);
        names.push([pos.line, pos.character, name.length, CHARACTER, modifiers]);
      }
    }
    const story = ws.storyOf(uri);
    const quotes = quotationsOf(
      model,
      options,
      story?.total ?? state.result?.names ?? new Map(),
      story?.totalMid ?? state.result?.namesMidSentence ?? new Map(),
    );
    for (const t of withDialogueTokens(model, quotes, options, names, DIALOGUE, FIRST_SPEAKER)) builder.push(...t);
    return builder.build();
  });
}
