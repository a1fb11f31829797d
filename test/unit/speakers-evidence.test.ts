import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { givenNameGender } from '../../src/core/dialogue/given-names';
import { attributeSpeakers, type SpeakerCharacter } from '../../src/core/dialogue/speakers';

/** Each quotation's speaker, in order. */
function who(text: string, characters: SpeakerCharacter[]): Array<string | null> {
  return attributeSpeakers(buildModel(text), { characters }).map((q) => q.speaker);
}

const anime = [
  { name: 'Kagome', pronouns: 'she/her' },
  { name: 'Inuyasha', pronouns: 'he/him' },
];
const crew = [{ name: 'Ryan' }, { name: 'Ekstrohm' }];

describe('speaker attribution: gender from given names', () => {
  it('knows the usual sex of a given name from the shipped table, and none for a name both sexes bear', () => {
    assert.equal(givenNameGender('Carla'), 'she');
    assert.equal(givenNameGender('ryan'), 'he');
    assert.equal(givenNameGender('Sam'), undefined);
    assert.equal(givenNameGender('Deegan'), undefined);
  });

  it('resolves a pronoun by the name prior when the story never shows the name with he or she', () => {
    assert.deepEqual(who('Ryan and Carla sat down.\n\n"Hi," she said.\n', [{ name: 'Ryan' }, { name: 'Carla' }]), ['Carla']);
  });

  it("lets the weight of the story's own he/she win over the prior", () => {
    // The table calls Ryan a man's name; this story says "she" three times.
    const text = 'Ryan smiled. She waved at the door.\n\nRyan sat. She was tired.\n\nRyan laughed. She liked Marco.\n\nMarco came in.\n\n"Hi," she said.\n';
    assert.deepEqual(who(text, [{ name: 'Ryan' }, { name: 'Marco' }]), ['Ryan']);
  });

  it('leaves the sex unknown when one pronoun contradicts the prior, so no pronoun is resolved to the name', () => {
    // "He" after Victoria is Quint's: one pronoun against a girl's name decides nothing.
    const text = 'Victoria was a head taller. He called her names.\n\nQuint sat down.\n\n"Hi," she said.\n';
    assert.deepEqual(who(text, [{ name: 'Victoria' }, { name: 'Quint', pronouns: 'he' }]), [null]);
    // With no contradiction, the prior alone decides.
    assert.deepEqual(
      who('Victoria was younger than Quint.\n\nQuint sat down.\n\n"Hi," she said.\n', [{ name: 'Victoria' }, { name: 'Quint', pronouns: 'he' }]),
      ['Victoria'],
    );
  });

  it('takes a sex from "her name was" and from a title over the whole full name', () => {
    assert.deepEqual(who('Her name was Sam. Sam came in.\n\nJon sat.\n\n"Hi," she said.\n', [{ name: 'Sam' }, { name: 'Jon', pronouns: 'he' }]), ['Sam']);
    const text = 'Mrs. Gertrude Parker drew back.\n\nOwen watched Parker.\n\n"Hi," she said.\n';
    assert.deepEqual(who(text, [{ name: 'Parker' }, { name: 'Owen', pronouns: 'he' }, { name: 'Gertrude' }]).slice(-1), ['Parker']);
  });

  it('learns a sex from possessives after the name when the story shows no he or she', () => {
    assert.equal(givenNameGender('Rin'), undefined);
    const text = 'Rin lit her lamp. Rin brushed her hair.\n\nJaken sat down.\n\n"Hi," she said.\n';
    assert.deepEqual(who(text, [{ name: 'Rin' }, { name: 'Jaken' }]), ['Rin']);
  });

  it('stays unknown when neither the story nor the table gives the name a sex', () => {
    assert.deepEqual(who('Sam sat down.\n\n"Hi," she said.\n', [{ name: 'Sam' }]), [null]);
  });
});

