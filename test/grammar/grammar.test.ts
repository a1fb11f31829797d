// Tokenizes fan fiction with the real grammar (vscode-textmate + Oniguruma WASM, as VS Code does)
// and asserts the scopes of substrings. Lines are numbered from 1, like the editor's gutter.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import type { IGrammar, StateStack } from 'vscode-textmate';
import * as textmate from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const grammarPath = join(root, 'syntaxes', 'fanfic.tmLanguage.json');
const languageConfiguration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));

const DIALOGUE = 'string.quoted.double.dialogue.fanfic';
const THOUGHT = 'string.quoted.single.thought.fanfic';
const ITALIC = 'markup.italic.fanfic';
const BOLD = 'markup.bold.fanfic';
const FLASHBACK = 'meta.flashback.fanfic';
const FB_BEGIN = 'keyword.control.flashback.begin.fanfic';
const FB_END = 'keyword.control.flashback.end.fanfic';
const CHAPTER = 'markup.heading.chapter.fanfic';
const POV = 'markup.heading.pov.fanfic';
const SCENE = 'meta.separator.scene.fanfic';
const NOTE = 'comment.block.authors-note.fanfic';
const DISCLAIMER = 'comment.line.disclaimer.fanfic';
const SUMMARY = 'meta.summary.fanfic';
const BYLINE = 'meta.byline.fanfic';
const END_MARKER = 'comment.line.end-marker.fanfic';

let onigReady: Promise<void> | undefined;
let grammar: IGrammar;

async function loadGrammar(): Promise<IGrammar> {
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

class Tokenized {
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
function tokenize(...lines: string[]): Tokenized {
  let stack: StateStack = textmate.INITIAL;
  const tokens = lines.map((text) => {
    const result = grammar.tokenizeLine(text, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
  });
  return new Tokenized(lines, tokens);
}

/** The scopes a single line gets on its own. */
const line = (text: string) => tokenize(text);

before(async () => {
  grammar = await loadGrammar();
});

describe('grammar file', () => {
  const raw = JSON.parse(readFileSync(grammarPath, 'utf8'));

  test('is named Fanfic with scope source.fanfic', () => {
    assert.equal(raw.name, 'Fanfic');
    assert.equal(raw.scopeName, 'source.fanfic');
  });

  test('every regex compiles in Oniguruma, including rules no other test reaches', () => {
    const regexes: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') regexes.push(value);
          else walk(value);
        }
      }
    };
    walk(raw);
    assert.ok(regexes.length > 20, `only ${regexes.length} regexes found`);
    for (const source of regexes) {
      // A back-reference to a begin capture would only compile once substituted; the grammar has none in end patterns.
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `does not compile: ${source}`);
    }
  });
});

describe('dialogue', () => {
  test('straight double quotes are dialogue, quotes included, the tag is not', () => {
    line('"Why me?" Harry asked.').has(1, '"Why me?"', DIALOGUE).lacks(1, 'Harry asked.', DIALOGUE);
  });

  test('curly double quotes are dialogue', () => {
    line('“Stop,” she said, “right there.”').has(1, '“Stop,”', DIALOGUE).lacks(1, 'she said', DIALOGUE).has(1, '“right there.”', DIALOGUE);
  });

  test('a tag glued to the closing quote is not dialogue', () => {
    line('"Why?"asked Ron.').has(1, '"Why?"', DIALOGUE).lacks(1, 'asked Ron', DIALOGUE);
  });

  test('a quote opened on one line of a hard-wrapped paragraph closes on the next', () => {
    tokenize('"I never thought you would', 'come back," she said quietly.')
      .has(1, '"I never thought you would', DIALOGUE)
      .has(2, 'come back,"', DIALOGUE)
      .lacks(2, 'she said quietly.', DIALOGUE);
  });

  test('a speech over several paragraphs, each opening a quote and only the last closing, stops at each blank line', () => {
    tokenize(
      '"I went to the castle that night and waited for hours.',
      '',
      '"Nobody came. Not even Ron.',
      '',
      '"So I went home," Harry finished.',
      '',
      'Hermione said nothing.',
    )
      .has(1, 'waited for hours.', DIALOGUE)
      .has(3, '"Nobody came. Not even Ron.', DIALOGUE)
      .has(5, '"So I went home,"', DIALOGUE)
      .lacks(5, 'Harry finished.', DIALOGUE)
      .lacks(7, 'Hermione said nothing.', DIALOGUE);
  });

  test('an unclosed quote does not leak into the next paragraph', () => {
    tokenize('"Wait, I', 'need to', '', 'He was already gone.').has(2, 'need to', DIALOGUE).lacks(4, 'He was already gone.', DIALOGUE);
  });

  test('a closing quote opens nothing: the prose after a closed quote on the next line is plain', () => {
    tokenize('"Fine," he said.', 'She left.').lacks(2, 'She left.', DIALOGUE);
  });

  test('stutters, cut-offs and dialect stay inside the dialogue', () => {
    line('"H- Harry I- I know ye were goin\' to the ar--" she began.')
      .has(1, 'H- Harry I- I know ye were goin\' to the ar--"', DIALOGUE)
      .lacks(1, 'she began', DIALOGUE)
      .lacks(1, "goin' to", THOUGHT);
  });

  test('emphasis inside dialogue is both', () => {
    line('"I *hate* you," she hissed.').has(1, '*hate*', ITALIC).has(1, '*hate*', DIALOGUE);
  });
});

