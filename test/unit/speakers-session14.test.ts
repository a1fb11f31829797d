import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeByRules, attributeSpeakers } from '../../src/core/dialogue/speakers';

const CAST = ['Mira', 'Tobin', 'Oskar', 'Lena', 'Hook'];

/** Each quotation's speaker. */
function who(text: string, names = CAST): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

describe('speaker attribution, session 14: a story whose scenes are told by different narrators', () => {
  // Tobin tells the first scene (the quotes call him, the narration writes only Mira), Mira the
  // second (the quotes call her, the narration writes only Tobin).
  const first =
    'I sat on the hill above the village and waited. Mira flew down and landed beside me. Mira looked tired, and I did not blame her.\n\n' +
    '"Mira, I wanted to ask you something," I said.\n\n' +
    'Mira shook her head. "Later, Tobin. We have work to do."\n\n' +
    '"Work?" I asked.\n\n' +
    '"The wall," Mira said.\n\n';
  const second = (answer: string) =>
    '---\n\n' +
    'I watched the village from the gate, as I did every night. Tobin bounced down the road towards me. Tobin stopped at the gate, and Tobin looked up.\n\n' +
    '"Where were you, Mira?" Tobin asked.\n\n' +
    `${answer}\n\n` +
    '"Did it hold?"\n\n' +
    '"It held," I said.\n';

  it('gives each scene its own "I": the one its quotes call whom its narration never writes', () => {
    const speakers = who(first + second('I looked at Tobin. "At the wall."'));
    assert.deepEqual(speakers, ['Tobin', 'Mira', 'Tobin', 'Mira', 'Tobin', 'Mira', 'Tobin', 'Mira']);
  });

  it('gives a scene whose narration writes every name it calls no narrator of its own', () => {
    const speakers = who(
      first +
        second('I looked at Tobin. "At the wall."').replace('I watched the village from the gate', 'Mira watched the village from the gate, and so did I'),
    );
    assert.equal(speakers[7], null, '"It held," I said: no one the story names');
  });

  it('reads a story of one scene as before: one narrator', () => {
    const rules = attributeByRules(buildModel(first), { names: CAST });
    assert.equal(rules.narrator, 'Tobin');
    assert.deepEqual(
      rules.quotes.map((q) => q.speaker),
      ['Tobin', 'Mira', 'Tobin', 'Mira'],
    );
  });
});

describe('speaker attribution, session 14: the two who talked go on after narration about them', () => {
  const talk = (aside: string) =>
    'Oskar and Lena sat by the fire.\n\n' +
    '"Will you stay?" Oskar asked.\n\n' +
    '"I might," Lena said.\n\n' +
    `${aside}\n\n` +
    '"Then stay the winter," Oskar said.\n\n' +
    '"Only the winter?"\n\n' +
    '"As long as you like."\n\n' +
    '"Then I will stay."\n';
  const about =
    'Lena thought for a moment. It made sense, and she had known it would. The village needed someone to keep the books, and there was no one else who could, not this year and not the next one either.';

  it('alternates the untagged turns after it between the same two', () => {
    assert.deepEqual(who(talk(about)), ['Oskar', 'Lena', 'Oskar', 'Lena', 'Oskar', 'Lena']);
  });

  it('carries no pair across narration that names someone else', () => {
    const speakers = who(talk(about.replace('there was no one else who could', 'Tobin could not')));
    assert.deepEqual(speakers.slice(3), [null, null, null]);
  });

  it('carries no pair across a scene break', () => {
    const speakers = who(talk(`${about}\n\n---`));
    assert.deepEqual(speakers.slice(3), [null, null, null]);
  });
});

describe('speaker attribution, session 14: words that call no narrator', () => {
  const story = (quote: string) =>
    'I had not slept for days. The house was quiet, and I walked through it alone. I looked out of the window at the garden.\n\n' +
    '"I should go," I said.\n\n' +
    `Lena smiled at me. ${quote}\n`;

  it('hears a call the quotes make once as the narrator, as before', () => {
    assert.equal(attributeByRules(buildModel(story('"Goodnight, Twilight."')), { names: CAST }).narrator, 'Twilight');
  });

  it('takes no name from words only mentioned, nor from a tag question', () => {
    const listed = story('Her plan was to provide "Food, Shelter, and Clothing" to us all.');
    assert.equal(attributeByRules(buildModel(listed), { names: CAST }).narrator, undefined);
    assert.equal(attributeByRules(buildModel(story('"You are friends with Oskar, Right?"')), { names: CAST }).narrator, undefined);
  });
});

