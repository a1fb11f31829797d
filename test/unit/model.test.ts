import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildModel } from '../../src/core';
import { analyzeParagraph } from '../../src/core/model/paragraph';

function regions(text: string) {
  return analyzeParagraph(text).regions.map((r) => [r.kind, text.slice(r.start, r.end)]);
}

describe('regions of a paragraph', () => {
  test('straight and curly dialogue, quotes included', () => {
    assert.deepEqual(regions('"Stop," she said. “Now.”'), [
      ['dialogue', '"Stop,"'],
      ['dialogue', '“Now.”'],
    ]);
  });
  test('an unclosed quote stops at the paragraph end', () => {
    const text = '"It was the summer we lost everything,  ';
    const [r] = analyzeParagraph(text).regions;
    assert.equal(r.closed, false);
    assert.equal(text.slice(r.start, r.end), '"It was the summer we lost everything,');
  });
  test('a single-quoted thought is a thought', () => {
    assert.deepEqual(regions("'Typical.' She thought to herself."), [['thought', "'Typical.'"]]);
    assert.deepEqual(regions('‘Typical,’ she thought.'), [['thought', '‘Typical,’']]);
  });
  test('a short quotation opened before a capital closes after a plural when nothing else closes it', () => {
    // Real fan fiction (SAO fixture): the close reads like "boys' room", the opener says it is none.
    assert.deepEqual(regions("The unspoken 'Like I lost my friends' hung in the air."), [['thought', "'Like I lost my friends'"]]);
    // No capital opener, or a capitalized elision: apostrophes still.
    assert.deepEqual(regions("I saw 'Em and the boys' dog."), []);
    assert.deepEqual(regions("We met the boys' mother."), []);
  });
  for (const text of [
    "I don't know what Hermione's cat wants.",
    "'cause I said so, goin' home now.",
    "It was the boys' room, rock 'n' roll.",
    "It's five o'clock.",
  ]) {
    test(`apostrophes never open a thought: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(
        regions(text).filter(([k]) => k === 'thought'),
        [],
      );
    });
  }
  test('emphasis and inline notes', () => {
    assert.deepEqual(regions('She *hated* him. (A/N: sorry!)'), [
      ['emphasis', '*hated*'],
      ['note', '(A/N: sorry!)'],
    ]);
  });
  test('tokens know their region and sentence starts', () => {
    const a = analyzeParagraph('"Stop it," Harry said. She ran.');
    const by = Object.fromEntries(a.tokens.map((t) => [t.text, t]));
    assert.equal(by.Stop.region, 'dialogue');
    assert.equal(by.Stop.sentenceStart, true);
    assert.equal(by.Harry.region, 'narration');
    assert.equal(by.Harry.sentenceStart, false);
    assert.equal(by.She.sentenceStart, true);
    assert.equal(a.words, 6);
    assert.equal(a.dialogueWords, 2);
  });

  test('a name after a title with a full stop goes on its sentence; a real full stop still ends one', () => {
    const a = analyzeParagraph('She waved at Mr. Weasley and Dr. Watson. Then Mrs. Figg came by. Ginger ran off.');
    const by = Object.fromEntries(a.tokens.map((t) => [t.text, t]));
    assert.equal(by.Weasley.sentenceStart, false);
    assert.equal(by.Watson.sentenceStart, false);
    assert.equal(by.Figg.sentenceStart, false);
    assert.equal(by.Then.sentenceStart, true);
    assert.equal(by.Ginger.sentenceStart, true);
    // A word that only ends like a title ("Colt", "Hummer") ends its sentence as any word does.
    const b = analyzeParagraph('He carried a Colt. Kelly saw it. She drove a Hummer. Kelly waved.');
    assert.deepEqual(
      b.tokens.filter((t) => t.text === 'Kelly').map((t) => t.sentenceStart),
      [true, true],
    );
  });
});

describe('structure', () => {
  test('a flashback opened and closed inside one paragraph', () => {
    const text = 'Chapter 1\n\nFlashback : The sun was warm that day, and she never answered. End flashback.\n\nShe woke.\n';
    const m = buildModel(text);
    assert.equal(m.flashbacks.length, 1);
    const f = m.flashbacks[0];
    assert.ok(f.closed);
    assert.equal(text.slice(f.begin.start, f.begin.end), 'Flashback : ');
    assert.equal(text.slice(f.close!.start, f.close!.end), 'End flashback.');
  });
  test('a flashback with own-line markers across paragraphs', () => {
    const text = 'Intro.\n\n*Flashback*\n\nOne.\n\nTwo.\n\n*End Flashback*\n\nAfter.\n';
    const m = buildModel(text);
    assert.equal(m.flashbacks.length, 1);
    assert.equal(text.slice(m.flashbacks[0].start, m.flashbacks[0].end), '*Flashback*\n\nOne.\n\nTwo.\n\n*End Flashback*');
  });
  test('an unclosed flashback ends at the next scene break', () => {
    const text = 'Flashback:\n\nThe war.\n\n***\n\nNow.\n';
    const m = buildModel(text);
    assert.equal(m.flashbacks.length, 1);
    assert.equal(m.flashbacks[0].closed, false);
    assert.equal(text.slice(m.flashbacks[0].start, m.flashbacks[0].end), 'Flashback:\n\nThe war.');
  });
  test('scenes separated only by blank lines', () => {
    const m = buildModel('Chapter 1\n\nFirst scene.\n\nStill first.\n\n\n\nSecond scene.\n');
    assert.equal(m.chapters.length, 1);
    assert.equal(m.scenes.length, 2);
    assert.equal(m.blocks.filter((b) => b.kind === 'blank-break').length, 1);
  });
  test('a file with no structure is one implicit chapter with one scene', () => {
    const m = buildModel('Just a paragraph.\nHard-wrapped.\n\nAnd another.');
    assert.equal(m.chapters.length, 1);
    assert.equal(m.chapters[0].heading, undefined);
    assert.equal(m.scenes.length, 1);
    assert.equal(m.paragraphs.length, 2);
  });
  test('a POV header starts a new scene', () => {
    const m = buildModel("Chapter 2\n\n**Hermione's POV**\n\nShe ran.\n\nDraco POV\n\nHe ran.\n");
    assert.equal(m.scenes.length, 2);
    assert.ok(m.scenes.every((s) => s.header));
  });
  test('CRLF and lone CR line ends split like LF', () => {
    const m = buildModel('Chapter 1\r\n\r\nOne.\r\rTwo.');
    assert.equal(m.chapters.length, 1);
    assert.equal(m.paragraphs.map((p) => p.text).join('|'), 'One.|Two.');
  });
});
