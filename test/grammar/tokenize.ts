// The grammar tests' tokenizer: the real grammar (vscode-textmate + Oniguruma WASM, as VS Code
// does) and assertions on the scopes of substrings. Lines are numbered from 1, like the editor's
// gutter. Each test file loads the grammar once: \`before(loadGrammar)\`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import type { IGrammar, StateStack } from 'vscode-textmate';
import * as textmate from 'vscode-textmate';

export const root = join(__dirname, '..', '..');
export const grammarPath = join(root, 'syntaxes', 'fanfic.tmLanguage.json');

export const DIALOGUE = 'string.quoted.double.dialogue.fanfic';
export const THOUGHT = 'string.quoted.single.thought.fanfic';
export const ITALIC = 'markup.italic.fanfic';
export const BOLD = 'markup.bold.fanfic';
export const FLASHBACK = 'meta.flashback.fanfic';
export const FB_BEGIN = 'keyword.control.flashback.begin.fanfic';
export const FB_END = 'keyword.control.flashback.end.fanfic';
export const CHAPTER = 'markup.heading.chapter.fanfic';
export const POV = 'markup.heading.pov.fanfic';
export const SCENE = 'meta.separator.scene.fanfic';
export const NOTE = 'comment.block.authors-note.fanfic';
export const DISCLAIMER = 'comment.line.disclaimer.fanfic';
export const SUMMARY = 'meta.summary.fanfic';
export const BYLINE = 'meta.byline.fanfic';
export const END_MARKER = 'comment.line.end-marker.fanfic';

let onigReady: Promise<void> | undefined;
let grammar: IGrammar;

async function readGrammar(): Promise<IGrammar> {
  onigReady ??= oniguruma.loadWASM(readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer);
  await onigReady;
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => (scopeName === 'source.fanfic' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  const loaded = await registry.loadGrammar('source.fanfic');
  assert.ok(loaded, 'grammar source.fanfic did not load');
  return loaded;
}

interface Token {
  start: number;
  end: number;
  scopes: string[];
}

export class Tokenized {
  constructor(
    readonly lines: string[],
    readonly tokens: Token[][],
  ) {}

  /** Scopes of every character of the nth occurrence of `text` on line `line` (1-based). */
  private charScopes(line: number, text: string, nth: number): string[][] {
    const source = this.lines[line - 1];
    assert.ok(source !== undefined, `no line ${line}`);
    let at = -1;
    for (let i = 0; i < nth; i++) {
      at = source.indexOf(text, at + 1);
      assert.ok(at >= 0, `"${text}" (occurrence ${nth}) not found on line ${line}: ${JSON.stringify(source)}`);
    }
    const result: string[][] = [];
    for (let i = at; i < at + text.length; i++) {
      const token = this.tokens[line - 1].find((t) => t.start <= i && i < t.end);
      result.push(token ? token.scopes : []);
    }
    return result;
  }

  describe(line: number): string {
    const source = this.lines[line - 1];
    return this.tokens[line - 1].map((t) => `  ${JSON.stringify(source.slice(t.start, t.end))} ${t.scopes.slice(1).join(' ') || '(none)'}`).join('\n');
  }

  /** Every character of `text` on `line` carries `scope`. */
  has(line: number, text: string, scope: string, nth = 1): this {
    const scopes = this.charScopes(line, text, nth);
    const missing = scopes.findIndex((s) => !s.includes(scope));
    assert.ok(missing < 0, `line ${line}: "${text}" should be ${scope} but char ${missing} is not.\n${this.describe(line)}`);
    return this;
  }

  /** No character of `text` on `line` carries `scope`. */
  lacks(line: number, text: string, scope: string, nth = 1): this {
    const scopes = this.charScopes(line, text, nth);
    const present = scopes.findIndex((s) => s.includes(scope));
    assert.ok(present < 0, `line ${line}: "${text}" should not be ${scope} but char ${present} is.\n${this.describe(line)}`);
    return this;
  }

  /** The whole line (without its surrounding whitespace) carries `scope`. */
  lineHas(line: number, scope: string): this {
    return this.has(line, this.lines[line - 1].trim(), scope);
  }

  lineLacks(line: number, scope: string): this {
    return this.lacks(line, this.lines[line - 1].trim(), scope);
  }
}

/** Tokenizes lines as an editor does: the rule stack of each line is carried into the next. */
export function tokenize(...lines: string[]): Tokenized {
  let stack: StateStack = textmate.INITIAL;
  const tokens = lines.map((text) => {
    const result = grammar.tokenizeLine(text, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
  });
  return new Tokenized(lines, tokens);
}

/** The scopes a single line gets on its own. */
export const line = (text: string) => tokenize(text);

/** Loads the grammar that \`tokenize\` uses: \`before(loadGrammar)\` in each test file. */
export async function loadGrammar(): Promise<void> {
  grammar = await readGrammar();
}