describe('speaker attribution, session 14: a title before a full stop', () => {
  it('takes no name from the word opening the next sentence', () => {
    const rules = attributeByRules(buildModel('The guild stood close to the King. It’s what made it strong. Capt. Hook laughed.\n\n"No," Lena said.\n'), {
      names: CAST,
    });
    assert.equal(rules.index.byToken.has('It'), false);
    assert.equal(rules.index.byToken.get('Hook'), 'Hook');
  });
});

describe('speaker attribution, session 14: a first-person story with a scene told in the third person', () => {
  const story = (scene: string) =>
    'An old man walked down the long hall of the palace, past the guards and the tall windows, and stopped before the throne. He bowed low and waited for a word from the king, as the custom of the court required of every man who came there. The king was young, hardly older than the pages who stood at his side, and he looked bored. The old man had served his father before him, and his grandfather before that, and he had seen many kings grow bored in that chair. Outside, the rain fell on the city and on the river.\n\n' +
    `${scene}\n\n` +
    '"Go on."\n\n' +
    '---\n\n' +
    'I woke early and went down to the river, as I did every morning. I sat on the bank, and I watched the water. Oskar was already there, and Oskar waved at me.\n\n' +
    '"You are late, Lena," Oskar said.\n\n' +
    '"I know," I said.\n\n' +
    '"Again?"\n\n' +
    '"Again," I said.\n';

  it('gives no narrator to the third-person scene, and the first-person scene its own', () => {
    const rules = attributeByRules(buildModel(story('"My lord, I bring news," Oskar said.')), { names: CAST });
    assert.equal(rules.narrator, 'Lena');
    assert.deepEqual(
      rules.quotes.map((q) => q.speaker),
      ['Oskar', null, 'Oskar', 'Lena', 'Oskar', 'Lena'],
    );
  });
});

describe('speaker attribution, session 14: the people of fantasy stories', () => {
  it('reads "the ogre" as someone unnamed, whose turns are nobody named', () => {
    const text =
      'Oskar led the way back to the village, and the others followed him.\n\n' +
      '"The more, the merrier," Oskar said.\n\n' +
      '"Will there be food?" Lena asked.\n\n' +
      'The ogre let out a chuckle, "You fought well back there."\n\n' +
      '"Did I?" Lena asked.\n\n' +
      '"You move like a soldier."\n\n' +
      '"I was one, once."\n\n' +
      '"It shows."\n';
    const speakers = who(text);
    assert.deepEqual(speakers.slice(0, 4), ['Oskar', 'Lena', null, 'Lena']);
    assert.ok(!speakers.slice(4).includes('Oskar'), 'Oskar, who left the talk, is not the alternation');
  });

  it('takes the epithet a name is given without a comma, "Veldora the Storm Dragon"', () => {
    const text =
      'A huge shape stirred in the cave. Lena stepped closer.\n\n' +
      '"I am Oskar the Storm Dragon!" it roared.\n\n' +
      'Lena looked up at him.\n\n' +
      '"Well then, why are you sealed away?" Lena asked.\n\n' +
      '"I may have destroyed a city," the dragon replied.\n';
    assert.equal(who(text)[2], 'Oskar');
    assert.equal(who(text.replace('I am Oskar the Storm Dragon!', 'Who goes there?'))[2], null, 'a dragon no name was given');
  });
});

describe('speaker attribution, session 14: the two ends of a run of untagged turns', () => {
  const talk = (last: string) =>
    'Oskar, Lena and an old man stood on the bridge in the cold.\n\n' +
    '"Come on," Oskar said.\n\n' +
    '"Where?" Lena asked.\n\n' +
    'The old man smiled, "To the river."\n\n' +
    '"Why?"\n\n' +
    '"To fish."\n\n' +
    '"In winter?"\n\n' +
    '"Always."\n\n' +
    `${last}\n`;

  it('alternates between the speakers of the two ends when their distance fits', () => {
    assert.deepEqual(who(talk('"You are mad," Lena said.')), ['Oskar', 'Lena', null, 'Lena', null, 'Lena', null, 'Lena']);
  });

  it('leaves the turns unknown when the ends do not fit an alternation', () => {
    assert.deepEqual(who(talk('"Always?"\n\n"You are mad," Lena said.')).slice(3, 7), [null, null, null, null]);
  });
});

