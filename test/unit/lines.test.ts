import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as L from '../../src/core/model/lines';

describe('chapter headings', () => {
  for (const line of [
    'Chapter One: His Decision',
    'Chapter 12',
    'Ch. 3 - The Well',
    '~Chapter 2~',
    '# Chapter 2',
    'CHAPTER IV',
    'Prologue',
    'Epilogue: After',
    'Chapter Twenty-One',
    '**Chapter 5**',
  ]) {
    test(`recognizes ${JSON.stringify(line)}`, () => assert.ok(L.isChapterHeading(line)));
  }
  for (const line of ['Forty-seven: To say our final goodbyes.', '12', 'XII']) {
    test(`recognizes the weak shape ${JSON.stringify(line)} when alone`, () => assert.ok(L.isWeakChapterHeading(line)));
  }
  for (const line of ['Part Two', 'Book 3: The Return', 'Interlude - Rain', 'Chap. 7', 'ch. xii', '  -- Chapter Forty-Two --', 'Chapter one two three']) {
    test(`recognizes ${JSON.stringify(line)}, whichever of its patterns it needs`, () => assert.ok(L.isChapterHeading(line)));
  }
  for (const line of [
    'Seven men walked in.',
    'The chapter was long.',
    'Chapter and verse, she thought.',
    'Chapters are hard to write.',
    'Charlie walked in.',
    'Partly cloudy.',
    'Chapter one two three four',
    'Bookish as ever, she read on.',
    'I walked in.',
  ]) {
    test(`does not take prose ${JSON.stringify(line)} for a heading`, () => {
      assert.ok(!L.isChapterHeading(line));
      assert.ok(!L.isWeakChapterHeading(line));
    });
  }
});

describe('scene breaks', () => {
  for (const line of ['***', '* * *', '~~~', '~*~*~', '-o-o-o-', 'xXx', 'oOo', '----', '___', '#', '      * * *      ', '=====']) {
    test(`recognizes ${JSON.stringify(line)}`, () => assert.ok(L.isSceneBreak(line)));
  }
  for (const line of ['...', 'xox', 'Ox', '*', 'ooo', 'x-ray', '"..."']) {
    test(`does not take ${JSON.stringify(line)} for a break`, () => assert.ok(!L.isSceneBreak(line)));
  }
  test('counts only what is visible: a break padded wide is one, 81 stars or a prose line are not', () => {
    assert.ok(L.isSceneBreak(`${' '.repeat(120)}* * *${'\u00a0'.repeat(120)}`));
    assert.ok(L.isSceneBreak(`${'\u3000'.repeat(50)}${'*'.repeat(80)}`));
    assert.ok(!L.isSceneBreak('*'.repeat(81)));
    assert.ok(!L.isSceneBreak('* '.repeat(81)));
    assert.ok(!L.isSceneBreak('She walked out of the room and did not look back, not once, though he called after her twice.'));
  });
});

describe('POV headers', () => {
  for (const line of [
    "**Hermione's POV**",
    'Draco POV',
    "(Harry's POV)",
    '**1 week later Draco POV**',
    '~Three years later~',
    'Three years later...',
    'Some time later',
    'Two hours earlier',
    'A couple of days later.',
    'Not long later',
    "Sakura's POV",
  ]) {
    test(`recognizes ${JSON.stringify(line)}`, () => assert.ok(L.isPovHeader(line)));
  }
  for (const line of [
    "From Draco's point of view, this was a disaster.",
    'She came back three years later and said nothing.',
    // A short sentence that ends on "later" or "earlier" alone in its paragraph is prose.
    'She left an hour later.',
    'We should have gone earlier.',
    'I will see you later!',
  ]) {
    test(`does not take prose ${JSON.stringify(line)} for a header`, () => assert.ok(!L.isPovHeader(line)));
  }
  test('a lone decorated name is a POV header, lowercase emphasis is not', () => {
    assert.ok(L.isNamePovHeader('*Sasuke*'));
    assert.ok(L.isNamePovHeader('~Sakura~'));
    assert.ok(!L.isNamePovHeader('*sigh*'));
  });
});

describe('flashback markers', () => {
  for (const line of ['Flashback:', 'Flashback :', '*Flashback*', '-Flashback-', '~Flashback~', 'Begin flashback', 'FLASHBACK', 'Flashback']) {
    test(`recognizes the opening ${JSON.stringify(line)}`, () => assert.ok(L.isFlashbackBeginLine(line)));
  }
  for (const line of ['End flashback', 'End Flashback.', '*End Flashback*', '-End of Flashback-', 'Flashback end', '~End Flashback~']) {
    test(`recognizes the closing ${JSON.stringify(line)}`, () => {
      assert.ok(L.isFlashbackEndLine(line));
      assert.ok(!L.isFlashbackBeginLine(line));
    });
  }
  test('finds an inline opening marker and leaves prose alone', () => {
    assert.equal(L.inlineFlashbackBegin('Flashback : The sun was warm.'), 'Flashback : '.length);
    assert.equal(L.inlineFlashbackBegin('*Flashback* The sun was warm.'), '*Flashback* '.length);
    assert.equal(L.inlineFlashbackBegin('Flashbacks haunted her every night.'), 0);
    assert.equal(L.inlineFlashbackBegin('Flashback scenes are hard to write.'), 0);
  });
  test('finds an inline closing marker at a sentence boundary only', () => {
    const p = 'The sun was warm and she never answered. End flashback.';
    const [span] = L.inlineFlashbackEnds(p);
    assert.equal(p.slice(span.start, span.end), 'End flashback.');
    assert.deepEqual(L.inlineFlashbackEnds('She wanted the flashback to end flashback by flashback.'), []);
  });
});

describe("author's notes and matter", () => {
  for (const p of ['A/N: Thanks for reading!', 'AN: short one today', '(A/N: sorry)', "Author's Note: hi", 'Authors Note - hi']) {
    test(`recognizes the note ${JSON.stringify(p)}`, () => assert.ok(L.isAuthorsNoteStart(p)));
  }
  test('"An apple fell" is prose', () => assert.ok(!L.isAuthorsNoteStart('An apple fell from the tree: it was red.')));
  test('finds an inline parenthesized note', () => {
    const p = 'She smiled. (A/N: I know, I know.) Then she left.';
    const [span] = L.inlineAuthorsNotes(p);
    assert.equal(p.slice(span.start, span.end), '(A/N: I know, I know.)');
  });
  test('recognizes disclaimers, summaries, bylines and end markers', () => {
    assert.ok(L.isLabelledDisclaimer("Disclaimer: I don't own Naruto."));
    assert.ok(L.isUnlabelledDisclaimer("Don't own Inuyasha, sadly."));
    assert.ok(L.isSummaryLine('Summary: After the war…'));
    assert.ok(L.isByline('By Night-Dragon'));
    assert.ok(L.isByline('by xXsakuraXx'));
    for (const m of ['-To be Continued-', 'TBC', '~Fin~', 'The End']) assert.ok(L.isEndMarker(m), m);
    assert.ok(!L.isEndMarker('The end of the road was near.'));
  });
});
