import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { attributeSpeakers, type SpeakerCharacter } from '../../src/core/dialogue/speakers';
import { percent, scoreFixture } from '../support/speakers-eval';

const roster = [
  { name: 'Kagome', pronouns: 'she/her' },
  { name: 'Sango', pronouns: 'she/her' },
  { name: 'Miroku', pronouns: 'he/him' },
  { name: 'Inuyasha', pronouns: 'he/him' },
];

function speakers(text: string, characters: SpeakerCharacter[] = roster): Array<[string, string | null]> {
  const model = buildModel(text);
  return attributeSpeakers(model, { characters }).map((q) => [text.slice(q.start, q.end), q.speaker]);
}

describe('speaker attribution: reports', () => {
  it('names the speaker of an explicit tag, after the quote or before it', () => {
    assert.deepEqual(speakers('"Stop," said Sango.\n\n"Why?" Kagome asked.\n\nMiroku murmured, "Because."\n'), [
      ['"Stop,"', 'Sango'],
      ['"Why?"', 'Kagome'],
      ['"Because."', 'Miroku'],
    ]);
  });

  it('resolves a pronoun tag to the last character the pronoun fits (by the roster pronouns)', () => {
    assert.deepEqual(speakers('Miroku watched Sango sharpen her blade.\n\n"You missed a spot," he said.\n\n"I did not," she said.\n'), [
      ['"You missed a spot,"', 'Miroku'],
      ['"I did not,"', 'Sango'],
    ]);
  });

  it("learns he and she from the story's own narration when the roster gives no pronouns", () => {
    const text =
      'Rin ran ahead. She laughed. Rin stopped, and she turned.\n\nJaken sighed. He hated this. Jaken followed; he always did.\n\n"Hurry up," she said.\n';
    assert.deepEqual(speakers(text, [{ name: 'Rin' }, { name: 'Jaken' }]), [['"Hurry up,"', 'Rin']]);
  });

  it('gives an action beat its actor, and the other quotes of a tagged paragraph its speaker', () => {
    assert.deepEqual(speakers('Kagome smiled. "Hi."\n\n"Hey," Inuyasha said. "Took you long enough."\n'), [
      ['"Hi."', 'Kagome'],
      ['"Hey,"', 'Inuyasha'],
      ['"Took you long enough."', 'Inuyasha'],
    ]);
  });

  it('keeps the speaker of a speech that runs over several paragraphs', () => {
    const text = '"It began long ago," Miroku said, "in a village by the sea.\n\n"The monks there kept a jewel.\n\n"Then it was stolen."\n';
    assert.deepEqual(
      speakers(text).map(([, s]) => s),
      ['Miroku', 'Miroku', 'Miroku', 'Miroku'],
    );
  });

  it('names a titled person and an epithet the story gave a character', () => {
    const text = 'Herr Schaffner bowed. The German smiled at Waddell.\n\n"You will like it," Mrs. Forsythe said.\n\n"Perhaps," the German said.\n';
    assert.deepEqual(
      speakers(text, []).map(([, s]) => s),
      ['Forsythe', 'Schaffner'],
    );
  });

  it('gives a speaker who goes on the turn before, even past a pronoun that fits someone else', () => {
    const text = '"Sit," Kagome said. Sango laughed at Inuyasha.\n\n"And stay," she went on.\n';
    assert.deepEqual(
      speakers(text).map(([, s]) => s),
      ['Kagome', 'Kagome'],
    );
  });

  it("resolves a contraction's pronoun (she'd cry) and finds the actor after a leading participle", () => {
    const text = 'Kagome waited.\n\n"Why, Miroku," she\'d cry, "why?"\n\nFrowning, Sango studied the map. "North."\n';
    assert.deepEqual(
      speakers(text).map(([, s]) => s),
      ['Kagome', 'Kagome', 'Sango'],
    );
  });

  it('learns a gender from names in the subject place only', () => {
    // "He asked Rin. He doubted…": that "he" is not Rin's; "Rin said. She…" is.
    const text = 'Jaken stood. He asked Rin. He doubted she heard.\n\n"No," Rin said. She ran.\n\nJaken frowned. He hated this.\n\n"Come back," she said.\n';
    assert.equal(speakers(text, [{ name: 'Rin' }, { name: 'Jaken' }])[1][1], 'Rin');
  });

  it('alternates untagged turns of a two-person exchange', () => {
    const text = '"Where are you going?" Kagome asked.\n\n"Out," Inuyasha said.\n\n"Out where?"\n\n"Just out."\n';
    assert.deepEqual(
      speakers(text).map(([, s]) => s),
      ['Kagome', 'Inuyasha', 'Kagome', 'Inuyasha'],
    );
  });

  it('does not take a name after the pronoun in its own sentence for the pronoun, but the one the exchange addresses', () => {
    const cast = [
      { name: 'Carla', pronouns: 'she' },
      { name: 'Sam', pronouns: 'he' },
      { name: 'Alberto', pronouns: 'he' },
    ];
    const text = 'Carla waited.\n\n"Are you ready?" he asked, thinking of the day Alberto had left.\n\n"Yes, Sam," she said.\n\n"Good," he said.\n';
    assert.deepEqual(speakers(text, cast), [
      ['"Are you ready?"', 'Sam'],
      ['"Yes, Sam,"', 'Carla'],
      ['"Good,"', 'Sam'],
    ]);
  });
  it('gives an untagged paragraph the one who acts last in the narration just before it', () => {
    const text = '"Sit down," Miroku said.\n\nHe leaned back against the wall. Sango moved past him.\n\n"I won\'t be long."\n';
    assert.deepEqual(speakers(text), [
      ['"Sit down,"', 'Miroku'],
      ['"I won\'t be long."', 'Sango'],
    ]);
  });
  it('carries a two-person exchange across a short narration paragraph that names no one else', () => {
    const text = '"One," Kagome said.\n\n"Two," Inuyasha said.\n\nThe wind rose.\n\n"Three?"\n\n"Four."\n';
    assert.deepEqual(
      speakers(text).map(([, s]) => s),
      ['Kagome', 'Inuyasha', 'Kagome', 'Inuyasha'],
    );
  });
  it("finds a tag's subject across an apposition, and the speaker of someone's voice", () => {
    const text = '"No," Miroku, the old monk, said quietly.\n\nKagome closed her eyes. She imagined Sango\'s voice: "Wake up!"\n';
    const got = attributeSpeakers(buildModel(text), { characters: roster }).map((q) => [q.speaker, q.evidence]);
    assert.deepEqual(got, [
      ['Miroku', 'explicit'],
      ['Sango', 'explicit'],
    ]);
  });
  it('gives the speech someone waits for to the one waited for', () => {
    assert.deepEqual(speakers('Sango looked at Miroku. "Let\'s go," he said. And he waited for her to say, "Yes."\n'), [
      ['"Let\'s go,"', 'Miroku'],
      ['"Yes."', 'Sango'],
    ]);
  });
  it("finds a tag's subject of a full name before an apposition", () => {
    const cast = [{ name: 'Charlie Haydon', aliases: ['Charlie', 'Haydon'], pronouns: 'he' }, ...roster];
    const got = attributeSpeakers(buildModel('"Look at them!" Charlie Haydon, a pitcher, said.\n'), { characters: cast }).map((q) => [q.speaker, q.evidence]);
    assert.deepEqual(got, [['Charlie Haydon', 'explicit']]);
  });
  it('reads a speech verb of two words as a tag: cut in, put in, broke in', () => {
    const text = 'Kagome looked at Miroku.\n\n"And you?" put in Sango.\n\n"Stop," Sango cut in.\n\nInuyasha broke in, "Enough."\n\n"Fine." Miroku spoke up.\n';
    assert.deepEqual(speakers(text), [
      ['"And you?"', 'Sango'],
      ['"Stop,"', 'Sango'],
      ['"Enough."', 'Inuyasha'],
      ['"Fine."', 'Miroku'],
    ]);
    // Read as a tag, not a beat: as sure as `said`.
    const [put, cut] = attributeSpeakers(buildModel(text), { characters: roster });
    assert.ok(put.confidence >= 0.9 && cut.confidence >= 0.9, `${put.confidence}, ${cut.confidence}`);
  });

  it('names the speaker an inverted tag describes by name: asked a red-haired girl named Ceecee Witter', () => {
    const cast = [...roster, { name: 'Ceecee Witter', pronouns: 'she/her' }];
    const text = 'Kagome looked at Miroku.\n\n"Who are you?" Asked a red-haired girl named Ceecee Witter.\n\n"Me?" asked a boy called Inuyasha.\n';
    assert.deepEqual(speakers(text, cast), [
      ['"Who are you?"', 'Ceecee Witter'],
      ['"Me?"', 'Inuyasha'],
    ]);
  });

  it('names someone unnamed who speaks by the new name the next paragraph calls him', () => {
    const cast = [...roster, { name: 'Joseph', pronouns: 'he/him' }];
    const text =
      'Inuyasha glared at Kagome.\n\nThe voice came from the trees. The man was only a shadow.\n\n"She is not alone," he said.\n\n"Put the rifle down, Joseph," Kagome said.\n';
    assert.deepEqual(speakers(text, cast), [
      ['"She is not alone,"', 'Joseph'],
      ['"Put the rifle down, Joseph,"', 'Kagome'],
    ]);
  });

  it('reads a capitalized word before a name in a tag as its title: Chief Moore cut in', () => {
    const text = 'Moore and Jed drove out.\n\n"We will get him soon," Chief Moore cut in.\n';
    assert.deepEqual(
      attributeSpeakers(buildModel(text), { names: ['Moore', 'Jed'] }).map((q) => [q.speaker, q.evidence]),
      [['Moore', 'explicit']],
    );
    // Not a determiner: "The German asked" is the German, whom the story calls so.
    const german = 'Herr Schaffner bowed. The German smiled at Waddell.\n\n"Was it my equipment?" The German asked.\n';
    assert.deepEqual(
      speakers(german, []).map(([, s]) => s),
      ['Schaffner'],
    );
  });

  it('finds a name in a tag after a full stop outside the quote', () => {
    const got = attributeSpeakers(buildModel('"She has a nerve". Quint said.\n'), {}).map((q) => q.speaker);
    assert.deepEqual(got, ['Quint']);
  });
});