describe('speaker attribution: pronouns for characters named elsewhere', () => {
  it('takes the character the previous turn addressed when nobody fitting was named before', () => {
    const text = '"Well, what about you, Carla?" Sam asked.\n\n"Me?" she said.\n';
    assert.deepEqual(who(text, [{ name: 'Sam', pronouns: 'he' }, { name: 'Carla' }]), ['Sam', 'Carla']);
  });

  it('takes the first fitting character named after the pronoun when none was named before it', () => {
    const text = '"I saw your fire," she said.\n\n"All right," Wilson said.\n\nJudith turned her horse.\n';
    assert.deepEqual(who(text, [{ name: 'Wilson', pronouns: 'he' }, { name: 'Judith' }]), ['Judith', 'Wilson']);
  });

  it('reads "the girl said" like "she said", and stays unknown for "the doctor said"', () => {
    const text = 'Wilson watched Judith.\n\n"Go home," the girl said.\n\n"Next," the doctor said.\n';
    assert.deepEqual(who(text, [{ name: 'Wilson', pronouns: 'he' }, { name: 'Judith' }]), ['Judith', null]);
  });

  it('takes a title with no name after it for a name ("Tom Lord"), and "Lord Voldemort" for a title', () => {
    const text = '"But it don\'t matter," Lord said.\n\nThe road ran on for miles and miles.\n\n"Kneel," Lord Voldemort said.\n';
    assert.deepEqual(
      attributeSpeakers(buildModel(text), { names: ['Voldemort'] }).map((q) => q.speaker),
      ['Lord', 'Voldemort'],
    );
  });

  it('never takes the title of "said Mr. Partlow" for a name', () => {
    const text = '"Oh," said Mr. Partlow, "that\'s fine, Tom."\n\n"That\'s a fact, Mr. Partlow."\n\n"Going to State?"\n';
    assert.deepEqual(
      attributeSpeakers(buildModel(text), { names: ['Tom'] }).map((q) => q.speaker),
      ['Partlow', 'Partlow', 'Tom', 'Partlow'],
    );
  });

  it('learns an epithet from "He was the captain"', () => {
    const text = 'Ryan looked out. He was the captain.\n\n"No helmets," the captain answered.\n';
    assert.deepEqual(who(text, crew), ['Ryan']);
  });

  it('gives a beat whose subject is "the face of" a character that character', () => {
    assert.deepEqual(who('The red face of Ryan appeared at the hatch. "Okay, Stormy."\n', crew), ['Ryan']);
  });
});

describe('speaker attribution: people the story leaves unnamed', () => {
  const alec = [{ name: 'Alec', pronouns: 'he' }];

  it('gives no character a pronoun that follows an unnamed subject', () => {
    const text =
      'Alec smirked. "Cheerful."\n\nThe chief\'s eyes gleamed. He spoke softly. "That is it."\n\nThe clerk\'s glance followed Alec\'s. "We have rooms," he babbled.\n';
    assert.deepEqual(who(text, alec), ['Alec', null, null]);
  });

  it('still resolves the pronoun when the unnamed person is only an object', () => {
    assert.deepEqual(who('Alec watched the clerk closely.\n\n"Well?" he asked.\n', alec), ['Alec']);
  });

  it('alternates a character with someone unnamed, naming only the character', () => {
    const text =
      'Alec leaned on the desk. "A room."\n\n"Certainly, sir." The clerk was young.\n\n"It was 1105."\n\nThe clerk\'s smile congealed. "That suite is taken."\n\n"Anything wrong with it?"\n';
    assert.deepEqual(who(text, alec), ['Alec', null, 'Alec', null, 'Alec']);
  });
});

describe('speaker attribution: untagged turns', () => {
  it('alternates backwards from the first tagged turns of an exchange', () => {
    const text = '"Where?"\n\n"Out."\n\n"Out where?" Kagome asked.\n\n"Just out," Inuyasha said.\n';
    assert.deepEqual(who(text, anime), ['Kagome', 'Inuyasha', 'Kagome', 'Inuyasha']);
  });

  it('finds the other person of an exchange from whom the turns address', () => {
    const text = '"I\'ll be damned," Ekstrohm said.\n\n"You are, buddy."\n\n"Where do you get off, Ryan?" Ekstrohm demanded.\n\n"Listen, Ekstrohm."\n';
    assert.deepEqual(who(text, crew), ['Ekstrohm', 'Ryan', 'Ekstrohm', 'Ryan']);
  });

  it('answers a quote that is only a name with that name', () => {
    assert.deepEqual(who('"Ekstrohm?" Ryan insisted.\n\n"Okay."\n', crew), ['Ryan', 'Ekstrohm']);
  });

  it('stays unknown when the turns after break the alternation', () => {
    const text = '"One," Kagome said.\n\n"Two," Inuyasha said.\n\n"Three?"\n\n"Four," Kagome said.\n';
    assert.deepEqual(who(text, anime), ['Kagome', 'Inuyasha', null, 'Kagome']);
  });

  it('stays unknown when the alternation would make a turn address its own speaker', () => {
    const text = '"One," Kagome said.\n\n"Two," Inuyasha said.\n\n"Three, Kagome?"\n';
    assert.deepEqual(who(text, anime), ['Kagome', 'Inuyasha', null]);
  });

  it('starts a new exchange after a long paragraph of narration', () => {
    const text =
      '"One," Kagome said.\n\n"Two," Inuyasha said.\n\nThe wind rose over the hills and the trees bent. Far below, the river ran grey and fast under the old bridge, and the smoke of the village fires drifted along the valley towards the sea.\n\n"Three?"\n';
    assert.deepEqual(who(text, anime), ['Kagome', 'Inuyasha', null]);
  });
});