describe('speaker attribution, session 14: "it said" of a creature', () => {
  const story = (beat: string) =>
    'Lena looked down at the small blue thing on the path.\n\n' +
    '"Nice to meet you! I\'m Oskar the slime!" Oskar said.\n\n' +
    '"A talking slime?" Lena asked.\n\n' +
    `${beat}\n`;

  it('is the creature its sentence makes the subject, by the name the story gave it', () => {
    assert.equal(who(story('The slime held up the mask, inching closer as it spoke, "Got a problem with slimes?"'))[2], 'Oskar');
  });

  it('is no one when its sentence has no creature', () => {
    assert.equal(who(story('The wind rose, and it spoke, "Go home."'))[2], null);
  });
});

describe('speaker attribution, session 14: "the old one", someone unnamed', () => {
  it('keeps "he" from the last named man after "The old one gazed at us"', () => {
    const text =
      'Oskar stood beside me in the clearing, and he drew his sword. He was tired.\n\n"Stay back," Oskar said.\n\nThe old one gazed at us. "Be careful, young master," he muttered.\n';
    assert.deepEqual(who(text, [...CAST]).slice(1), [null]);
  });

  it('reads "the one thing" as no one', () => {
    const text = 'Oskar stood beside me in the clearing.\n\n"Stay back," Oskar said.\n\nThe one thing Oskar wanted was sleep. "Let us go home," he muttered.\n';
    assert.deepEqual(who(text).slice(1), ['Oskar']);
  });
});

describe('speaker attribution, session 14: a name after "towards" and a gerund', () => {
  it('is the one looked at, not the speaker', () => {
    const text = 'Lena and Oskar stood on the wall.\n\nLena looked towards Oskar asking, "Is it war?"\n';
    assert.deepEqual(who(text), ['Lena']);
  });

  it('is the speaker when nothing comes before it', () => {
    const text = 'Lena and Oskar stood on the wall.\n\nLena nodded. Oskar looked up, asking, "Is it war?"\n';
    assert.deepEqual(who(text), ['Oskar']);
  });
});

describe('speaker attribution, session 14: a capitalized epithet taken for a name', () => {
  const text =
    'Lena walked into the cave. A huge shape stirred behind the crystals.\n\n' +
    '"I am Oskar the Storm Dragon!" he roared.\n\n' +
    'Lena looked up at this Dragon, and she was not afraid. The Dragon was lonely; she could see it.\n\n' +
    'She sighed and spoke, "Do you want help?"\n';

  it('is the one the epithet stands for, so "she" is no "Dragon"', () => {
    assert.deepEqual(who(text, ['Oskar', 'Lena', 'Dragon']), ['Oskar', 'Lena']);
  });

  it('stays a name when no epithet stands for it', () => {
    const rules = attributeByRules(buildModel(text.replace('I am Oskar the Storm Dragon!', 'Who goes there?')), { names: ['Oskar', 'Lena', 'Dragon'] });
    assert.equal(rules.index.byToken.get('Dragon'), 'Dragon');
  });
});

describe('speaker attribution, session 14: a beat whose subject is the one the quote calls', () => {
  const story = (beat: string) =>
    'I sat on the hill above the village and waited. Mira flew down and landed beside me. Mira looked tired, and I did not blame her.\n\n' +
    '"Mira, I wanted to ask you something," I said.\n\n' +
    'Mira shook her head. "Later, Tobin. We have work to do."\n\n' +
    '"Work?" I asked.\n\n' +
    `${beat}\n`;

  it('is spoken by the "I" of the beat', () => {
    assert.equal(
      who(
        story('Mira seemed to wait patiently as I did this, but then I decided to waste no more time and jumped straight to the point, "Mira, listen to me."'),
      )[3],
      'Tobin',
    );
  });

  it('is no one of the beat without an "I"', () => {
    assert.equal(who(story('Mira waited as the wind rose, "Mira, listen to me."'))[3], null);
  });
});