describe('thoughts', () => {
  test("'Typical.' She thought to herself. — a straight single-quoted thought", () => {
    line("'Typical.' She thought to herself.").has(1, "'Typical.'", THOUGHT).lacks(1, 'She thought to herself.', THOUGHT);
  });

  test('curly single-quoted thought', () => {
    line('‘Typical,’ she thought.').has(1, '‘Typical,’', THOUGHT).lacks(1, 'she thought', THOUGHT);
  });

  test('a thought may open after an opening bracket or a dash', () => {
    line("He stared (‘Why me?’ he wondered) and then—'Not again'—turned away.")
      .has(1, '‘Why me?’', THOUGHT)
      .lacks(1, 'he wondered', THOUGHT)
      .has(1, "'Not again'", THOUGHT)
      .lacks(1, 'turned away', THOUGHT);
  });

  const traps: [string, string][] = [
    ["don't", "I don't know what to do."],
    ["Hermione's", "Hermione's cat hissed."],
    ['Hermione’s', 'Hermione’s cat hissed.'],
    ["'cause", "I left 'cause it was late."],
    ["'Cause at sentence start", "'Cause I said so, that's why."],
    ["'em", "Let 'em come."],
    ["'til", "Wait 'til morning, she said."],
    ["'bout", "Don't worry 'bout it."],
    ["'round", "Come 'round tomorrow."],
    ["'sides", "'Sides, I'm goin' home."],
    ["goin'", "I was goin' home."],
    ["the boys' room", "She walked into the boys' room and froze."],
    ["rock 'n' roll", "He loved rock 'n' roll music."],
    ["o'clock", "It was five o'clock already."],
    ['curly ‘cause from autocorrect', 'I left ‘cause it was late.'],
    ['rock ’n’ roll with curly apostrophes', 'He loved rock ’n’ roll music.'],
  ];
  for (const [name, text] of traps) {
    test(`the apostrophe in ${name} never opens a thought`, () => {
      line(text).lineLacks(1, THOUGHT);
    });
  }

  test('all the apostrophe traps together on one line and the next line stay out of thoughts', () => {
    tokenize("I don't know why Hermione's cat ran 'cause of 'em, but I was goin' to the boys' room", "at five o'clock 'til rock 'n' roll came on.")
      .lineLacks(1, THOUGHT)
      .lineLacks(2, THOUGHT);
  });

  test('apostrophes inside a thought do not close it', () => {
    line("'I don't think Hermione's right,' she thought.").has(1, "'I don't think Hermione's right,'", THOUGHT).lacks(1, 'she thought.', THOUGHT);
  });

  test("g-dropping goin' followed by a word does not close a thought", () => {
    line("'I'm goin' home now,' she thought.").has(1, "home now,'", THOUGHT).lacks(1, 'she thought', THOUGHT);
  });

  test('a thought closes where a possessive follows it', () => {
    line("'Typical,' she thought, and went to the boys' room.").has(1, "'Typical,'", THOUGHT).lacks(1, "and went to the boys' room.", THOUGHT);
  });

  test('an unclosed thought stops at the paragraph end', () => {
    tokenize("'This is it, I", 'have to go', '', 'She left.').has(2, 'have to go', THOUGHT).lacks(4, 'She left.', THOUGHT);
  });

  test('single quotes inside dialogue are not thoughts', () => {
    line('"He said \'no\' to me," she cried.').has(1, "'no'", DIALOGUE).lacks(1, "'no'", THOUGHT);
  });
});

