import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { type AnalyzeOptions, Analyzer, createSpeller, type Speller, suggest } from '../../src/core';
import { escapeWord, parseWordList, unescapeWord } from '../../src/core/wordlist';
import { loadDictionary } from '../../src/node/dictionaries';
import { ruleHelpers } from '../support/rule-helpers';

let speller: Speller;
let hunspellOnly: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
  const { aff, dic } = loadDictionary('en-US');
  hunspellOnly = createSpeller({ aff, dic });
});

const { findings: spelling, foundWithSeverity } = ruleHelpers('spelling', () => ({ speller }));
function flagged(text: string, options: AnalyzeOptions = {}, sp: Speller = speller): string[] {
  return foundWithSeverity(text, { speller: sp, ...options });
}

describe('the second tier (the large word list)', () => {
  test('knows real words Hunspell lacks, which are then no finding', () => {
    const text = 'She poured the whisky, amongst friends.';
    assert.equal(speller.correct('whisky'), false);
    assert.equal(speller.listed!('whisky'), true);
    assert.deepEqual(flagged(text, {}, hunspellOnly), ['whisky:warning', 'amongst:warning']);
    assert.deepEqual(flagged(text), []);
  });
  test('stays silent on a closed compound of two common words', () => {
    assert.equal(speller.listed!('windowledge'), false);
    assert.deepEqual(flagged('She sat on the windowledge.', {}, hunspellOnly), ['windowledge:warning']);
    assert.deepEqual(flagged('She sat on the windowledge.'), []);
  });
  test("knows WordNet's compounds: hyphenated, and open ones by the word's neighbour", () => {
    const text = 'Turning to the hoi-polloi, the smart aleck saluted his pro-tem captain.';
    assert.deepEqual(flagged(text, {}, hunspellOnly), ['hoi-polloi:warning', 'aleck:warning', 'pro-tem:warning']);
    assert.deepEqual(flagged(text), []);
    assert.equal(speller.listed!('smart aleck'), true);
    assert.deepEqual(flagged('He was Speaker pro tem that year.'), []);
  });
  test('a part of an open compound alone is still no word, nor with another neighbour', () => {
    assert.equal(speller.listed!('aleck'), false);
    assert.deepEqual(flagged('He was an aleck from the States.'), ['aleck:warning']);
    assert.deepEqual(flagged('Turning on the hi-fu, he sat down.'), ['hi-fu:warning']);
    assert.deepEqual(flagged('He was a smart alek from the States.'), ['alek:warning']);
  });
  test('still reports a non-word as a warning', () => {
    assert.deepEqual(flagged('It was definately true, becuase I said so.'), ['definately:warning', 'becuase:warning']);
  });
  test('a weak listed word (SCOWL size 80 only) one letter from a common one is a hint too', () => {
    assert.equal(speller.weak!('sice'), true);
    assert.deepEqual(flagged('It was sice noon.'), ['sice:hint']);
  });
  test('a rare listed word one letter from a common one is a hint, with the common word first', () => {
    const [f] = spelling('She wore a wite dress.');
    assert.equal(f.severity, 'hint');
    assert.equal(suggest(f, speller).suggestions[0], 'white');
  });
  test('a rare listed word that is a common word and an ending (swingy, bleedings, missy) is no hint', () => {
    assert.deepEqual(flagged('She had a graceful swingy walk.'), []);
    assert.deepEqual(flagged('He depends on pills and bleedings.'), []);
    assert.deepEqual(flagged('"My name is Dandy, missy."'), []);
    // One edit from another common word it still is: "wite" is no form of "wit" but a typo of "white".
    assert.deepEqual(flagged('She wore a wite dress.'), ['wite:hint']);
  });
  test('parses with Hunspell-like case rules', () => {
    const list = parseWordList('# comment\nBoston\t9\nwhisky\t7\nzyzzyva\n');
    assert.equal(list.has('Boston'), true);
    assert.equal(list.has('BOSTON'), true);
    assert.equal(list.has('boston'), false);
    assert.equal(list.has('Whisky'), true);
    assert.equal(list.frequency('whisky'), 7);
    assert.equal(list.frequency('zyzzyva'), 0);
    assert.equal(list.has('# comment'), false);
  });
  test('keeps its text ASCII: a word past ASCII is written escaped and found as written', () => {
    assert.equal(escapeWord('fête'), 'f\\u00eate');
    assert.equal(unescapeWord(escapeWord('voilà')), 'voilà');
    assert.equal(escapeWord('whisky'), 'whisky');
    const entries = ['fête', 'fetch', 'voilà', 'volt'].map(escapeWord).sort();
    const list = parseWordList(`${entries.map((e) => `${e}\t5`).join('\n')}\n`);
    for (const w of ['fête', 'fetch', 'voilà', 'volt', 'Fête']) assert.equal(list.has(w), true, w);
    assert.equal(list.has('fete'), false);
    const seen: string[] = [];
    list.forEachLower((w) => seen.push(w), 0);
    assert.deepEqual(seen.sort(), ['fetch', 'fête', 'voilà', 'volt']);
  });
  test('reads its frequent words from the header lines when they hold every word asked for, else scans', () => {
    const text = '#frequent-lower\t8 the:15 whisky:9\n#frequent-capitalized\t7 Boston:9\nBoston\t9\nSalem\t5\nrare\t3\nthe\t15\nwhisky\t9\n';
    const list = parseWordList(text);
    const seen = (min: number) => {
      const out: string[] = [];
      list.forEachLower((w, z) => out.push(`${w}:${z}`), min);
      return out;
    };
    assert.deepEqual(seen(9), ['the:15', 'whisky:9']);
    assert.deepEqual(seen(0), ['rare:3', 'the:15', 'whisky:9']);
    const names: string[] = [];
    list.forEachCapitalized((w) => names.push(w), 7);
    assert.deepEqual(names, ['Boston']);
    assert.equal(list.has('the'), true);
    assert.equal(list.frequency('Salem'), 5);
    assert.equal(list.has('#frequent-lower'), false);
  });
});