describe('speaker attribution, session 14: two directions of an alternation that disagree', () => {
  const talk = (after: string) =>
    'Oskar and Lena ran towards the burning village, and Tobin followed them.\n\n' +
    '"I will handle the fire," Oskar said.\n\n' +
    '"Why would you?" Lena asked.\n\n' +
    '"Because I can."\n\n' +
    '"You could get hurt."\n\n' +
    '"Then I will be careful," Oskar said.\n\n' +
    `${after}\n`;

  it('follows the one whose pair the other end confirms', () => {
    assert.deepEqual(who(talk('"Wait for me!" Tobin shouted.')).slice(2, 4), ['Oskar', 'Lena']);
  });

  it('fills the same turns when the two directions agree', () => {
    assert.deepEqual(who(talk('"Promise?" Lena asked.')).slice(2, 4), ['Oskar', 'Lena']);
  });
});

describe('speaker attribution, session 14: the one a tag allows to speak', () => {
  const text = (beat: string) => 'Lena sat down across from Oskar, and she waited.\n\n"Do you know why you are here?" Oskar asked.\n\n' + `${beat}\n`;

  it('speaks after "to allow the girl to respond"', () => {
    assert.equal(who(text('Oskar laid his hand flat on the table as he finished, to allow the girl to respond, "I am not sure."'))[1], 'Lena');
  });

  it('is the subject of a plain infinitive, "paused to respond"', () => {
    assert.equal(who(text('Oskar paused, then went on to respond, "You are here to learn."'))[1], 'Oskar');
  });
});

describe('speaker attribution, session 14: a name set off after the epithet that opens a beat', () => {
  const scene = (beat: string) => `Mira sat on the throne.\n\n${beat}\n\n"Go on," Mira said.\n`;

  it('is who acts, in a beat and for the pronoun of its tag', () => {
    assert.equal(who(scene('The older man in the front, Tobin, raised his head. "My lady, I bring news."'))[0], 'Tobin');
    assert.equal(who(scene('The older man in the front, Tobin, raised his head as he spoke, "My lady, I bring news."'))[0], 'Tobin');
  });

  it('is not a name inside the epithet, nor one no epithet is set off against', () => {
    assert.equal(who(scene('The man beside Tobin, smiling, raised his head as he spoke, "My lady, I bring news."'))[0], null);
    assert.equal(who(scene('The old man raised his head as he spoke, "My lady, I bring news."'))[0], null);
  });
});

describe('speaker attribution, session 14: a list of names a quote calls', () => {
  const scene = (call: string) =>
    'Mira and Tobin stood at the gate with Oskar.\n\n' +
    '"Hey, why would I do that?!" Mira asked.\n\n' +
    '"Your skills are destructive."\n\n' +
    `Mira sighed, "Right. ${call}, help Lena with the carts!"\n\n` +
    '"But…" Tobin tried to object.\n\n' +
    '"That\'s an order."\n';

  it("calls every name of it: the answer of the first is the caller's turn again", () => {
    assert.equal(who(scene('Tobin, Oskar'))[4], 'Mira');
  });

  it('calls the last name alone when it stands alone: one who was not called answers no one', () => {
    assert.equal(who(scene('Oskar'))[4], null);
  });
});

describe('speaker attribution, session 14: an epithet the story gave someone, in a sentence of the other sex', () => {
  const story = (beat: string) =>
    'Mira woke in the cave. She was cold, and she was alone.\n\n' +
    '"I am Mira the demon!" she shouted at the dark.\n\n' +
    'Nothing answered her. She waited a long time.\n\n' +
    `${beat}\n`;

  it('is not the one of the other sex', () => {
    assert.equal(who(story('The demon in front of her rolled his hand, "You are curious."'))[1], null);
  });

  it('is still the one the story gave it, when the sentence fits or says nothing', () => {
    assert.equal(who(story('The demon rolled her eyes, "You are curious."'))[1], 'Mira');
    assert.equal(who(story('The demon nodded, "You are curious."'))[1], 'Mira');
  });
});