describe('speaker attribution: stays unknown', () => {
  it('leaves a quotation with no evidence null', () => {
    assert.deepEqual(speakers('"Is anyone there?"\n'), [['"Is anyone there?"', null]]);
  });

  it('names no character when the tag names someone who is not one', () => {
    assert.deepEqual(speakers('Kagome waited.\n\n"Next," the doctor said.\n'), [['"Next,"', null]]);
  });

  it('keeps a described speaker unknown unless the description names a character', () => {
    assert.deepEqual(speakers('Kagome looked at Miroku.\n\n"Who?" asked a girl named Rin.\n'), [['"Who?"', null]]);
    assert.deepEqual(speakers('Kagome looked at Miroku.\n\n"Who?" asked a tall girl.\n'), [['"Who?"', null]]);
    assert.deepEqual(speakers('Kagome looked at Miroku.\n\n"Who?" asked a girl, named for her aunt, and Sango laughed.\n'), [['"Who?"', null]]);
  });

  it('does not take a verb of two words for a tag where the verb has an object', () => {
    // `put in the key` is an act: after a full stop the beat, not a tag, gives the speaker (as sure as a beat).
    const [q] = attributeSpeakers(buildModel('Kagome looked at Miroku.\n\n"Fine." She put in the key.\n'), { characters: roster });
    const [tag] = attributeSpeakers(buildModel('Kagome looked at Miroku.\n\n"Fine." She cut in.\n'), { characters: roster });
    assert.equal(q.speaker, 'Kagome');
    assert.ok(q.confidence < tag.confidence, `${q.confidence} vs ${tag.confidence}`);
  });

  it('does not give someone unnamed a name the story gave before, or one of the other sex', () => {
    const cast = [...roster, { name: 'Joseph', pronouns: 'he/him' }];
    const before =
      'Joseph left at dawn.\n\nKagome glared at Sango.\n\nThe man was only a shadow.\n\n"Not alone," he said.\n\n"Go home, Joseph," Kagome said.\n';
    assert.equal(speakers(before, cast)[0][1], null);
    const other = 'Kagome glared at Inuyasha.\n\nThe man was only a shadow.\n\n"Not alone," he said.\n\n"Go home, Sango," Kagome said.\n';
    assert.equal(speakers(other, cast)[0][1], null);
  });

  it('names nobody for written words', () => {
    assert.deepEqual(speakers('Kagome took a pen and wrote slowly, "Gone north."\n'), [['"Gone north."', null]]);
  });

  it('names nobody when the tag names two people', () => {
    assert.deepEqual(speakers('Sango\'s or Kagome\'s answer: "Later."\n'), [['"Later."', null]]);
  });

  it('does not alternate in an exchange of three speakers', () => {
    const text = '"One," Kagome said.\n\n"Two," Sango said.\n\n"Three," Miroku said.\n\n"Four?"\n';
    assert.equal(speakers(text)[3][1], null);
  });

  it('leaves a pronoun null when the only fitting name follows it in its own sentence', () => {
    assert.deepEqual(speakers('"Ready?" he asked, thinking of Miroku.\n'), [['"Ready?"', null]]);
  });

  it('does not take a quote that is only an unknown capitalized word for a name someone answers to', () => {
    // "Uhhu" is on the story's name list (a capitalized word the dictionary does not know), but
    // the narration never names anyone so: the turn after it is not Uhhu's.
    const model = buildModel('Sam talked on. He was happy.\n\n"I had a place of my own," he said.\n\n"Uhhu."\n\n"And then I had another."\n');
    const got = attributeSpeakers(model, { names: ['Sam', 'Uhhu'] }).map((q) => q.speaker);
    assert.deepEqual(got, ['Sam', null, null]);
  });

  it('does not give an untagged paragraph the last actor of the narration when it speaks of them or to them', () => {
    assert.deepEqual(speakers('Sango moved past him.\n\n"How is Sango?"\n\nMiroku sat down.\n\n"Sit, Miroku."\n'), [
      ['"How is Sango?"', null],
      ['"Sit, Miroku."', null],
    ]);
  });

  it('ends the exchange at a narration paragraph that names someone else', () => {
    const text = '"One," Kagome said.\n\n"Two," Inuyasha said.\n\nThe wind rose, and far away Miroku laughed.\n\n"Three?"\n\n"Four."\n';
    assert.deepEqual(
      speakers(text).map(([, s]) => s),
      ['Kagome', 'Inuyasha', null, null],
    );
  });

  it('gives no speaker from a beat whose subject keeps silent or writes', () => {
    assert.deepEqual(speakers('"Are you there?" Miroku did not reply.\n\nKagome started to type. "Dear Sango, I miss you."\n'), [
      ['"Are you there?"', null],
      ['"Dear Sango, I miss you."', null],
    ]);
  });

  it('names no character when somebody unnamed speaks, even after narration about a character', () => {
    assert.deepEqual(speakers('Miroku fell into the dirt. He got up slowly.\n\n"Hit him!" Somebody yelled from the bench.\n'), [['"Hit him!"', null]]);
  });

  it('reads a title and a name after a comma as whom the quote addresses, who answers next', () => {
    assert.deepEqual(speakers('"You look tired, Mr. Miroku," Kagome said.\n\n"I am."\n'), [
      ['"You look tired, Mr. Miroku,"', 'Kagome'],
      ['"I am."', 'Miroku'],
    ]);
  });

  it('reads a tag after a quote as a sentence of its own, so a he after it is the title-named speaker', () => {
    const cast = [
      { name: 'Jack', pronouns: 'he' },
      { name: 'Winston', pronouns: 'he' },
    ];
    const text =
      'Winston hurried through the door. "I\'ve been calling you," Mr. Jack complained. He was standing by the mirror. "This coat looks like a rag," he said.\n';
    assert.deepEqual(speakers(text, cast), [
      ['"I\'ve been calling you,"', 'Jack'],
      ['"This coat looks like a rag,"', 'Jack'],
    ]);
  });

  it('reads a name and any speech verb after a quote ending in "!" or "?" as a tag, not a new sentence', () => {
    const cast = [
      { name: 'Jack', pronouns: 'he' },
      { name: 'Winston', pronouns: 'he' },
    ];
    const text = 'Winston took the brush. He gave Mr. Jack a going-over. "Hey!" Mr. Jack cried when the brush tipped his hat.\n';
    assert.deepEqual(speakers(text, cast), [['"Hey!"', 'Jack']]);
    // A sentence that only starts with a determiner stays narration: `"Hey!" A sudden thought struck him.`
    const beat = 'Jack smirked. "Cheerful way to spend an evening!" A sudden thought wiped the smirk from his face.\n';
    assert.deepEqual(speakers(beat, cast), [['"Cheerful way to spend an evening!"', 'Jack']]);
  });

  it('never resolves a pronoun tag to the one the quote calls by name', () => {
    const cast = [
      { name: 'Jack', pronouns: 'he' },
      { name: 'Winston', pronouns: 'he' },
    ];
    const text = 'Winston had suggested the photograph to Mr. Jack. "You know what she likes, Winston," he had said.\n';
    assert.deepEqual(speakers(text, cast), [['"You know what she likes, Winston,"', 'Jack']]);
  });

  it('names no one by a saint\'s name: "St. Peter\'s" is a place', () => {
    const cast = [
      { name: 'Sam', pronouns: 'he' },
      { name: 'Peter', pronouns: 'he' },
    ];
    const text = 'Sam came in. She might take him to St. Peter\'s.\n\n"Wake up," he said.\n';
    assert.deepEqual(speakers(text, cast), [['"Wake up,"', 'Sam']]);
  });

  it('never crashes on quotes without text or characters', () => {
    assert.doesNotThrow(() => attributeSpeakers(buildModel('"\n\n""\n\n" "said\n\n“”\n'), {}));
  });
});