/** Each quotation's speaker when the story gives the names (as `inferNames` would), no roster. */
function whoNamed(text: string, names: string[]): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

describe('speaker attribution: names the story learns', () => {
  it('takes a given name the dictionary knows as a word for a name when the narration writes it capitalized twice', () => {
    const text = 'Cady looked at Tom.\n\nTom slid open the door. "That\'s a fact."\n';
    assert.deepEqual(whoNamed(text, ['Cady']), ['Tom']);
  });

  it('does not learn a given name the narration writes only once, nor a month', () => {
    assert.deepEqual(whoNamed('Tom slid open the door. "That\'s a fact."\n', ['Cady']), [null]);
    assert.deepEqual(whoNamed('It rained in May.\n\nMay came. "That\'s a fact."\n', ['Cady']), [null]);
  });
});

describe('speaker attribution: a stranger named late', () => {
  const start =
    'Victoria was at home. Quint went down to the beach.\n\n"Watch it," a hoarse voice yelled. She was holding on to his rock.\n\n"This is my rock," he said.\n\n"Ever hear of squatters?" She was sore.\n\n';
  const names = ['Quint', 'Victoria', 'Sabella'];

  it('gives the stranger who speaks the name the narration first gives a woman after she came in', () => {
    assert.deepEqual(whoNamed(`${start}Quint shrugged and sat down. Her name was Sabella.\n`, names), [null, 'Quint', 'Sabella']);
  });

  it('does not give her lines to a woman named before she came in, and stays null when nobody new is named', () => {
    assert.deepEqual(whoNamed(start, names), [null, 'Quint', null]);
  });
});

describe('speaker attribution: someone unnamed before a name in its sentence', () => {
  it('does not block a pronoun from a name that opens a clause of its own after the unnamed subject', () => {
    const text = 'The doctor could call it anything, but Charlie knew what was wrong.\n\n"I hope so," he said.\n';
    assert.deepEqual(whoNamed(text, ['Charlie']), ['Charlie']);
  });

  it('still blocks it when the name is only the object of the unnamed subject', () => {
    const text = 'The clerk watched Charlie closely.\n\n"I hope so," he said.\n';
    assert.deepEqual(whoNamed(text, ['Charlie']), [null]);
  });
});

describe('speaker attribution: words only mentioned', () => {
  const jen = [
    { name: 'Roy', pronouns: 'he' },
    { name: 'Jenny', pronouns: 'she' },
  ];

  it('gives nobody a few words quoted inside a sentence of narration, and keeps them out of the exchange', () => {
    const text = '"Stop," Roy said.\n\n"Why?" Jenny asked.\n\nHe called the horse "the Mare" and her "poor mother" was gone.\n\n"Because."\n\n"Fine."\n';
    assert.deepEqual(who(text, jen), ['Roy', 'Jenny', null, null, 'Roy', 'Jenny']);
  });

  it('still gives a word said inside a sentence to its speaker', () => {
    assert.deepEqual(who('"Hell, yes," Roy said. Not having said "hell" before, he blushed.\n', jen), ['Roy', 'Roy']);
  });

  it('gives nobody what a writer adds after writing', () => {
    assert.deepEqual(who('Roy scrawled "Sorry" across the note and then added: "Don\'t you eat?"\n', jen), [null, null]);
  });
});