describe('probable names', () => {
  test('a capitalized word no tier knows, alone at a sentence start, is information with its fixes', () => {
    const text = 'Xanthrel barked. Zyxwort, she thought.';
    assert.deepEqual(flagged(text), ['Xanthrel:information', 'Zyxwort:information']);
    const [f] = spelling(text);
    assert.equal(f.data?.probableName, true);
    assert.ok(f.commands?.some((c) => c.action === 'addCharacter'));
    assert.ok(f.commands?.some((c) => c.action === 'addToStoryDictionary'));
  });
  test('where it stands makes it a name: mid-sentence, before or after another name, after a title', () => {
    assert.deepEqual(flagged('They stopped at an inn near Medmenham for the night.'), []);
    assert.deepEqual(flagged('Then she saw Zyxwort by the door.'), []);
    assert.deepEqual(flagged('Tolek Alterman had returned.'), []);
    // "Leale" is one letter from "leave", but after a first name it is a surname.
    assert.deepEqual(flagged('Somehow Dr. Charles Leale was forced through.'), []);
    assert.deepEqual(flagged('Mme Bonenfant smiled. Abbe Raynal did not.'), []);
  });
  test("SCOWL's proper names (size 95) are known names", () => {
    assert.equal(speller.listed!('Corcoran'), true);
    assert.deepEqual(flagged('Corcoran shrugged.'), []);
  });
  test('a slip of a name the story uses is still information, with the name first', () => {
    const text = 'Hermione smiled. Ron laughed at Hermione. "Keep it, Hermoine."';
    const [f] = spelling(text);
    assert.equal(text.slice(f.range.start, f.range.end), 'Hermoine');
    assert.equal(f.severity, 'information');
    assert.equal(suggest(f, speller, "'", new Map([['Hermione', 2]])).suggestions[0], 'Hermione');
  });
  test('a quiet name is judged again when the name it slips from appears in another paragraph', () => {
    const analyzer = new Analyzer({ speller });
    const slip = (text: string) =>
      analyzer
        .analyze(text)
        .findings.filter((f) => f.rule === 'spelling')
        .map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(slip('They waited for Sauske by the field.'), []);
    assert.deepEqual(slip('They waited for Sauske by the field.\n\nSasuke came late.'), ['Sauske', 'Sasuke']);
    assert.deepEqual(slip('They waited for Sauske by the field.'), []);
  });
  test('a slip (a letter left out, two swapped) of a common capitalized word is a typo warning, no silent name', () => {
    assert.deepEqual(flagged('We met on Wendesday, in Febuary.'), ['Wendesday:warning', 'Febuary:warning']);
    const [f] = spelling('We met on Wendesday.');
    assert.equal(suggest(f, speller).suggestions[0], 'Wednesday');
  });
  test('one letter from a frequent common word, a capitalized word is a typo warning', () => {
    assert.deepEqual(flagged('Teh dog barked at Becuase.'), ['Teh:warning', 'Becuase:warning']);
    // "Teh" and "Thier" are in SCOWL's rarest names, which a typo of "the" and "their" outweighs.
    assert.equal(speller.listed!('Teh'), true);
    assert.deepEqual(flagged('Thier house was far.'), ['Thier:warning']);
  });
  test("a misspelling of a name the story uses often is character-name's, with the name as the fix", () => {
    const text = `${'Hermione smiled. '.repeat(6)}Then Hermoine left.`;
    assert.deepEqual(spelling(text), []);
    const [f] = ruleHelpers('character-name', () => ({ speller })).findings(text);
    assert.equal(text.slice(f.range.start, f.range.end), 'Hermoine');
    assert.equal(f.suggestions[0], 'Hermione');
  });
  test('a roster name and a name the story repeats are never flagged', () => {
    assert.deepEqual(flagged('Zyxwort ran. Later, Zyxwort slept. Then Xanthrel came.', { story: { characters: [{ name: 'Xanthrel' }] } }), []);
  });
});

