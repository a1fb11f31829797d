import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel, resolveOptions } from '../../src/core';
import { quotationAt, quotationsOf, reportOf, SPEAKER_MODIFIERS, speakerHover, type Token, withDialogueTokens } from '../../src/server/features/speakers';
import { SEMANTIC_LEGEND } from '../../src/server/server';

const options = resolveOptions({
  story: {
    characters: [
      { name: 'Kagome', pronouns: 'she/her' },
      { name: 'Inuyasha', pronouns: 'he/him' },
    ],
  },
});
const none = new Map<string, number>();

describe('speakers in the editor', () => {
  const text = '"Sit, Inuyasha," Kagome said.\n\n"Hmph."\n';
  const model = buildModel(text);
  const quotes = quotationsOf(model, options, none, none);

  it('finds the quotation under the cursor and names its speaker in the hover', () => {
    const q = quotationAt(quotes, text.indexOf('Sit'));
    assert.equal(q?.speaker, 'Kagome');
    assert.match(speakerHover(q!), /^Speaker: \*\*Kagome\*\* · 2 words\n\nFrom named in the tag/);
    assert.equal(quotationAt(quotes, text.indexOf('said')), undefined);
  });

  it('says when the speaker is unknown', () => {
    const model2 = buildModel('"Hello?"\n');
    const [q] = quotationsOf(model2, options, none, none);
    assert.match(speakerHover(q), /^Speaker: unknown/);
  });

  it('gives each quotation a dialogue token with its speaker modifier, cut around the names inside it', () => {
    const name: Token = [0, 6, 8, 0, 1]; // "Inuyasha", a roster name
    const tokens = withDialogueTokens(model, quotes, options, [name], 1, 2);
    const kagome = 1 << (2 + 0);
    assert.deepEqual(tokens, [
      [0, 0, 6, 1, kagome],
      [0, 6, 8, 0, 1],
      [0, 14, 2, 1, kagome],
      [2, 0, 7, 1, 1 << (2 + 1)],
    ]);
    // The modifier bits name legend entries: speaker1 is Kagome's, speaker2 Inuyasha's.
    assert.equal(SEMANTIC_LEGEND.tokenModifiers[2], 'speaker1');
    assert.equal(SEMANTIC_LEGEND.tokenModifiers[2 + SPEAKER_MODIFIERS.length - 1], 'unattributed');
    assert.equal(SEMANTIC_LEGEND.tokenTypes[1], 'dialogue');
  });

  it('cuts a quotation that runs over several lines into one token a line', () => {
    const wrapped = '"One line\nand another," Kagome said.\n';
    const m = buildModel(wrapped);
    const tokens = withDialogueTokens(m, quotationsOf(m, options, none, none), options, [], 1, 2);
    assert.deepEqual(
      tokens.map((t) => t.slice(0, 3)),
      [
        [0, 0, 9],
        [1, 0, 13],
      ],
    );
  });

  it('reports the story of the files given, sorted by URI', () => {
    const r = reportOf(
      [
        { uri: 'file:///b.fic', text: '"Hi," Kagome said.\n' },
        { uri: 'file:///a.fic', text: 'Inuyasha slept.\n' },
      ],
      options,
      false,
    );
    assert.deepEqual(
      r.chapters.map((c) => c.path),
      ['file:///a.fic', 'file:///b.fic'],
    );
    assert.deepEqual(r.chapters[1].characters.Kagome, { mentions: 1, spokenWords: 1 });
  });
});
