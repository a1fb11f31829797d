import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { TITLE_WORDS } from '../../src/core/data/titles.generated';
import { addTaggedNames, indexCharacters } from '../../src/core/dialogue/cast';
import { TITLES } from '../../src/core/dialogue/lexicon';
import { viewpointOf } from '../../src/core/dialogue/narrator';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation and its speaker, with the story's inferred names (no roster). */
function speakers(text: string, names: string[]): Array<[string, string | null]> {
  const model = buildModel(text);
  return attributeSpeakers(model, { names }).map((q) => [text.slice(q.start, q.end), q.speaker]);
}

describe('speaker attribution: ranks and roles', () => {
  it('ships the ranks and roles Brown writes before a name, and leaves given names out', () => {
    for (const w of ['captain', 'senator', 'patrolman', 'governor', 'sheriff']) assert.ok(TITLE_WORDS.includes(w), w);
    for (const w of ['dean', 'major', 'new', 'fort']) assert.ok(!TITLE_WORDS.includes(w), w);
    assert.ok('patrolman' in TITLES);
  });

  it('takes a rank from the table for a title, not a name: "said Patrolman Briggs" is Briggs', () => {
    const text = 'Patrolman Briggs walked in out of the rain.\n\n"Halt," said Patrolman Briggs.\n';
    assert.deepEqual(speakers(text, ['Patrolman', 'Briggs']), [['"Halt,"', 'Briggs']]);
  });

  it("learns a rank the table lacks from the story's own use before two names", () => {
    const text =
      'Midshipman Tillotson came on deck. Midshipman Rogers followed him, as midshipmen do.\n\n"I thought", Midshipman Rogers had told him, "that the men were restless".\n';
    assert.deepEqual(speakers(text, ['Midshipman', 'Tillotson']), [
      ['"I thought"', 'Rogers'],
      ['"that the men were restless"', 'Rogers'],
    ]);
  });

  it('keeps a word before a single name, a given name, a roster name and a word never written in lowercase as names', () => {
    const model = buildModel(
      'Robert Hill met Robert Tolley. Kiz Fair saw Kiz Brace. Philip Spencer waited. Philip Spencer left. Zorvan Hill met Zorvan Tolley.\n',
    );
    const prose = model.paragraphs.filter((p) => p.kind === 'prose');
    const index = indexCharacters({ characters: [{ name: 'Kiz' }], names: ['Robert', 'Hill', 'Tolley', 'Fair', 'Brace', 'Philip', 'Spencer', 'Zorvan'] });
    addTaggedNames(prose, index, model.text);
    assert.equal(index.byToken.get('Robert'), 'Robert');
    assert.equal(index.byToken.get('Kiz'), 'Kiz');
    assert.equal(index.byToken.get('Philip'), 'Philip');
    // Never written in lowercase: a name, not a rank.
    assert.equal(index.byToken.get('Zorvan'), 'Zorvan');
    assert.equal(index.titles, undefined);
  });
});

// A first-person story: the others call the narrator Janice.
const JANICE = [
  'It was past midnight when the phone rang. I answered it and I heard Nadine at the other end.',
  '"You scared me half to death", I said. "What is wrong"?',
  '"Janice, nobody answers at the apartment"! Her voice came shrill.',
  '"She is probably asleep", I said. I did not want to go out.',
  '"Please, Janice. I will pay you". Nadine was crying now.',
  '"All right", I said.',
].join('\n\n');

describe('speaker attribution: a first-person narrator', () => {
  it('gives "I said" the name the others call the narrator', () => {
    assert.deepEqual(speakers(JANICE + '\n', ['Nadine', 'Janice']), [
      ['"You scared me half to death"', 'Janice'],
      ['"What is wrong"', 'Janice'],
      ['"Janice, nobody answers at the apartment"', 'Nadine'],
      ['"She is probably asleep"', 'Janice'],
      ['"Please, Janice. I will pay you"', 'Nadine'],
      ['"All right"', 'Janice'],
    ]);
  });

  it('takes the name the narrator gives herself ("Susan Dolan, that\'s me")', () => {
    const text = [
      "Every town has its gossip. Susan Dolan, that's me. I was eighteen and I was in love with Johnnie.",
      '"It is so crazy", I told him once. I was ticking off his faults.',
      '"And you fall for a trucker", Johnnie said.',
      '"Who drinks too much", I said.',
    ].join('\n\n');
    const got = speakers(text + '\n', ['Susan', 'Dolan', 'Johnnie']);
    // "Susan Dolan" is one character, under her surname (each written once).
    assert.deepEqual(got, [
      ['"It is so crazy"', 'Dolan'],
      ['"And you fall for a trucker"', 'Johnnie'],
      ['"Who drinks too much"', 'Dolan'],
    ]);
  });

  it('names no narrator whom nobody calls, nor in a story told in the third person', () => {
    const unnamed = JANICE.replace(/Janice, |, Janice/g, '');
    for (const [q, s] of speakers(unnamed + '\n', ['Nadine'])) if (/I said/.test(q) || q.startsWith('"All')) assert.equal(s, null, q);
    const third = 'Nadine called Janice at midnight. Janice answered.\n\n"Janice, come over," Nadine said.\n\n"All right," Janice said.\n';
    assert.deepEqual(speakers(third, ['Nadine', 'Janice']), [
      ['"Janice, come over,"', 'Nadine'],
      ['"All right,"', 'Janice'],
    ]);
  });
});

