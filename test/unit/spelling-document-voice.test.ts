import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { Analyzer, createSpeller, type Speller } from '../../src/core';
import { buildModel } from '../../src/core/model/document';
import { addVoice, countVoice, voiceLevel, type VoiceCounts } from '../../src/core/pipeline/voice';
import { isVoiceRespelling } from '../../src/core/rules/spelling-voice';
import { loadDictionary } from '../../src/node/dictionaries';

let speller: Speller;
before(() => {
  speller = createSpeller(loadDictionary('en-US'));
});

/** Speech thick with marked respellings, as a dialect story writes it. */
const dialect = [
  "\"Ah'm goin' down t'the crick an' fetch 'em,\" Jed said. \"Ain't nobody gonna stop me.\"",
  "\"Yer pa's been lookin' fer ye since mornin',\" Ma said. \"He ain't gonna wait 'round.\"",
  "\"I'm comin' now, an' I'll be bringin' the mule an' the wagon,\" Jed said.",
].join('\n\n');
/** Two respellings that sound like common words, and a typing slip. */
const line = '"Tell thum wimmen I jsut left," he said.';

function spelled(text: string, analyzer = new Analyzer({ speller })): string[] {
  return analyzer
    .analyze(text)
    .findings.filter((f) => f.rule === 'spelling')
    .map((f) => `${text.slice(f.range.start, f.range.end)}:${f.severity}`);
}

function level(text: string): number {
  const sum: VoiceCounts = { speech: 0, all: 0, speechWords: 0, words: 0 };
  for (const p of buildModel(text).paragraphs) if (p.kind === 'prose') addVoice(sum, countVoice(p.text, p.analysis), 1);
  return voiceLevel(sum);
}

describe("a document's voice", () => {
  test('speech thick with marked respellings makes a voice; plain speech, names and o’clock do not', () => {
    assert.equal(level(dialect), 1);
    assert.equal(level(line), 0);
    assert.equal(level("\"O'Brien said it at four o'clock,\" D'Arcy said. \"Don't, won't, she'll, we're.\""), 0);
  });
  test('a respelling that sounds like a common word is the voice; a typing slip is not', () => {
    for (const w of ['thum', 'wimmen', 'bhoy']) assert.equal(isVoiceRespelling(speller, w), true, w);
    // Two letters swapped, a letter doubled, a vowel left out, a neighbouring key.
    for (const w of ['jsut', 'theirr', 'whn', 'sgay', 'budy']) assert.equal(isVoiceRespelling(speller, w), false, w);
  });
  test('a respelling no slip makes of any word is the voice; scrambled letters or a letter struck too are slips', () => {
    for (const w of ['wahtahm', 'eventshahleh']) assert.equal(isVoiceRespelling(speller, w), true, w);
    for (const w of ['htikn', 'likek', 'sourth', 'itheir']) assert.equal(isVoiceRespelling(speller, w), false, w);
    // Capitalized, a word far from every word may be a name: only a sound-alike is the voice.
    assert.equal(isVoiceRespelling(speller, 'wahtahm', false), false);
  });
  test('in a dialect story the respellings in speech are quiet; the typo beside them is still a warning', () => {
    assert.deepEqual(spelled(`${dialect}\n\n${line}`), ['jsut:warning']);
  });
  test('the same line in a plain story is reported as before', () => {
    const plain = spelled(line);
    for (const w of ['thum', 'wimmen', 'jsut'])
      assert.ok(
        plain.some((f) => f.startsWith(`${w}:`)),
        `${w} in ${plain.join(', ')}`,
      );
  });
  test('narration of a story whose voice is only in its speech is still checked', () => {
    assert.ok(spelled(`${dialect}\n\nHe told thum wimmen.`).some((f) => f.startsWith('thum:')));
  });
  test('an edit that adds or removes the dialect redoes the line’s findings, as a fresh analysis does', () => {
    const reused = new Analyzer({ speller });
    const texts = [line, `${dialect}\n\n${line}`, `${dialect}\n\nMore.\n\n${line}`, line, `${dialect}\n\n${line}`];
    for (const text of texts) assert.deepEqual(spelled(text, reused), spelled(text), JSON.stringify(text));
  });
});