describe('emphasis', () => {
  test('*sigh* mid-sentence is italic, the rest is not', () => {
    line('She let out a *sigh* and sat down.').has(1, '*sigh*', ITALIC).lacks(1, 'and sat down.', ITALIC);
  });

  test('_underscores_ are italic', () => {
    line('It was _really_ late.').has(1, '_really_', ITALIC).lacks(1, 'late', ITALIC);
  });

  test('underscores inside a pen name or word are not italic', () => {
    line('Thanks to moony_padfoot_fan for the idea.').lineLacks(1, ITALIC);
  });

  test('**strong** and __strong__ are bold', () => {
    line('It was **not** over, __never__.').has(1, '**not**', BOLD).has(1, '__never__', BOLD).lacks(1, 'over', BOLD);
  });

  test('italic nested in bold is both', () => {
    line('**He *really* meant it**').has(1, '*really*', ITALIC).has(1, '*really*', BOLD).has(1, 'meant', BOLD);
  });

  test('asterisks with spaces around them (arithmetic, footnotes) are not emphasis', () => {
    line('He counted 5 * 3 * 2 of them.').lineLacks(1, ITALIC);
  });

  test('a review request set off with ** but never closed is not bold', () => {
    line('**Please review and tell me what you think!').lineLacks(1, BOLD).lineLacks(1, ITALIC);
  });

  test('emphasis does not span lines, so a stray * cannot italicize a paragraph', () => {
    tokenize('He said *something', 'and left*.').lineLacks(1, ITALIC).lineLacks(2, ITALIC);
  });
});

describe('scene breaks', () => {
  const breaks = [
    '***',
    '* * *',
    '~~~',
    '~*~*~',
    '-o-o-o-',
    'xXx',
    'oOo',
    '----',
    '___',
    '#',
    '          * * *',
    '\t~*~*~\t',
    'XXX',
    '=====',
    '-x-x-x-',
    'oOoOo',
  ];
  for (const text of breaks) {
    test(`${JSON.stringify(text)} is a scene break and is neither italic nor bold`, () => {
      line(text).lineHas(1, SCENE).lineLacks(1, ITALIC).lineLacks(1, BOLD);
    });
  }

  const prose = ['Ooo', 'Oh.', 'x', '-- he said', '*sigh*', 'xoxo, Ginny'];
  for (const text of prose) {
    test(`${JSON.stringify(text)} is not a scene break`, () => {
      line(text).lineLacks(1, SCENE);
    });
  }
});

describe('chapter headings', () => {
  const headings = [
    'Chapter One: His Decision',
    'Chapter 12',
    'Ch. 3 - The Well',
    '~Chapter 2~',
    '# Chapter 2',
    '## Chapter 3: Home',
    'Forty-seven: To say our final goodbyes.',
    'Twenty one: The Party',
    'One Hundred and Two: Again',
    'CHAPTER TWENTY-ONE',
    'Chapter IV: The Return',
    'Chapter 5 The Return',
    '*Chapter 7*',
    'Prologue',
    'Epilogue: Nineteen Years Later',
  ];
  for (const text of headings) {
    test(`${JSON.stringify(text)} is a chapter heading`, () => {
      line(text).lineHas(1, CHAPTER);
    });
  }

  const prose = [
    'Seven men walked in.',
    'Chapter one was done, she thought.',
    'The chapter 5 review was harsh.',
    'Forty-seven people came.',
    'Ten minutes passed.',
    'Chapterhouse rules applied.',
  ];
  for (const text of prose) {
    test(`${JSON.stringify(text)} is not a chapter heading`, () => {
      line(text).lineLacks(1, CHAPTER);
    });
  }
});

