/**
 * Author's notes that run on over several paragraphs, and a title alone above the first chapter
 * heading: how the model classifies them, what the word counts, the outline and the rules make of
 * them, and that an edited model agrees with a fresh one when an edit makes a note run on or stop.
 */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, Analyzer, buildModel, outline, stats, statsOf } from '../../src/core';

/** Each block as `kind` (`kind+` when it is prose read as a note running on). */
function kinds(text: string): string[] {
  return buildModel(text).blocks.map((b) => `${b.kind}${b.continued ? '+' : ''}`);
}

const STORY = 'Kagome ran to the well and jumped in.\n\nInuyasha followed her, swearing under his breath.';
const THANKS = 'I want to thank everyone who reviewed the last chapter!';
const PLEA = 'Please review and tell me what you think.';

describe("an author's note that runs on", () => {
  test('at the end of a chapter, to the end of the file', () => {
    const text = `Chapter 3\n\n${STORY}\n\nA/N: Thanks for reading!\n\n${THANKS}\n\nShould Kagome forgive him?\n\n${PLEA}\n\nJa ne!\n`;
    assert.deepEqual(kinds(text), ['chapter-heading', 'prose', 'prose', 'authors-note', 'authors-note+', 'authors-note+', 'authors-note+', 'authors-note+']);
    const s = stats(text);
    assert.equal(s.words, 15);
    assert.equal(s.paragraphs, 2);
    assert.equal(s.authorsNoteWords, 29); // A, N, Thanks, for, reading (5) + 10 + 4 + 8 + 2
  });
  test('with paragraphs that speak of reading, or to the readers, without a review word', () => {
    const text = `Chapter 3\n\n${STORY}\n\nA/N: That's it for this week!\n\nI read every single one of them, and they make my day.\n\nYou guys are the best.\n`;
    assert.deepEqual(kinds(text), ['chapter-heading', 'prose', 'prose', 'authors-note', 'authors-note+', 'authors-note+']);
    assert.equal(stats(text).words, 15);
  });
  test('is one outline entry from its first paragraph to its last', () => {
    const text = `Chapter 3\n\n${STORY}\n\nA/N: Thanks for reading!\n\n${THANKS}\n\n${PLEA}\n`;
    const [chapter] = outline(text);
    const [scene] = chapter.children;
    const notes = scene.children.filter((n) => n.kind === 'authors-note');
    assert.equal(notes.length, 1);
    assert.equal(text.slice(notes[0].range.start, notes[0].range.end), `A/N: Thanks for reading!\n\n${THANKS}\n\n${PLEA}`);
    assert.equal(chapter.words, 15);
  });
  for (const [name, end, expected] of [
    ['to a scene break', '* * *\n\nShe sat by the fire.', ['scene-break', 'prose']],
    ['to the next chapter heading', 'Chapter 4\n\nShe sat by the fire.', ['chapter-heading', 'prose']],
    ['to a POV header', "Inuyasha's POV\n\nHe sat by the fire.", ['pov-header', 'prose']],
  ] as const) {
    test(name, () => {
      const text = `${STORY}\n\nAN: Thanks to my beta!\n\n${PLEA}\n\n${end}\n`;
      assert.deepEqual(kinds(text), ['prose', 'prose', 'authors-note', 'authors-note+', ...expected]);
    });
  }
  test('past an end marker and another note', () => {
    const text = `${STORY}\n\n-To be Continued-\n\n(A/N: Sorry it is short!)\n\n${THANKS}\n\nAuthor's Note: one more thing.\n\n${PLEA}\n`;
    assert.deepEqual(kinds(text), ['prose', 'prose', 'end-marker', 'authors-note', 'authors-note+', 'authors-note', 'authors-note+']);
  });
  test('in front matter, up to the first chapter heading', () => {
    const text = `A/N: This is my first fic.\n\n${PLEA}\n\nChapter 1\n\n${STORY}\n`;
    assert.deepEqual(kinds(text), ['authors-note', 'authors-note+', 'chapter-heading', 'prose', 'prose']);
  });
  test('the rules read it as a note: no dialogue or tense finding in it', () => {
    const text = `${STORY}\n\nA/N: Thanks for reading!\n\n"Please review." She begged you all. I am so sorry this chapter is late, please review!\n`;
    // The quote-led paragraph is story (see below); a note's own paragraphs are not prose.
    const note = `${STORY}\n\nA/N: Thanks for reading!\n\nPlease review, I beg you. I am so sorry this chapter is late. "Review." She said.\n`;
    assert.deepEqual(kinds(note).slice(-1), ['authors-note+']);
    assert.deepEqual(
      analyze(note).filter((f) => f.rule === 'dialogue-punctuation' || f.rule === 'tense-shift'),
      [],
    );
    assert.deepEqual(kinds(text).slice(-1), ['prose']);
  });
});

