import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { isPureSpeechVerb, isSpeechVerb } from '../../src/core/data/speech-verbs';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation and its speaker, with the story's inferred names and the given ones. */
function speakers(text: string, names: string[] = []): Array<[string, string | null]> {
  const model = buildModel(text);
  return attributeSpeakers(model, { names }).map((q) => [text.slice(q.start, q.end), q.speaker]);
}

const CAST = ['Kirito', 'Sachi', 'Klein', 'Keita'];

describe('speaker attribution, round 11: tags of present-tense fan fiction', () => {
  it('reads the present of the less common speech verbs as tags', () => {
    for (const verb of ['speaks', 'inquires', 'counters', 'praises', 'compliments', 'confirms', 'complains']) assert.ok(isSpeechVerb(verb), verb);
    assert.ok(isPureSpeechVerb('inquires'));
    // Plurals that are mostly nouns stay out: `A hundred questions fought for priority`.
    for (const noun of ['questions', 'notes', 'orders', 'remarks', 'reports']) assert.ok(!isSpeechVerb(noun), noun);
  });

  it('gives a tag whose noun phrase ends in a name to that name', () => {
    const text =
      '"Hey, a chest," Klein shouts to the others.\n\n"I wouldn\'t be so sure, Klein," the timid voice of the rearguard Sachi speaks, "I\'d leave it alone."\n\n' +
      '"Be careful," the Black Swordsman, Kirito, shouts back.\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      ['Klein', 'Sachi', 'Sachi', 'Kirito'],
    );
  });

  it('leaves a name inside another clause alone: no tag', () => {
    const text = '"One," Sachi said.\n\n"Two," Kirito said.\n\nThe wind rose, and far away Klein laughed.\n\n"Three?"\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      ['Sachi', 'Kirito', null],
    );
  });

  it('takes the tag of a subordinate clause after the quote', () => {
    const text =
      'Kirito came in. Sachi was waiting.\n\n"It wouldn\'t be the Christmas event, would it?" Kirito\'s face tenses up as Sachi asks that question.\n';
    assert.deepEqual(speakers(text, CAST), [['"It wouldn\'t be the Christmas event, would it?"', 'Sachi']]);
  });

  it('reads no tag in the object of a preposition and a gerund, and gives the quote its sentence subject', () => {
    const text = 'Kirito and Sachi sat down.\n\nKirito was shocked at Sachi saying that word, "You knew." Sachi nods and Kirito continues, "then why stay?"\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      ['Kirito', 'Kirito'],
    );
  });

  it('gives the first half of an interrupted speech the tag of its second half', () => {
    const text = 'Kirito and Sachi trained.\n\n"I don\'t want to rush you," a tone of worry now seeps into Kirito\'s voice, "let\'s start slowly."\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      ['Kirito', 'Kirito'],
    );
  });

  it('keeps two sentences apart when the second quote starts a new sentence', () => {
    const text = 'Kirito and Sachi trained.\n\n"Ready," Sachi said. Kirito looked away. "Go."\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      ['Sachi', 'Sachi'],
    );
  });
});

describe('speaker attribution, round 11: beats of several people in one paragraph', () => {
  it('gives a later quote its own Name beat, and a relative clause before a quote its name', () => {
    const text =
      'Klein and Kirito waited at the tree.\n\nSachi throws the item to Klein, who looks bewildered, "You got the revival item?" Kirito nods, "We can\'t use it."\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      ['Klein', 'Kirito'],
    );
  });

  it('does not read an object relative clause as the speaker', () => {
    const text =
      'Sachi woke up to a knock. She rubbed her eyes, and Kirito\'s bed was empty; his sword was gone.\n\nShe looks out and sees a tired Kirito, who she lets in, "And where were you?"\n';
    assert.deepEqual(speakers(text, CAST), [['"And where were you?"', 'Sachi']]);
  });

  it('keeps the beat of the paragraph for every quote when no other name acts', () => {
    const text = 'Klein and Kirito waited.\n\nKirito nods. "Yes." He looks at the tree. "We go now."\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      ['Kirito', 'Kirito'],
    );
  });

  it('gives no own beat to a quote after a sentence that reports other words', () => {
    const text = '"Pardon?" the doctor asked.\n\nKirito said the same words more loudly. "Oh. Well, we rest," the doctor said.\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      [null, null],
    );
  });

  it('does not take a participle after a quote for a leading one', () => {
    const text =
      'Sachi fell. Barely having time to think, Kirito grabs two crystals and shouts "Heal", healing Sachi first, then himself. "Let\'s get out of here."\n';
    assert.deepEqual(
      speakers(text, CAST).map(([, s]) => s),
      ['Kirito', 'Kirito'],
    );
  });
});

describe('speaker attribution, round 11: a relative clause only when it leads into the quote', () => {
  it('keeps the sentence subject when the relative clause ends its own sentence', () => {
    const text = 'Klein and Kirito stood by the tree.\n\nKirito looked at Klein, who had known him for years. "I was just thinking how things have changed."\n';
    assert.deepEqual(speakers(text, CAST), [['"I was just thinking how things have changed."', 'Kirito']]);
  });
});