describe('suggestions ranked by likelihood', () => {
  test('the likeliest word first, not the closest edit shape', () => {
    const first = (w: string) => speller.suggest(w)[0];
    assert.equal(first('tinking'), 'thinking');
    assert.equal(first('goig'), 'going');
    assert.equal(first('sice'), 'since');
    assert.equal(first('recieve'), 'receive');
    assert.equal(first('wiht'), 'with');
  });
  test("the story's own names first when they fit, in its casing", () => {
    assert.notEqual(speller.suggest('Hermoine')[0], 'Hermione');
    assert.equal(speller.suggest('Hermoine', new Map([['Hermione', 40]]))[0], 'Hermione');
    const [f] = spelling('Kirrah waved.').filter((x) => x.data?.word === 'Kirrah');
    assert.equal(suggest(f, speller, "'", new Map([['Kirra', 3]])).suggestions[0], 'Kirra');
  });
  test('a capitalized typo gets capitalized suggestions', () => {
    assert.ok(speller.suggest('Teh').every((s) => /^[A-Z]/.test(s)));
  });
  test('suggestions are cached: asking again returns the same list', () => {
    assert.deepEqual(speller.suggest('becuase'), speller.suggest('becuase'));
  });
});

describe('spoken forms in narration', () => {
  test('offer the written form: an elongation collapsed, a dropped g restored, else the ranked suggestions', () => {
    const found = (text: string) => spelling(text).map((f) => `${text.slice(f.range.start, f.range.end)}:${f.severity}:${suggest(f, speller).suggestions[0]}`);
    assert.deepEqual(found('He was stilll there.'), ['stilll:information:still']);
    assert.deepEqual(found('He was goin home.'), ['goin:information:going']);
    assert.deepEqual(found('He said wat to her.'), ['wat:information:what']);
  });
  test('stay silent in dialogue, g-dropping without its apostrophe too', () => {
    assert.deepEqual(flagged('"I was thinkin about it, stilll," he said.'), []);
  });
});