// Lucy, whose thoughts the story tells, talks with Jim about Myra, who is not there.
const LUCY = [
  'Lucy thought of the birds. Lucy knew the cowbirds would be back.',
  '"Come, come", Jim said. "I love you".',
  '"That is a peculiar way to think", Lucy said. Lucy suspected that Myra would never come home.',
  "It was not that she disliked the child. But the child was Myra's, and Myra had gone to Paris.",
  '"I would not be surprised", she said unhappily, "if she left her with us forever".',
].join('\n\n');

describe('speaker attribution: who is in the scene', () => {
  it('knows the viewpoint character from the thoughts the narration tells', () => {
    const model = buildModel(LUCY + '\n');
    const prose = model.paragraphs.filter((p) => p.kind === 'prose');
    assert.ok(prose.length > 0);
    const got = speakers(LUCY + '\n', ['Lucy', 'Jim', 'Myra']);
    assert.deepEqual(got[got.length - 2], ['"I would not be surprised"', 'Lucy']);
    assert.deepEqual(got[got.length - 1], ['"if she left her with us forever"', 'Lucy']);
  });

  it('still gives the pronoun to someone who comes into the scene, named in its paragraph', () => {
    const text = LUCY.replace('It was not that she disliked the child.', 'Then Myra came in from the garden. It was not that she disliked the child.').replace(
      '"I would not be surprised", she said',
      'Myra shook her head. "I would not be surprised", she said',
    );
    const got = speakers(text + '\n', ['Lucy', 'Jim', 'Myra']);
    assert.deepEqual(got[got.length - 2], ['"I would not be surprised"', 'Myra']);
  });

  it("finds no viewpoint when nobody's thoughts lead", () => {
    assert.equal(viewpointOf([]), undefined);
  });
});

describe('speaker attribution: a title as a vocative', () => {
  it('reads "Captain" in a quote as the one the story calls the Captain, whose answer is his', () => {
    const text = ['Alexander closed the log. The Captain looked tired.', '"What is the next step, Captain"?', '"More arrests, I fear".'].join('\n\n');
    const got = speakers(text + '\n', ['Alexander']);
    assert.deepEqual(got, [
      ['"What is the next step, Captain"', null],
      ['"More arrests, I fear"', 'Alexander'],
    ]);
  });
});

describe('speaker attribution: a full name is one character', () => {
  it('joins a first name and the surname written after it, under the form the story uses more', () => {
    const text = [
      'Chief Bob Moore looked up from his desk.',
      '"Naw, we will use mine," Moore said.',
      'Bob grinned at the street. Moore liked his car.',
      '"Some heap, hey?" Bob asked.',
    ].join('\n\n');
    assert.deepEqual(speakers(text + '\n', ['Bob', 'Moore']), [
      ['"Naw, we will use mine,"', 'Moore'],
      ['"Some heap, hey?"', 'Moore'],
    ]);
  });

  it('keeps a woman kept under her surname a woman by her given name, and joins no possessive', () => {
    const text = 'Judith Pierce came in. Judith Pierce sat down by the fire.\n\n"I saw your fire," she said.\n';
    assert.deepEqual(speakers(text, ['Judith', 'Pierce']), [['"I saw your fire,"', 'Pierce']]);
    const possessive = 'Tom\'s Ford stood by the road. Tom\'s Ford was old.\n\n"Get in," Tom said.\n\n"Fine," Ford said.\n';
    assert.deepEqual(speakers(possessive, ['Tom', 'Ford']), [
      ['"Get in,"', 'Tom'],
      ['"Fine,"', 'Ford'],
    ]);
  });

  it('keeps apart two people of one surname, and a first name that stands with two surnames', () => {
    const text = 'Tim Williams and Mary Williams came in. Tim Hill waved.\n\n"Hello," Tim said.\n\n"Hi," Mary said.\n\n"Well," Williams said.\n';
    assert.deepEqual(speakers(text, ['Tim', 'Mary', 'Williams', 'Hill']), [
      ['"Hello,"', 'Tim'],
      ['"Hi,"', 'Mary'],
      ['"Well,"', 'Williams'],
    ]);
  });
});