describe('speaker attribution, session 14: a name after a fronted phrase of place, before its verb of coming', () => {
  const scene = (beat: string) => `Mira and Oskar sat together. Oskar laughed.\n\n${beat}\n`;

  it('is who comes and speaks', () => {
    assert.equal(who(scene('From behind Tobin approached, smirking at the sight, "Hey Mira, got a minute?"'))[0], 'Tobin');
  });

  it('is not the subject when the subject follows the verb', () => {
    assert.equal(who(scene('From behind Tobin came a voice, "Hey Mira, got a minute?"'))[0], null);
  });
});

describe('speaker attribution, session 14: someone unnamed after a leading clause', () => {
  const scene = (subject: string) =>
    'Mira watched from the hill. Tobin drew his sword.\n\n' +
    '"Stop this," Mira said.\n\n' +
    '"Silence!" Tobin shouted.\n\n' +
    `Before the red one could begin his attack, ${subject} stepped in, holding her hands up, "Wait, Brother!"\n`;

  it('acts: the quote is not the alternation of the two who talked', () => {
    assert.equal(who(scene('the pink one'))[2], null);
  });

  it('leaves a name after the clause the speaker', () => {
    assert.equal(who(scene('Mira'))[2], 'Mira');
  });
});

describe('speaker attribution, session 14: a tag verb in lower case after a quote\'s "!" or "?"', () => {
  const scene = (tag: string) =>
    'Mira looked at Tobin. Tobin walked towards the edge of the wood.\n\n' + `"Tobin, no!" ${tag}.\n\n` + '"I have to," said Tobin.\n';

  it('reads a verb that is not only speech, after the "!", as the tag it goes on into: `"Tobin, no!" cried Mira.`', () => {
    assert.equal(who(scene('cried Mira'))[0], 'Mira');
  });

  it('stays silent when the word after the "!" opens a new sentence: `"Tobin, no!" Cried out, the words…`', () => {
    assert.equal(who(scene('Cried out, the words hung in the air'))[0], null);
  });

  it('still reads a pure speech verb after the "!": `"Tobin, no!" shouted Mira.`', () => {
    assert.equal(who(scene('shouted Mira'))[0], 'Mira');
  });
});

describe('speaker attribution, session 14: the one the narration just before says speaks', () => {
  const scene = (narration: string, quote = '"We have been tricked, have we not?"') =>
    '"Keep to the path," said Mira.\n\n' + '"It goes on for ever," said Tobin.\n\n' + `${narration}\n\n` + `${quote}\n`;

  it('gives an untagged quote the name a speech verb of the sentence before has, not its subject: `Minutes passed before at last Oskar voiced…`', () => {
    assert.equal(who(scene('Minutes passed before at last Oskar voiced what they had all been thinking.'))[2], 'Oskar');
  });

  it('gives a quote whose epithet tag names no one the one who spoke: `it was Oskar who spoke.` / `"Ah," the scientist muttered`', () => {
    const speakers = who(scene('There was a pause. In the end, it was Oskar who spoke.', '"Ah," the scientist muttered, "but they are not dead."'));
    assert.deepEqual(speakers.slice(2), ['Oskar', 'Oskar']);
  });

  it('stays silent on a name that is an object: `…before at last the man beside Oskar spoke.`', () => {
    assert.equal(who(scene('Minutes passed before at last the man beside Oskar spoke.'))[2], null);
  });
});

describe('speaker attribution, session 14: a quote that is only a name and a rank introduces its speaker', () => {
  const scene = (line: string) =>
    'Mira, Tobin and Oskar stood before the queen, and bowed one after the other.\n\n' + `${line}\n\n` + '"Welcome," said Lena.\n';

  it('gives `"Tobin, Earl of Marrow."` alone in its paragraph to Tobin', () => {
    assert.equal(who(scene('"Tobin, Earl of Marrow."'))[0], 'Tobin');
  });

  it('gives `"Oskar, Viscount Hale."` to Oskar', () => {
    assert.equal(who(scene('"Oskar, Viscount Hale."'))[0], 'Oskar');
  });

  it('stays silent on a vocative with more to say: `"Tobin, Earl Hale wants you."`', () => {
    assert.notEqual(who(scene('"Tobin, Earl Hale wants you."'))[0], 'Tobin');
  });

  it('stays silent on a name and a word that is no rank: `"Tobin, Mira."`', () => {
    assert.notEqual(who(scene('"Tobin, Mira."'))[0], 'Tobin');
  });
});
