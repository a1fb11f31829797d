/**
 * Semantic tokens: character names get a token type of their own, so they stand out in every
 * theme; a roster name and a variant spelling are modifiers of it.
 */

import { SemanticTokensBuilder } from 'vscode-languageserver';
import { foldName } from '../../core';
import type { Workspace } from '../workspace';

const TOKEN_TYPES = ['character'] as const;
const TOKEN_MODIFIERS = ['roster', 'variant'] as const;

/** The legend the server announces. */
export const SEMANTIC_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const CHARACTER = TOKEN_TYPES.indexOf('character');
/** Modifier bit sets. */
const PLAIN = 0;
const ROSTER = 1 << TOKEN_MODIFIERS.indexOf('roster');
const VARIANT = 1 << TOKEN_MODIFIERS.indexOf('variant');
/** Not a character: no token. */
const NONE = -1;

export function registerSemanticTokens(ws: Workspace): void {
  ws.connection.languages.semanticTokens.on((params) => {
    const builder = new SemanticTokensBuilder();
    const uri = params.textDocument.uri;
    const state = ws.states.get(uri);
    const model = ws.modelOf(uri);
    if (!state || !model) return builder.build();
    const options = state.analyzer.resolved;
    const decided = new Map<string, number>();
    const modifiersOf = (word: string, name: string) => {
      if (options.variants.has(name)) return VARIANT;
      if (options.rosterNames.has(name)) return ROSTER;
      return word[0] !== word[0].toLowerCase() && ws.isCharacter(name, uri) ? PLAIN : NONE;
    };
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
        builder.push(pos.line, pos.character, name.length, CHARACTER, modifiers);
      }
    }
    return builder.build();
  });
}
