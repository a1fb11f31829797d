import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type OutlineNode, outline, stats } from '../../src/core';

const sample = readFileSync(join(__dirname, '../../examples/the-long-road-home.fic'), 'utf8');

/** A readable shape of the tree: "kind name (words)". */
function shape(nodes: OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind} ${n.name} (${n.words})`, ...shape(n.children, depth + 1)]);
}

function inside(nodes: OutlineNode[], parent?: OutlineNode): void {
  for (const n of nodes) {
    assert.ok(n.range.start <= n.range.end);
    assert.ok(n.selectionRange.start >= n.range.start && n.selectionRange.end <= n.range.end, `${n.name}: selection inside range`);
    if (parent) assert.ok(n.range.start >= parent.range.start && n.range.end <= parent.range.end, `${n.name} inside ${parent.name}`);
    inside(n.children, n);
  }
}

describe('outline', () => {
  test('the sample chapter: matter, notes, chapter, POV scenes, flashbacks, a blank-line scene', () => {
    assert.deepEqual(shape(outline(sample)), [
      'front-matter The Long Road Home (0)',
      "authors-note Author's note (0)",
      'chapter Chapter Two: The Letter (306)',
      "  scene Hermione's POV (153)",
      '    flashback Flashback (51)',
      "  scene Ron's POV (132)",
      '    flashback Flashback (31)',
      "    authors-note Author's note (0)",
      '  scene Scene 3 (21)',
      '    end-marker -To be Continued- (0)',
      "    authors-note Author's note (0)",
    ]);
  });
  test('every child lies inside its parent, every selection inside its node', () => inside(outline(sample)));
  test('scenes without a header are named "Scene N" with their first words as detail', () => {
    const [chapter] = outline('Chapter 1\n\nShe ran to the gate and did not look back once.\n\n* * *\n\nHe waited.\n');
    assert.deepEqual(
      chapter.children.map((s) => [s.name, s.detail]),
      [
        ['Scene 1', 'She ran to the gate and did…'],
        ['Scene 2', 'He waited.'],
      ],
    );
  });
  test('a file with no structure is one untitled chapter', () => {
    const tree = outline('Just words here.');
    assert.equal(tree.length, 1);
    assert.equal(tree[0].name, 'Untitled chapter');
    assert.equal(tree[0].words, 3);
  });
});

describe('stats', () => {
  test('counts story words, not notes, matter, headings or breaks', () => {
    const s = stats('Disclaimer: not mine.\n\nChapter 1\n\n"Hi there," she said.\n\n***\n\nA/N: thanks all\n\nDone (A/N: really) now.\n');
    assert.equal(s.words, 6); // Hi there she said | Done now
    assert.equal(s.dialogueWords, 2);
    // Note words are counted as written: "A/N: thanks all" is four (A, N, thanks, all).
    assert.equal(s.authorsNoteWords, 7);
    assert.equal(s.chapters, 1);
    assert.equal(s.scenes, 2);
  });
  test('hyphenated and apostrophized words are one word', () => {
    assert.equal(stats("Naruto-kun didn't know Hermione's cat. I-I do.").words, 7);
  });
});