describe('POV and time-skip headers', () => {
  const headers = [
    "**Hermione's POV**",
    'Draco POV',
    '*Sasuke*',
    '~Sakura~',
    '**1 week later Draco POV**',
    "Hermione's P.O.V.",
    '~Draco Malfoy~',
    '3rd person POV',
    'POV: Draco',
    '*Three days later*',
    '**Meanwhile**',
    'Two weeks later...',
    '* * * Three days later * * *',
    "~*~ Sakura's POV ~*~",
    "Sasuke's POV (Five years ago)",
    '--Sasuke POV--',
  ];
  for (const text of headers) {
    test(`${JSON.stringify(text)} is a POV header and its ** or * are not emphasis`, () => {
      line(text).lineHas(1, POV).lineLacks(1, BOLD).lineLacks(1, ITALIC);
    });
  }

  const prose = ['She never understood his POV.', 'Draco walked in.', '*sigh*', 'Three days later, they met again.', '*BANG*', 'Draco walked to the POV'];
  for (const text of prose) {
    test(`${JSON.stringify(text)} is not a POV header`, () => {
      line(text).lineLacks(1, POV);
    });
  }

  test('continuation lines of a hard-wrapped paragraph are not headers', () => {
    tokenize('She told the whole story', "from Draco's POV", 'and it took', 'a few days later.').lineLacks(2, POV).lineLacks(4, POV);
  });

  test('a lowercase *sigh* alone on a line stays emphasis', () => {
    line('*sigh*').lineHas(1, ITALIC);
  });
});

