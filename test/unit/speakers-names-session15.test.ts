import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

const CAST = ['Albert', 'Akane', 'Cain', 'Percy', 'Gordon'];

/** Each quotation's speaker. */
function who(text: string, names = CAST): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

describe('speaker attribution, session 15: capitalized epithets are names of their own', () => {
  const cat =
    'Albert walked into the woods. A grin hung in the branches, and the Cheshire Cat looked down at him. The Cheshire Cat was very pleased.\n\n' +
    '"Would you tell me the way?" Albert asked.\n\n' +
    '"Just turn around," said the Cat, "and walk that way."\n';

  it('gives "said the Cat" the story\'s most used phrase with that head: "Cheshire Cat"', () => {
    assert.deepEqual(who(cat), ['Albert', 'Cheshire Cat', 'Cheshire Cat']);
  });

  it('takes "the Mad Hatter" and "the Fat Controller" whole, before or after the verb', () => {
    const text =
      'Cain came to the table. The Mad Hatter poured the tea.\n\n' +
      '"Do you seek to hinder us?" Cain asked.\n\n' +
      '"Most assuredly we do!" replied the Mad Hatter.\n\n' +
      'Far away, the Fat Controller stood by the pumps.\n\n' +
      '"Ashes to ashes," the Fat Controller whispered.\n';
    assert.deepEqual(who(text), ['Cain', 'Mad Hatter', 'Fat Controller']);
  });

  it('leaves a title ("the King") and a capitalized place no tag makes speak alone', () => {
    const king = who('Percy waited by the door. The King sat on his throne.\n\n' + '"Who goes there?" said the King.\n');
    assert.notEqual(king[0], 'King');
    const hall = who('Percy waited by the door of the Great Hall.\n\n' + '"Hello?" said Percy.\n\n' + 'The Great Hall fell silent. "Hello?"\n');
    assert.notEqual(hall[1], 'Great Hall');
    assert.notEqual(hall[1], 'Hall');
  });

  it('makes no name of one capitalized word alone, a people\'s or a rank\'s ("said the Eshu")', () => {
    const speakers = who('Cain sat down by the fire with Albert.\n\n' + '"Once upon a time," said the Eshu, "there was a Duchess."\n');
    assert.ok(!speakers.includes('Eshu'));
  });

  it('keeps a capitalized epithet the story gave a named character: "Gordon, the German" … "said the German"', () => {
    const text = 'Gordon, the German, came in late.\n\n' + '"I am sorry," said the German.\n';
    assert.deepEqual(who(text), ['Gordon']);
  });
});

describe('speaker attribution, session 15: a full name of three parts is one character', () => {
  const names = ['Alice', 'Pleasance', 'Liddell', 'Saledenre'];
  const story = (intro: string) =>
    'Saledenre opened the door. Alice stood in the hall, and Alice smiled at her.\n\n' +
    `"Good evening," she said in a voice sweet as toffee. "I am glad to meet you. ${intro}"\n\n` +
    'Alice Pleasance Liddell curtsied. Alice waited.\n\n' +
    '"Who are you?" Saledenre asked.\n\n' +
    '"I am Alice," Alice said.\n';

  it('names the speaker by the part the narration writes most ("Alice"), not the middle or last one', () => {
    const speakers = who(story('My name is Alice Pleasance Liddell.'), names);
    assert.deepEqual(speakers, ['Alice', 'Alice', 'Saledenre', 'Alice']);
  });

  it('keeps two people apart when the middle name stands with someone else too', () => {
    const text =
      'Alice Pleasance Liddell sat down. Alice waited. Pleasance Saledenre came in after her. Saledenre looked around.\n\n' + '"Hello," said Pleasance.\n';
    assert.deepEqual(who(text, names), ['Pleasance']);
  });
});