describe('speaker attribution: accuracy on hand-checked Brown fiction', () => {
  // Floors are the figures measured at the last change (tuning 93.2 % of 325, first-person tuning
  // 66.7 % of 51, held-out 91.5 % of 106, first blind set 86.2 % of 152, second blind set 70.3 % of
  // 165, third blind set 73.6 % of 163, fourth blind set 84.9 % of 159 in its one run), less a
  // little: a change that loses more fails here.
  it('names the right speaker on the tuning passages (ck–cn)', () => {
    const s = scoreFixture('brown-tuning.json');
    assert.ok(s.total >= 300, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.95, `tuning accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on training set 2 (ten more ck–cn files: 66.5 % in round 9, tuned on in round 10)', () => {
    const s = scoreFixture('brown-train2.json');
    assert.ok(s.total >= 500, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.715, `training set 2 accuracy ${percent(s.right, s.total)}`);
  });

  it('names the first-person narrator and the others on the first-person tuning passage (cl20)', () => {
    const s = scoreFixture('brown-tuning-first-person.json');
    assert.ok(s.total >= 50, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.78, `first-person tuning accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the held-out passages (cp–cr)', () => {
    const s = scoreFixture('brown-heldout.json');
    assert.ok(s.total >= 100, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.9, `held-out accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the first blind set (cp12, cp14, cp27), tuned on since round 2', () => {
    const s = scoreFixture('brown-heldout-blind.json');
    assert.ok(s.total >= 150, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.855, `first blind set accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the second blind set (cp15, cp16, cp23), tuned on since round 4', () => {
    const s = scoreFixture('brown-heldout-blind2.json');
    assert.ok(s.total >= 150, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.69, `second blind set accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the third blind set (cp03, cp04, cp07, cp29), evaluated once', () => {
    const s = scoreFixture('brown-heldout-blind3.json');
    assert.ok(s.total >= 150, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.725, `third blind set accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the fourth blind set (cp02, cp25, cp18, cp22), evaluated once', () => {
    const s = scoreFixture('brown-heldout-blind4.json');
    assert.ok(s.total >= 150, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.895, `fourth blind set accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the fifth blind set (cp19, cp20, cr07, all first-person), 54.9 % on its one run, tuned on since round 7', () => {
    const s = scoreFixture('brown-heldout-blind5.json');
    assert.ok(s.total >= 120, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.95, `fifth blind set accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the sixth blind set (cr03, cr05, cr06, cp10, cp11; 74.4 % on its one run, tuned on since)', () => {
    const s = scoreFixture('brown-heldout-blind6.json');
    assert.ok(s.total >= 250, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.875, `sixth blind set accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the seventh blind set (cp05, cp08, cp13, cp17, cr04), evaluated once', () => {
    const s = scoreFixture('brown-heldout-blind7.json');
    assert.ok(s.total >= 84, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.666, `seventh blind set accuracy ${percent(s.right, s.total)}`);
  });

  it('names the right speaker on the eighth blind set (cp01, cp21, cp28, cr01), evaluated once', () => {
    const s = scoreFixture('brown-heldout-blind8.json');
    assert.ok(s.total >= 58, `${s.total} annotated`);
    assert.ok(s.right / s.total >= 0.672, `eighth blind set accuracy ${percent(s.right, s.total)}`);
  });
});