describe('flashbacks', () => {
  test('own-line markers across paragraphs: everything between is flashback, dialogue inside is still dialogue', () => {
    tokenize(
      'Harry closed his eyes.',
      '',
      '*Flashback*',
      '',
      '"Come here," his mother said.',
      '',
      'He ran to her, and she lifted',
      'him into the air.',
      '',
      '*End Flashback*',
      '',
      'Harry opened his eyes.',
    )
      .lineLacks(1, FLASHBACK)
      .lineHas(3, FB_BEGIN)
      .lineHas(3, FLASHBACK)
      .has(5, '"Come here,"', DIALOGUE)
      .has(5, '"Come here,"', FLASHBACK)
      .has(5, 'his mother said.', FLASHBACK)
      .lacks(5, 'his mother said.', DIALOGUE)
      .lineHas(8, FLASHBACK)
      .lineHas(10, FB_END)
      .lineHas(10, FLASHBACK)
      .lineLacks(10, ITALIC)
      .lineLacks(12, FLASHBACK);
  });

  test('a flashback opened and closed inside one paragraph', () => {
    line('Flashback : The sun was warm that day … and she never answered. End flashback.')
      .has(1, 'Flashback :', FB_BEGIN)
      .has(1, 'The sun was warm that day', FLASHBACK)
      .lacks(1, 'The sun was warm that day', FB_BEGIN)
      .has(1, 'End flashback.', FB_END)
      .has(1, 'End flashback.', FLASHBACK);
  });

  test('text after an inline closer, and the next paragraph, are outside the flashback', () => {
    tokenize('Flashback: "Run!" he yelled. End flashback. Harry woke.', '', 'It was morning.')
      .has(1, '"Run!"', DIALOGUE)
      .has(1, '"Run!"', FLASHBACK)
      .lacks(1, 'Harry woke.', FLASHBACK)
      .lineLacks(3, FLASHBACK);
  });

  test('a flashback may open mid-line right after a sentence', () => {
    line('She closed her eyes. Flashback: the sun was warm. End flashback. She opened them.')
      .lacks(1, 'She closed her eyes.', FLASHBACK)
      .has(1, 'Flashback:', FB_BEGIN)
      .has(1, 'the sun was warm.', FLASHBACK)
      .lacks(1, 'She opened them.', FLASHBACK);
  });

  const openers = [
    'Flashback:',
    'Flashback :',
    '*Flashback*',
    '-Flashback-',
    '~Flashback~',
    'Begin flashback',
    'FLASHBACK',
    'Flashback',
    'flashback',
    '**Flashback**',
    'Start of Flashback',
    '(Flashback)',
  ];
  for (const opener of openers) {
    test(`${JSON.stringify(opener)} on its own line opens a flashback`, () => {
      tokenize(opener, 'The rain fell.', '', 'End flashback', 'Back home.')
        .lineHas(1, FB_BEGIN)
        .lineHas(2, FLASHBACK)
        .lineHas(4, FB_END)
        .lineLacks(5, FLASHBACK);
    });
  }

  const closers = [
    '* * End Flashback * *',
    'End flashback',
    'End Flashback.',
    '*End Flashback*',
    '-End of Flashback-',
    'Flashback end',
    '~End Flashback~',
    'END FLASHBACK',
    'Flashback over',
    'End of the flashback',
  ];
  for (const closer of closers) {
    test(`${JSON.stringify(closer)} on its own line closes a flashback`, () => {
      tokenize('-Flashback-', 'The rain fell.', closer, 'Back home.').lineHas(2, FLASHBACK).lineHas(3, FB_END).lineHas(3, FLASHBACK).lineLacks(4, FLASHBACK);
    });
  }

  test('a closer is not an opener: "Flashback end" alone does not open a flashback', () => {
    tokenize('Flashback end', 'The rain fell.').lineLacks(1, FB_BEGIN).lineLacks(2, FLASHBACK);
  });

  const prose = [
    'She had a flashback to that night.',
    'Flashbacks haunted her.',
    'Flashback after flashback hit him.',
    'Flashback, she thought, was the worst part.',
  ];
  for (const text of prose) {
    test(`the word in ${JSON.stringify(text)} does not open a flashback`, () => {
      tokenize(text, 'Next line.').lineLacks(1, FB_BEGIN).lineLacks(2, FLASHBACK);
    });
  }

  const boundaries = [
    '* * *',
    '***',
    '~*~*~',
    'xXx',
    'Chapter 3',
    '# Chapter 2',
    '~Chapter 2~',
    'Forty-seven: To say our final goodbyes.',
    'Ch. 3 - The Well',
    'TBC',
  ];
  for (const boundary of boundaries) {
    test(`an unclosed flashback stops before ${JSON.stringify(boundary)}`, () => {
      tokenize('Flashback:', '', 'It was raining.', '', boundary, '', 'Harry woke.').lineHas(3, FLASHBACK).lineLacks(5, FLASHBACK).lineLacks(7, FLASHBACK);
    });
  }

  test('the boundary line after an unclosed flashback keeps its own scope', () => {
    tokenize('*Flashback*', 'It was raining.', '* * *', 'Chapter 4: After').lineHas(3, SCENE).lineHas(4, CHAPTER);
  });

  test('an unclosed quote inside a flashback stops at its paragraph and the flashback still closes', () => {
    tokenize('~Flashback~', '"Wait for me,', '', 'But she was gone.', '', '~End Flashback~', 'Harry sighed.')
      .has(2, '"Wait for me,', DIALOGUE)
      .lacks(4, 'But she was gone.', DIALOGUE)
      .lineHas(4, FLASHBACK)
      .lineHas(6, FB_END)
      .lineLacks(7, FLASHBACK);
  });

  test('thoughts and emphasis inside a flashback keep their scopes', () => {
    tokenize('Flashback:', "'Not again,' she thought, and *ran*.", 'End flashback.')
      .has(2, "'Not again,'", THOUGHT)
      .has(2, '*ran*', ITALIC)
      .lineHas(2, FLASHBACK);
  });

  test('a new opener at line start ends an unclosed flashback and opens the next one', () => {
    tokenize('*Flashback*', 'The first memory.', '', '*Flashback*', 'The second memory.', '*End Flashback*', 'Now.')
      .lineHas(2, FLASHBACK)
      .lineHas(4, FB_BEGIN)
      .lineHas(5, FLASHBACK)
      .lineHas(6, FB_END)
      .lineLacks(7, FLASHBACK);
  });

  test('decorations with inner spaces around a marker: ~*~ Flashback ~*~', () => {
    tokenize('~*~ Flashback ~*~', 'Rain.', '~*~ End Flashback ~*~', 'Sun.').lineHas(1, FB_BEGIN).lineHas(3, FB_END).lineLacks(4, FLASHBACK);
  });

  test('a stray own-line closer with no open flashback is still a closing marker, but no flashback', () => {
    line('*End Flashback*').lineHas(1, FB_END).lineLacks(1, FLASHBACK).lineLacks(1, ITALIC);
  });
});