describe('speaker attribution: someone unnamed introduces the quote', () => {
  const pair = [
    { name: 'Lucy', pronouns: 'she' },
    { name: 'David', pronouns: 'he' },
  ];

  it("names nobody when a person who is no character, opening a clause, says it, and the paragraph's other quotes follow", () => {
    const text = 'Lucy waited. There was a pause, and then her mother said, "I guess I do." She hesitated. "Cathy was in tears."\n';
    assert.deepEqual(who(text, pair), [null, null]);
  });

  it('still finds the pronoun subject when a possessive phrase is only the object before the verb', () => {
    assert.deepEqual(who('David grinned. Carefully he put down his knife and said loudly, "Mr. Chairman!"\n', pair), ['David']);
  });
});

describe('speaker attribution: the answer of whom a paragraph addressed', () => {
  it('gives an untagged answer to the one an earlier quote of the previous paragraph addressed by name', () => {
    // The alternation alone would give it to George, from Julie's tagged turn after it.
    const text =
      'George stood by the door.\n\n"As a great favor, Julie," he said, "please don\'t mention you\'ve seen me."\n\n"Not to anyone?"\n\n"Not even Mother," Julie said.\n';
    assert.deepEqual(who(text, [{ name: 'George', pronouns: 'he' }, { name: 'Julie' }]), ['George', 'George', 'Julie', 'Julie']);
  });
});

describe('speaker attribution: evidence inside tags and beats', () => {
  it('gives a quote whose speaker names herself that name, over a stranger in the tag', () => {
    const text = 'Owen opened the door.\n\n"I\'m Mrs. Gertrude Parker," a soft voice explained, "and I\'d like to talk to you."\n';
    assert.deepEqual(whoNamed(text, ['Owen', 'Parker']), ['Parker', 'Parker']);
    assert.deepEqual(whoNamed('Owen opened the door.\n\n"I\'m Parker\'s sister," a soft voice explained.\n', ['Owen', 'Parker']), [null]);
  });

  it("reads the owner of a voice in a tag (Buzz's voice said) and of a voice or a face in a beat", () => {
    assert.deepEqual(whoNamed('"You missed it," Buzz\'s voice said.\n', ['Buzz', 'Owen']), ['Buzz']);
    const text = 'Quint sat on the rock with Victoria.\n\n"Thank you." Her face turned pink.\n';
    assert.deepEqual(
      who(text, [
        { name: 'Quint', pronouns: 'he' },
        { name: 'Victoria', pronouns: 'she' },
      ]),
      ['Victoria'],
    );
  });

  it('takes a name that opens a clause of its own for a pronoun, not the first name of the sentence', () => {
    const text = 'Phil shook his head and Eddie frowned. Suddenly his voice grew hard. "What do you think baseball is?"\n';
    assert.deepEqual(
      who(text, [
        { name: 'Phil', pronouns: 'he' },
        { name: 'Eddie', pronouns: 'he' },
      ]),
      ['Eddie'],
    );
  });
});

describe('speaker attribution: answers to a name', () => {
  it("gives the answer to the one the last turn addressed even when nothing named that turn's speaker", () => {
    const text = 'The cabin was cold.\n\n"I\'m not worried about the dials, Nogol, only about you reading them."\n\n"But I\'m ambidextrous."\n';
    assert.deepEqual(whoNamed(text, ['Ryan', 'Nogol']), [null, 'Nogol']);
  });

  it('does not take a form of address for a relation (Dad) for a character when the story only infers it', () => {
    const text = 'David came in.\n\n"Can I have the car, Dad?"\n\n"Why not let him take it?"\n';
    assert.deepEqual(whoNamed(text, ['David', 'Dad']), ['David', null]);
  });
});

describe('speaker attribution: a silent actor', () => {
  it('does not give the next untagged paragraph to the one the narration says did not answer', () => {
    const pair = [
      { name: 'Phil', pronouns: 'he' },
      { name: 'Frankie', pronouns: 'he' },
    ];
    assert.deepEqual(who('Frankie looked at him.\n\nPhil did not answer.\n\n"Why not try another club?"\n', pair), [null]);
    assert.deepEqual(who('Frankie looked at him.\n\nPhil sat down.\n\n"Why not try another club?"\n', pair), ['Phil']);
  });
});