describe('speaker attribution, session 15: a speech over several paragraphs', () => {
  const names = ['Akane', 'Saledenre', 'Hugh'];
  const tale = (second: string) =>
    'Akane looked troubled. Hugh sat down beside Akane.\n\n' +
    'Saledenre decided to tell the tale anyway.\n\n' +
    '"Once upon a time, there was a Duchess who was bored.\n\n' +
    `${second}\n\n` +
    '"What a story," Hugh said.\n';

  it('goes on with the speaker of a paragraph left open, whatever a beat\'s "she" seems to say', () => {
    const speakers = who(
      tale(
        '"Now there has long been a history of bringing humans here."  She shot a look at Hugh, who was too busy to notice.  "But nothing pleased her.\n\n"And so the tale was told."',
      ),
      names,
    );
    assert.deepEqual(speakers, ['Saledenre', 'Saledenre', 'Saledenre', 'Saledenre', 'Hugh']);
  });

  it('still gives a paragraph after an open one to the one its own tag names', () => {
    const speakers = who(tale('"Stop it," Akane said.'), names);
    assert.deepEqual(speakers, ['Saledenre', 'Akane', 'Hugh']);
  });
});

describe("speaker attribution, session 15: a character's someone is not that character", () => {
  const names = ['Percy', 'Gordon'];
  const yard = 'Percy waited in the yard with Gordon.\n\n' + '"What are all the trucks for?" Percy asked.\n\n';

  it('gives "said Percy\'s driver" no speaker, not Percy', () => {
    assert.deepEqual(who(yard + '"Here, read this," said Percy\'s driver, handing him a book.\n', names), ['Percy', null]);
  });

  it('still gives "Percy\'s voice said" to Percy', () => {
    assert.deepEqual(who(yard + '"Here, read this," Percy\'s voice said.\n', names), ['Percy', 'Percy']);
  });
});

describe('speaker attribution, session 15: a tag after "before" or "after" a noun phrase', () => {
  const names = ['Discord', 'Fluttershy', 'Pinkie'];
  const scene = 'Fluttershy sat on the blanket with Discord and Pinkie.\n\n';

  it('gives "Discord reads the cloud before saying, …" to Discord, not to "the cloud before"', () => {
    assert.deepEqual(who(scene + 'Discord reads the cloud before saying, "I like how it ends."\n', names), ['Discord']);
  });

  it('gives "Pinkie did the motions and the saying before adding, …" to Pinkie', () => {
    assert.deepEqual(who(scene + 'Pinkie did the motions and the saying before adding, "I would never leave you."\n', names), ['Pinkie']);
  });

  it('still reads "Then the old woman said" as someone unnamed', () => {
    assert.deepEqual(who(scene + 'Then the old woman said, "Tea is ready."\n', names), [null]);
  });
});

describe('speaker attribution, session 15: a name after a preposition in a tag before its quote', () => {
  const names = ['Twilight', 'Rarity', 'Fluttershy'];
  const scene = 'Twilight sat with Rarity and Fluttershy.\n\n';

  it('gives "Rarity leaned over to Fluttershy, and whispered, …" to Rarity, not to whom she leaned', () => {
    assert.deepEqual(who(scene + 'Rarity saw this and leaned over to Fluttershy, and whispered, "Those two are having a good time."\n', names), ['Rarity']);
    assert.deepEqual(who(scene + 'Rarity turned to Fluttershy and said, "Look at them."\n', names), ['Rarity']);
  });

  it('still gives a name after "and" its own clause: "Rarity nodded and Fluttershy said, …"', () => {
    assert.deepEqual(who(scene + 'Rarity nodded and Fluttershy said, "Look at them."\n', names), ['Fluttershy']);
  });
});

describe('speaker attribution, session 15: a capitalized word opening a tag before its quote', () => {
  const names = ['Fluttershy', 'Discord'];
  const scene = 'Fluttershy sat in the garden with Discord and her rabbit.\n\n';

  it('makes a name of it when the story never writes it in lowercase: "Angel speaks up, …"', () => {
    assert.deepEqual(who(scene + 'Angel speaks up, "He did not make them say anything."\n', names), ['Angel']);
  });

  it('leaves a word the story writes in lowercase too: "Rain says, …" after "the rain"', () => {
    const speakers = who('Fluttershy sat in the rain with Discord.\n\n' + 'Rain says, "Nothing at all."\n', names);
    assert.notEqual(speakers[0], 'Rain');
  });
});