describe("author's notes", () => {
  const notes = [
    'A/N: Thanks for reading!',
    'AN: Sorry for the wait.',
    "Author's Note: This is my first fic.",
    'Author’s Note: be kind',
    'a/n: short one today',
    '**A/N: Please review!**',
  ];
  for (const text of notes) {
    test(`${JSON.stringify(text)} is an author's note`, () => {
      line(text).lineHas(1, NOTE).lineLacks(1, BOLD);
    });
  }

  test('a note runs to the end of its hard-wrapped paragraph and no further', () => {
    tokenize("A/N: This chapter is from Draco's POV, so", 'bear with me. "Thanks" to all reviewers!', '', '"Malfoy," Harry said.')
      .lineHas(1, NOTE)
      .lineHas(2, NOTE)
      .lacks(2, '"Thanks"', DIALOGUE)
      .lineLacks(1, POV)
      .lineLacks(4, NOTE)
      .has(4, '"Malfoy,"', DIALOGUE);
  });

  test('a parenthesized note ends at its own closing parenthesis, nested parentheses included', () => {
    line('(A/N: sorry (again) for the wait!) Harry sighed.').has(1, '(A/N: sorry (again) for the wait!)', NOTE).lacks(1, 'Harry sighed.', NOTE);
  });

  test('a bracketed note ends at its closing bracket', () => {
    line('[AN: Ginny is 16 here] Ginny laughed.').has(1, '[AN: Ginny is 16 here]', NOTE).lacks(1, 'Ginny laughed.', NOTE);
  });

  test('a parenthesized note whose ")" is forgotten stops at the paragraph end', () => {
    tokenize('(A/N: I will update soon', '', 'Harry ran.').lineHas(1, NOTE).lineLacks(3, NOTE);
  });

  test('a note may start mid-line after the story text', () => {
    line('And they lived. A/N: thanks for reading!').lacks(1, 'And they lived.', NOTE).has(1, 'A/N: thanks for reading!', NOTE);
  });

  test('prose that mentions an author or "an" is not a note', () => {
    line("The author's note was long. An hour passed.").lineLacks(1, NOTE);
  });

  test('a note inside a flashback is a note inside the flashback', () => {
    tokenize('Flashback:', 'A/N: this is five years ago', '', 'He smiled.', 'End flashback')
      .lineHas(2, NOTE)
      .lineHas(2, FLASHBACK)
      .lineLacks(4, NOTE)
      .lineHas(4, FLASHBACK);
  });
});

describe('front matter', () => {
  const disclaimers = [
    "Disclaimer: I don't own Naruto.",
    "Don't own Harry Potter, sadly.",
    "I don't own Inuyasha or any of the characters.",
    'I do not own anything.',
    'DISCLAIMER - not mine',
    'Disclaimer:',
    'I don’t own Bleach.',
    'I own nothing.',
  ];
  for (const text of disclaimers) {
    test(`${JSON.stringify(text)} is a disclaimer line`, () => {
      line(text).lineHas(1, DISCLAIMER).lineLacks(1, THOUGHT);
    });
  }

  test('first-person prose "I don\'t own a car" is not a disclaimer', () => {
    line("I don't own a car, so I walked.").lineLacks(1, DISCLAIMER);
  });

  test('a disclaimer covers its line only', () => {
    tokenize("Disclaimer: I don't own Naruto.", 'Naruto ran.').lineLacks(2, DISCLAIMER);
  });

  test('Summary: line is a summary', () => {
    line('Summary: Hermione finds a time-turner and everything changes.').lineHas(1, SUMMARY);
  });

  test('"In summary" prose is not a summary', () => {
    line('In summary, he was wrong.').lineLacks(1, SUMMARY);
  });

  const bylines = ['By Night-Dragon', 'by xXsakuraXx', 'Written by Moony_Padfoot', 'By Sirius Black Lover 22'];
  for (const text of bylines) {
    test(`${JSON.stringify(text)} is a byline`, () => {
      line(text).lineHas(1, BYLINE).lineLacks(1, ITALIC);
    });
  }

  const notBylines = ['By the time he arrived, the sun had set.', 'By morning', 'By then it was over.', 'Bye Harry', 'by Hermione and Ron'];
  for (const text of notBylines) {
    test(`${JSON.stringify(text)} is not a byline`, () => {
      line(text).lineLacks(1, BYLINE);
    });
  }
});