describe("an author's note that ends with its paragraph", () => {
  test('when story follows it', () => {
    const text = `Chapter 3\n\n${STORY}\n\n(A/N: Flashback ahead!)\n\n"Wait!" Inuyasha shouted.\n\nShe did not wait.\n`;
    assert.deepEqual(kinds(text), ['chapter-heading', 'prose', 'prose', 'authors-note', 'prose', 'prose']);
  });
  test('when a paragraph after it does not talk to readers', () => {
    const text = `${STORY}\n\nA/N: Thanks for reading!\n\n${THANKS}\n\nThe well glowed blue behind them as they ran.\n`;
    assert.deepEqual(kinds(text).slice(2), ['authors-note', 'prose', 'prose']);
  });
  test('at the start of a chapter, however short the chapter', () => {
    const text = `Chapter 3\n\nA/N: Sorry for the wait! Please review.\n\nKagome ran. Thanks to the well, she was home.\n`;
    assert.deepEqual(kinds(text), ['chapter-heading', 'authors-note', 'prose']);
  });
  test('when more than eight paragraphs follow it', () => {
    const text = `${STORY}\n\nA/N: Thanks!\n\n${Array.from({ length: 9 }, () => PLEA).join('\n\n')}\n`;
    assert.deepEqual(
      kinds(text).slice(3),
      Array.from({ length: 9 }, () => 'prose'),
    );
  });
  test('before a flashback marker', () => {
    const text = `${STORY}\n\nA/N: Thanks!\n\n${PLEA}\n\nFlashback:\n\nShe was small.\n`;
    assert.deepEqual(kinds(text).slice(2, 4), ['authors-note', 'prose']);
  });
  test('a story paragraph of three words with a full stop', () => {
    const text = `${STORY}\n\nA/N: Thanks!\n\nShe was gone.\n`;
    assert.deepEqual(kinds(text).slice(-1), ['prose']);
  });
});

describe('a title alone above the first chapter heading', () => {
  test('after a summary is front matter', () => {
    const text = `Disclaimer: I don't own Inuyasha.\n\nSummary: Kagome falls down the well again.\n\nThe Well of Time\n\nChapter 1\n\n${STORY}\n`;
    assert.deepEqual(kinds(text), ['disclaimer', 'summary', 'title', 'chapter-heading', 'prose', 'prose']);
    const [front, chapter] = outline(text);
    assert.equal(front.kind, 'front-matter');
    assert.equal(front.name, 'The Well of Time');
    assert.equal(chapter.name, 'Chapter 1');
    assert.equal(outline(text).length, 2);
  });
  test('at the top of the file, and on the line above the heading', () => {
    assert.deepEqual(kinds(`Moonlight!\n\nChapter 1: Start\n\n${STORY}\n`).slice(0, 2), ['title', 'chapter-heading']);
    assert.deepEqual(kinds(`The Well of Time\nChapter 1\n\n${STORY}\n`).slice(0, 2), ['title', 'chapter-heading']);
  });
  test('a sentence above the heading is not a title', () => {
    assert.deepEqual(kinds(`She ran.\n\nChapter 1\n\n${STORY}\n`).slice(0, 2), ['prose', 'chapter-heading']);
    assert.equal(stats(`She ran.\n\nChapter 1\n\n${STORY}\n`).chapters, 2);
  });
  test('a title line below the first chapter heading is story', () => {
    assert.deepEqual(kinds(`Chapter 1\n\nThe Well of Time\n\nChapter 2\n\n${STORY}\n`).slice(0, 3), ['chapter-heading', 'prose', 'chapter-heading']);
  });
});

describe('the edited model agrees with a fresh one', () => {
  const base = `Chapter 3\n\n${STORY}\n\nThanks for reading!\n\n${THANKS}\n\n${PLEA}\n\n* * *\n\nShe sat by the fire.\n`;
  const same = (before: string, after: string) => {
    const reused = new Analyzer({});
    reused.analyze(before);
    const edited = reused.analyze(after);
    const fresh = new Analyzer({}).analyze(after);
    const shape = (r: typeof fresh) => r.model.blocks.map((b) => [b.kind, b.start, b.end, b.continued ?? false]);
    assert.deepEqual(shape(edited), shape(fresh));
    assert.deepEqual(statsOf(edited.model), statsOf(fresh.model));
    assert.deepEqual(edited.findings, fresh.findings);
  };
  const noted = base.replace('Thanks for reading!', 'A/N: Thanks for reading!');
  test('typing A/N: makes the paragraphs after it a note', () => same(base, noted));
  test('deleting it makes them story again', () => same(noted, base));
  test('a paragraph typed into the run ends it', () => same(noted, noted.replace(PLEA, `${PLEA}\n\nThe well glowed blue.`)));
  test('typing inside a paragraph of the run', () => same(noted, noted.replace('last chapter', 'last long chapter')));
  test('typing inside the story before the note', () => same(noted, noted.replace('jumped in', 'jumped right in')));
});