describe('speaker attribution: whom a tag speaks to', () => {
  const scene = (listener: string) =>
    `Moore shrugged. He was tired of the road.\n\n"Come on, Jed," Moore said.\n\nJed told ${listener}, "Get your man to give himself up."\n\n"Yes."\n`;

  it('leaves unknown an answer the alternation would give a man when the tag spoke to a woman', () => {
    assert.deepEqual(speakers(scene('her'), ['Moore', 'Jed']).at(-1), ['"Yes."', null]);
  });

  it('gives the answer to the woman the tag spoke to, when the story has named her', () => {
    const text = `Nellie shook her head. She was lying.\n\n${scene('her').split('\n\n').slice(1).join('\n\n')}`;
    assert.deepEqual(speakers(text, ['Moore', 'Jed', 'Nellie']).at(-1), ['"Yes."', 'Nellie']);
  });

  it('alternates as before when the one spoken to fits', () => {
    assert.deepEqual(speakers(scene('him'), ['Moore', 'Jed']).at(-1), ['"Yes."', 'Moore']);
  });
});

describe('speaker attribution: the two people of an exchange', () => {
  const roster = [
    { name: 'Kagome', pronouns: 'she/her' },
    { name: 'Sango', pronouns: 'she/her' },
    { name: 'Miroku', pronouns: 'he/him' },
  ];
  const said = (text: string) => attributeSpeakers(buildModel(text), { characters: roster }).map((q) => [text.slice(q.start, q.end), q.speaker]);

  it('gives the untagged turns after it to its two speakers in turn', () => {
    assert.deepEqual(said('The fire burned low.\n\n"Where is he?" Kagome asked. "North," Sango said.\n\n"How far?"\n\n"Two days."\n'), [
      ['"Where is he?"', 'Kagome'],
      ['"North,"', 'Sango'],
      ['"How far?"', 'Kagome'],
      ['"Two days."', 'Sango'],
    ]);
  });

  it('gives a tag between two quotes that introduces the second to the second, not to the first', () => {
    assert.deepEqual(said('The fire burned low.\n\nWhen Kagome asked, "Where is he?" Sango said, "North."\n'), [
      ['"Where is he?"', 'Kagome'],
      ['"North."', 'Sango'],
    ]);
    // With no tag of its own before it, the first quote keeps the tag after it.
    assert.deepEqual(said('The fire burned low.\n\n"Where is he?" Sango said, "and when?"\n'), [
      ['"Where is he?"', 'Sango'],
      ['"and when?"', 'Sango'],
    ]);
  });

  it('reads a beat whose subject is only a part of someone ("The wrinkled mouth laughed.") as no one else: the turns alternate', () => {
    const text = 'The fire burned low.\n\n"Where is he?" Kagome asked. "North," Sango said.\n\n"How far?"\n\n"Far?" The wrinkled mouth laughed. "Two days."\n';
    assert.deepEqual(
      said(text).map(([, s]) => s),
      ['Kagome', 'Sango', 'Kagome', 'Sango', 'Sango'],
    );
  });

  it('gives the turn after an answer by name to the one who called, though a third spoke before', () => {
    const text = 'The fire burned low.\n\n"Nothing wrong with me," Sango said.\n\n"Miroku?" Kagome insisted.\n\n"Okay."\n\n"Then let us go."\n';
    assert.deepEqual(
      said(text).map(([, s]) => s),
      ['Sango', 'Kagome', 'Miroku', 'Kagome'],
    );
    // Without a name called, three have spoken: the turns stay unknown.
    const none = 'The fire burned low.\n\n"Nothing wrong with me," Sango said.\n\n"Sure?" Kagome insisted.\n\n"Okay," Miroku said.\n\n"Then let us go."\n';
    assert.equal(said(none).at(-1)?.[1], null);
  });

  it('stays unknown after it when its quotes have one speaker, or three speak', () => {
    const one = said('The fire burned low.\n\n"Where is he?" Kagome asked. "North?"\n\n"How far?"\n\n"Two days."\n');
    assert.deepEqual(one.slice(2), [
      ['"How far?"', null],
      ['"Two days."', null],
    ]);
    const three = said('The fire burned low.\n\n"Where?" Kagome asked. "North," Sango said. "Far," Miroku said.\n\n"How far?"\n');
    assert.deepEqual(three.at(-1), ['"How far?"', null]);
  });
});

describe('speaker attribution: someone unnamed who opens the sentence of a tag', () => {
  it('reads "The old gal stared at me, said" as the woman last named, not the one who spoke before in the paragraph', () => {
    const text =
      'Nellie Harris was ancient. She was deaf in one ear.\n\nWhen Jed asked, "Why not?" the old gal stared at him with hard eyes, said, "She did not call."\n';
    const got = attributeSpeakers(buildModel(text), { names: ['Nellie', 'Jed'] }).map((q) => q.speaker);
    assert.equal(got[0], 'Jed');
    assert.equal(got[1], 'Nellie');
  });

  it('names nobody when no woman was named before', () => {
    const text = 'Jed came in.\n\nWhen Jed asked, "Why not?" the old gal stared at him with hard eyes, said, "She did not call."\n';
    assert.deepEqual(
      attributeSpeakers(buildModel(text), { names: ['Jed'] }).map((q) => q.speaker),
      ['Jed', null],
    );
  });
});