describe('end markers', () => {
  const markers = ['-To be Continued-', 'TBC', '~Fin~', 'The End', 'To be continued...', '(TBC)', 'THE END!', '*Fin*'];
  for (const text of markers) {
    test(`${JSON.stringify(text)} alone on a line is an end marker`, () => {
      line(text).lineHas(1, END_MARKER).lineLacks(1, POV).lineLacks(1, ITALIC);
    });
  }

  const prose = ['The end of the road was near.', 'Fin swam away.', 'It was the end.', 'TBC means to be continued.'];
  for (const text of prose) {
    test(`${JSON.stringify(text)} is not an end marker`, () => {
      line(text).lineLacks(1, END_MARKER);
    });
  }
});

describe('a whole chapter as posted (fixture)', () => {
  const text = readFileSync(join(__dirname, 'fixtures', 'sample-chapter.txt'), 'utf8').replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  const n = (startsWith: string) => {
    const i = lines.findIndex((l) => l.startsWith(startsWith));
    assert.ok(i >= 0, `fixture has no line starting with ${startsWith}`);
    return i + 1;
  };

  test('front matter, headers, flashback and end marker each get their scope', () => {
    const doc = tokenize(...lines);
    doc
      .lineHas(n('Disclaimer'), DISCLAIMER)
      .lineHas(n('By Night-Dragon'), BYLINE)
      .lineHas(n('Summary:'), SUMMARY)
      .lineHas(n('**Please review'), 'source.fanfic')
      .lineLacks(n('**Please review'), BOLD)
      .lineHas(n('Chapter One'), CHAPTER)
      .lineHas(n('A/N:'), NOTE)
      .lineHas(n("**Hermione's POV**"), POV)
      .has(n('"You\'re late'), '"You\'re late,"', DIALOGUE)
      .lineHas(n('-Flashback-'), FB_BEGIN)
      .lineHas(n('The Burrow'), FLASHBACK)
      .lineHas(n('-End of Flashback-'), FB_END)
      .lineLacks(n('She blinked'), FLASHBACK)
      .lineHas(n('~*~*~'), SCENE)
      .lineHas(n('*Draco*'), POV)
      .lineHas(n('-To be Continued-'), END_MARKER);
  });
});

describe('performance', () => {
  // Long lines built from the characters the line-level rules repeat (indentation, decoration runs,
  // words before "POV") are where overlapping quantifiers would backtrack polynomially or worse; the
  // timeout is a hang guard, not a timing assertion.
  test(
    'a generated 5,000-line chapter with pathological lines tokenizes to the end and its last line still gets the right scopes',
    { timeout: 120_000 },
    () => {
      const paragraph = [
        "\"I don't know,\" Hermione said, 'cause she didn't. 'Typical,' Ron thought, *sighing* at five o'clock.",
        "The boys' room was empty; rock 'n' roll played somewhere, and Naruto-kun was goin' home \"or so",
        '',
        'Flashback : The sun was warm that day … and she never answered. End flashback.',
        '',
        "**Hermione's POV**",
        '"Wait," she called, "please wait for me',
        '',
        '* * *',
        '',
      ];
      const lines: string[] = [];
      const pathological = [
        ' '.repeat(3000) + 'x',
        '*'.repeat(3000) + 'a',
        '* '.repeat(1500) + 'End',
        'Draco POV' + '\t'.repeat(3000) + 'q',
        '**Sasuke' + '-'.repeat(3000) + 'q',
        '**a '.repeat(750),
        "'Typical" + "'a ".repeat(1000) + '*',
        'Forty-' + 'one-'.repeat(750) + 'x',
        'By ' + 'a '.repeat(1500) + '.',
      ];
      for (let i = 0; i < 5; i++) lines.push(...pathological.flatMap((p) => [p, '']));
      while (lines.length < 5000) lines.push(...paragraph);
      lines.push('*Flashback*', '"Unclosed on purpose', '', 'Chapter 12', '"The last line," she said.');
      const doc = tokenize(...lines);
      const last = lines.length;
      assert.ok(last >= 5000);
      doc
        .lineHas(last - 4, FB_BEGIN)
        .has(last - 3, '"Unclosed on purpose', DIALOGUE)
        .has(last - 3, '"Unclosed on purpose', FLASHBACK)
        .lineLacks(last - 1, FLASHBACK)
        .lineHas(last - 1, CHAPTER)
        .has(last, '"The last line,"', DIALOGUE)
        .lacks(last, 'she said.', DIALOGUE)
        .lacks(last, 'she said.', FLASHBACK);
    },
  );
});

describe('language configuration', () => {
  const compile = (value: string | { pattern: string; flags?: string }, extra = '') =>
    typeof value === 'string' ? new RegExp(value, extra) : new RegExp(value.pattern, (value.flags ?? '').replace('g', '') + extra);

  const words = (text: string) => [...text.matchAll(compile(languageConfiguration.wordPattern, 'g'))].map((m) => m[0]);

  for (const word of ["can't", "you're", 'Naruto-kun', "Hermione's", 'Hermione’s', 'Inu-hanyou', 'yōkai', 'I-I']) {
    test(`wordPattern keeps ${word} as one word`, () => {
      assert.deepEqual(words(`so ${word}, then`), ['so', word, 'then']);
    });
  }

  test('wordPattern does not glue a word to an em dash or a double hyphen', () => {
    assert.deepEqual(words('well—no'), ['well', 'no']);
    assert.deepEqual(words('I was ar-- wait'), ['I', 'was', 'ar', 'wait']);
    assert.deepEqual(words('word--and'), ['word', 'and']);
    assert.deepEqual(words('H- Harry'), ['H', 'Harry']);
  });

  test('wordPattern leaves quotes and leading elision apostrophes outside the word', () => {
    assert.deepEqual(words("'Typical,' she thought 'cause"), ['Typical', 'she', 'thought', 'cause']);
    assert.deepEqual(words('“Stop”'), ['Stop']);
  });

  const pairs = (key: string) =>
    (languageConfiguration[key] as ({ open: string; close: string } | [string, string])[]).map((p) =>
      Array.isArray(p) ? `${p[0]}${p[1]}` : `${p.open}${p.close}`,
    );

  test('quotes, curly quotes, ** and __ auto-close; a straight apostrophe does not', () => {
    const auto = pairs('autoClosingPairs');
    for (const pair of ['""', '“”', '‘’', '****', '____', '()', '[]']) assert.ok(auto.includes(pair), `missing auto-closing ${pair}`);
    assert.ok(!auto.includes("''"), "typing an apostrophe (don't) must not insert a second one");
  });

  test('selections can be surrounded with quotes, curly quotes, *, _, () and []', () => {
    const surround = pairs('surroundingPairs');
    for (const pair of ['""', '“”', '‘’', '**', '__', '()', '[]']) assert.ok(surround.includes(pair), `missing surrounding ${pair}`);
  });

  test('prose has no comment tokens', () => {
    assert.equal(languageConfiguration.comments, undefined);
  });

  const start = compile(languageConfiguration.folding.markers.start);
  const end = compile(languageConfiguration.folding.markers.end);

  for (const opener of [
    'Flashback:',
    'Flashback :',
    '*Flashback*',
    '-Flashback-',
    '~Flashback~',
    'Begin flashback',
    'FLASHBACK',
    'Flashback',
    '  **Flashback**  ',
  ]) {
    test(`folding starts at own-line opener ${JSON.stringify(opener)} and does not end there`, () => {
      assert.match(opener, start);
      assert.doesNotMatch(opener, end);
    });
  }

  for (const closer of ['End flashback', 'End Flashback.', '*End Flashback*', '-End of Flashback-', 'Flashback end', '~End Flashback~', 'END FLASHBACK']) {
    test(`folding ends at own-line closer ${JSON.stringify(closer)} and does not start there`, () => {
      assert.match(closer, end);
      assert.doesNotMatch(closer, start);
    });
  }

  test('folding markers ignore prose and inline flashbacks', () => {
    for (const text of ['She had a flashback.', 'Flashback : The sun was warm. End flashback.', 'The end flashback scene']) {
      assert.doesNotMatch(text, start);
      assert.doesNotMatch(text, end);
    }
  });
});
