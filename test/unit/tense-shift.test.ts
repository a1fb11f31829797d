import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildModel } from '../../src/core';
import { analyzeParagraph, type Token } from '../../src/core/model/paragraph';
import { readTenses, toPast, toPresent } from '../../src/core/rules/tense-shift';
import { ruleHelpers } from '../support/rule-helpers';
import { PAST_SCENE } from '../support/tense-scenes';

const { findings, found, fixed, fixes } = ruleHelpers('tense-shift');

const PAST = PAST_SCENE;
// A scene told in the present, first person.
const PRESENT = [
  'I climb out of the well and look around. The forest is quiet. Inuyasha stands by the tree.',
  'He follows me to the village. He says nothing. I walk faster, and he walks faster too.',
  'Kaede waits by the fire. She smiles at us. I sit down and open my bag. Inuyasha grabs the ramen.',
  'He eats it in silence. Shippo watches us from the doorway. I am tired, and Kaede is quiet.',
  'Outside, the wind picks up. I pull my jacket closer. Inuyasha finishes the ramen and stands.',
].join('\n\n');

const scene = (extra: string, base = PAST) => `${base}\n\n${extra}\n`;

describe('tense-shift: present tense in a past-tense scene', () => {
  test('reports the verb and offers it in the past', () => {
    const text = scene('He closed the window. The rain is still falling on the roof.');
    assert.deepEqual(found(text), ['is']);
    const [f] = findings(text);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '`is` is present tense in a scene told in the past; did you mean `was`?');
    assert.deepEqual(f.suggestions, ['was']);
    assert.equal(fixed(text), scene('He closed the window. The rain was still falling on the roof.'));
  });
  test('a verb in -s after a pronoun or a name', () => {
    assert.equal(fixed(scene('Inuyasha walks to the door.')), scene('Inuyasha walked to the door.'));
    assert.equal(fixed(scene('She falls asleep by the fire.')), scene('She fell asleep by the fire.'));
    assert.equal(fixed(scene('He stops at the door.')), scene('He stopped at the door.'));
    assert.equal(fixed(scene('She smiles at him.')), scene('She smiled at him.'));
    assert.equal(fixed(scene('He watches the fire.')), scene('He watched the fire.'));
    assert.equal(fixed(scene('She tries the door.')), scene('She tried the door.'));
  });
  test('is, are, has, does after a pronoun; a possessive subject', () => {
    assert.equal(fixed(scene('She is tired of waiting.')), scene('She was tired of waiting.'));
    assert.equal(fixed(scene('They are both asleep.')), scene('They were both asleep.'));
    assert.equal(fixed(scene("He doesn't look up.")), scene("He didn't look up."));
    assert.equal(fixed(scene('Her bag is heavy on her shoulder.')), scene('Her bag was heavy on her shoulder.'));
  });
  test('no fix where the past is not certain', () => {
    const text = scene('He visits the shrine.');
    assert.deepEqual(found(text), ['visits']);
    assert.deepEqual(findings(text)[0].suggestions, []);
  });
  test('in curly quotes the narration around dialogue is read', () => {
    assert.deepEqual(found(scene('“Sit,” Kagome said. Inuyasha falls on his face.')), ['falls']);
  });
  test('a present-tense opening frame of two paragraphs or more is no slip; one sentence is', () => {
    // As a published fan fiction opens (HPMOR, chapter 1): the room described, then the story.
    const frame =
      'Every shelf of the hut is stacked with scrolls. There is a bowl of rice on the table.\n\nKagome and Inuyasha are arguing by the door, but they are not shouting.';
    assert.deepEqual(found(`${frame}\n\n${PAST}\n`), []);
    assert.deepEqual(found(`Kagome and Inuyasha are arguing by the door.\n\n${PAST}\n`), ['are']);
    // A present verb after the story has started in the past is still a slip.
    assert.deepEqual(found(`${frame}\n\n${PAST}\n\nShe is tired of waiting.\n`), ['is']);
  });
  test('a memory verb in the present tells what is remembered; another verb there is a slip', () => {
    assert.deepEqual(found(scene('He remembers the disgusted looks from people when he walked past them.')), []);
    assert.deepEqual(found(scene('She recalls the day he left.')), []);
    assert.deepEqual(found(scene('He watches the disgusted looks from people when he walked past them.')), ['watches']);
  });
  test('a memory told in the past between present-tense frames is no slip; the closing present alone still is', () => {
    // As "To Name the Sky Blue" tells its chapter: the present, a memory, the present again.
    const frame =
      'Every shelf of the hut is stacked with scrolls. There is a bowl of rice on the table.\n\nKagome and Inuyasha are arguing by the door, but they are not shouting.';
    const close = 'She is tired of waiting.\n\nInuyasha stands by the door.';
    const memory = `${PAST}\n\n${PAST}`;
    assert.deepEqual(found(`${frame}\n\n${memory}\n\n${close}\n`), []);
    // Without the opening frame, the present after the past is a slip.
    assert.deepEqual(found(`${memory}\n\n${close}\n`), ['is', 'stands']);
    // One present paragraph after the memory is no frame: still a slip.
    assert.deepEqual(found(`${frame}\n\n${memory}\n\nShe is tired of waiting.\n`), ['is']);
    // A slip inside the memory is still one.
    assert.deepEqual(found(`${frame}\n\n${memory}\n\nInuyasha walks to the door.\n\nThey waited for the rain to stop.\n\n${close}\n`), ['walks']);
  });
});

describe('tense-shift: past tense in a present-tense scene', () => {
  test('a participle right after a determiner qualifies its noun, no slip; the clause with a noun still is', () => {
    assert.deepEqual(found(scene('He chooses to sit down before the painted walls, and starts studying them.', PRESENT)), []);
    assert.deepEqual(found(scene('He sits down before the door opened, and starts studying them.', PRESENT)), ['opened']);
  });
  test('an action verb is reported, with the present after its subject', () => {
    const text = scene('I look at him. He sat down next to me.', PRESENT);
    assert.deepEqual(found(text), ['sat']);
    assert.equal(fixed(text), scene('I look at him. He sits down next to me.', PRESENT));
    assert.equal(fixed(scene('I walked to the well.', PRESENT)), scene('I walk to the well.', PRESENT));
  });
  test('backstory told with was, had or a time word is not', () => {
    for (const extra of [
      'He was born in the Feudal Era.',
      'I had seen him fight before.',
      'He left the village years ago.',
      'Yesterday she walked home alone.',
    ]) {
      assert.deepEqual(found(scene(extra, PRESENT)), [], extra);
    }
  });
});

describe('tense-shift stays silent on', () => {
  for (const [name, extra] of [
    ['dialogue', '"The well is a day\'s walk from here," Kaede says. "It is far."'],
    ['a general truth', "The well is a day's walk from the village."],
    ['a truth with there', 'There is a shrine on the hill above the village.'],
    ['a place', 'Tokyo is the capital of Japan, and Bryn Mawr Drive is only two miles from the shrine.'],
    ['a thought in asterisks', '*This is wrong,* she thought. *He knows.*'],
    ['a thought in single quotes', "'He is such an idiot,' she thought."],
    ['a thought tagged after a colon', 'She thought: he is never going to change.'],
    ['unmarked thought tagged in the paragraph', 'He was not going to lose, he told himself. He is stronger than that.'],
    ['a question', 'What is he doing here?'],
    ['an exclamation', 'He is such an idiot!'],
    ['a report', 'She knew that the well is far from here.'],
    ['talking to the reader', 'You know how it is with half-demons.'],
    ['a letter', 'Dear Kagome,\n\nI am well. The village is quiet and Shippo misses you.\n\nLove, Sango'],
    ['song lyrics', "I walk a lonely road\nThe only one that I have ever known\nDon't know where it goes"],
    ['a lyric in tildes', '~She walks in beauty like the night~'],
    ['a sentence with both tenses', 'He knew she is right.'],
    ['plural nouns after a name', 'Union soldiers grounded their arms. The Siamese cats are asleep.'],
  ] as const) {
    test(name, () => assert.deepEqual(found(scene(extra)), []));
  }
  test('a verb whose past is its base, and a modal before I, in a first-person past story', () => {
    const story =
      'I walked to the well. I was tired. I sat down on its edge. I waited for him. He came at noon. I stood up. He looked at me. I said nothing. We walked back together. It was late.';
    assert.deepEqual(found(`${story}\n\nI put the book down and I let him talk. No sooner would I turn away than he spoke again.\n`), []);
    assert.deepEqual(found(`${story}\n\nI walk to the door.\n`), ['walk']);
  });
  test('a first-person narrator recollecting from the present, in a past story', () => {
    const story =
      'I walked to the well. I was tired. I sat down on its edge. I waited for him. He came at noon. I stood up. He looked at me. I said nothing. We walked back together. It was late.';
    for (const verb of ['recollect', 'recall', 'reckon', 'confess']) {
      assert.deepEqual(found(`${story}\n\nBut I ${verb} that the poor man spent his time burying it.\n`), [], verb);
    }
    assert.deepEqual(found(`${story}\n\nBut I walk to the door the poor man spent his time burying.\n`), ['walk']);
  });
  test("a screenplay's stage directions in brackets are present tense by custom; the same narration is a slip", () => {
    assert.deepEqual(found(scene('[Inuyasha walks to the door. She smiles at him.]')), []);
    assert.deepEqual(found(scene('[She takes out the bow, and\nstarts to string it.\n\nInuyasha laughs.]')), []);
    // The same sentences as narration, and narration after the bracket closes, are still slips.
    assert.deepEqual(found(scene('Inuyasha walks to the door.')), ['walks']);
    assert.deepEqual(found(scene('[Inuyasha walks to the door.]\n\nShe smiles at him.')), ['smiles']);
    // Only a bracket that opens a paragraph with a capital: a note in brackets does not hide it.
    assert.deepEqual(found(scene('[sic] She takes out the bow.')), ['takes']);
  });
  test("a screenplay's speech line under a label of symbols is speech; the same line as narration is a slip", () => {
    assert.deepEqual(found(scene('+++: Baraq is now doing archaeological work in the Peach Seed Galaxy.')), []);
    assert.deepEqual(found(scene('Dax: Baraq is now doing archaeological work in the Peach Seed Galaxy.')), []);
    assert.deepEqual(found(scene('Baraq is now doing archaeological work in the Peach Seed Galaxy.')), ['is']);
    // Symbols without the colon are no label: `+++ He walks` is narration.
    assert.deepEqual(found(scene('+++ He walks to the door.')), ['walks']);
  });
  test('a flashback told in the past inside a present-tense scene', () => {
    assert.deepEqual(found(scene('Flashback:\n\nShe walked to the well. He followed her.\n\nEnd flashback', PRESENT)), []);
  });
  test('a switch of tense at a scene break', () => assert.deepEqual(found(`${PAST}\n\n* * *\n\n${PRESENT}\n`), []));
  test('a scene not clearly in one tense', () => {
    const mixed = 'She walked in. He is there. She sat down. He smiles. She looked away. He laughs.';
    assert.deepEqual(found(`${mixed}\n`), []);
    assert.deepEqual(
      readTenses(buildModel(`${mixed}\n`)).map((r) => r.tense),
      ['unknown'],
    );
  });
  test('a short scene', () => assert.deepEqual(found('She walked in. He is there.\n'), []));
  test("an author's note", () => assert.deepEqual(found(scene('A/N: This chapter is short, sorry! I am busy.')), []));
});

describe('tense-shift: a paragraph that already speaks in the present', () => {
  // Each of these was reported before the rule read the paragraph around the sentence.
  test('a truth stated with other present verbs is no slip', () => {
    // Present verbs accepted as such: `pride is`, `who has`, `person … is`, besides `he believes`.
    assert.deepEqual(found(scene('And the thing about pride is that the person who has it is never the innocent party he believes himself to be.')), []);
    // `healer is like`, `who can`: a truth, and the sentence after it generalizes with it.
    assert.deepEqual(found(scene('The true healer is like a hunter who can read a single track. She looks at a wound and she sees the whole fight.')), []);
  });
  test('a passage of description, an address or a monologue', () => {
    assert.deepEqual(found(scene("Inuyasha sits on the roof like a cat. It's his favourite place. It's where he can see the whole village.")), []);
    assert.deepEqual(found(scene("That's the way with him. All he does is sulk, and they are no better. You can do nothing with him if you try.")), []);
    assert.deepEqual(found(scene('"Got the ramen", he bellows. Then he turns back to you. You can never win with him.')), []);
  });
  test('still reports a slip beside one present verb accepted as such', () => {
    assert.deepEqual(found(scene('Inuyasha walks to the door, which is open.')), ['walks']);
    assert.deepEqual(found(scene("She falls asleep by the fire. It's late.")), ['falls']);
  });
  test('still reports a slip that names a past time, whatever the paragraph says', () => {
    const text = scene("You can tell a lot about a demon if you know how. Yesterday she walks home. It's a long way.");
    assert.deepEqual(found(text), ['walks']);
    assert.equal(fixed(text), scene("You can tell a lot about a demon if you know how. Yesterday she walked home. It's a long way."));
  });
  test('still reports a slip in a paragraph of past narration', () => {
    assert.deepEqual(found(scene('She walked to the door. Inuyasha is waiting outside. He looked up at her.')), ['is']);
  });
});

describe('tense-shift: the scene tense', () => {
  test('reads past and present scenes', () => {
    assert.deepEqual(
      readTenses(buildModel(`${PAST}\n\n* * *\n\n${PRESENT}\n`)).map((r) => r.tense),
      ['past', 'present'],
    );
  });
  const tok = (text: string): Token => analyzeParagraph(text).tokens[0];
  test('the verb in the other tense', () => {
    assert.equal(toPast({ token: tok('goes') }), 'went');
    assert.equal(toPast({ token: tok('Is') }), 'Was');
    assert.equal(toPast({ token: tok('hopes') }), 'hoped');
    assert.equal(toPast({ token: tok('visits') }), undefined);
    assert.equal(toPresent({ token: tok('was'), subject: 'i' }), 'am');
    assert.equal(toPresent({ token: tok('was'), subject: 'she' }), 'is');
    assert.equal(toPresent({ token: tok('went'), subject: 'they' }), 'go');
    assert.equal(toPresent({ token: tok('danced'), subject: 'she' }), undefined);
    assert.equal(toPresent({ token: tok('walked'), subject: 'he' }), 'walks');
    // A stem in a single `s` takes its `e` back; one in `us` may not have had one (`focused`).
    assert.equal(toPresent({ token: tok('closed'), subject: 'he' }), 'closes');
    assert.equal(toPresent({ token: tok('caused'), subject: 'it' }), 'causes');
    assert.equal(toPresent({ token: tok('focused'), subject: 'she' }), undefined);
  });
});

describe('tense-shift: verbs of one sentence in two tenses', () => {
  test('a coordinated verb in the present in a past scene', () => {
    assert.equal(fixed(scene('He moaned and pulls the hand away.')), scene('He moaned and pulled the hand away.'));
    assert.equal(fixed(scene('He looked up and grins.')), scene('He looked up and grinned.'));
  });
  test('a coordinated verb in the past in a present scene, the irregular form first', () => {
    assert.equal(fixed(scene('He finds the bag, and found the ramen in it.', PRESENT)), scene('He finds the bag, and finds the ramen in it.', PRESENT));
    assert.equal(fixed(scene('He relented and pulls out a chair.', PRESENT)), scene('He relents and pulls out a chair.', PRESENT));
  });
  test('a past spelt as its base after a name, beside a present verb before its object', () => {
    assert.deepEqual(fixes(scene('Kaede put the book back, and taps her chin.', PRESENT)), ['put→puts']);
    assert.equal(fixed(scene('Kaede set the bowl down, and wipes her hands.', PRESENT)), scene('Kaede sets the bowl down, and wipes her hands.', PRESENT));
  });
  test('stays silent on a past spelt as its base in a past scene, and after `I`', () => {
    assert.deepEqual(found(scene('He put the book back, and picked up the cup.')), []);
    assert.deepEqual(found(scene('She let him go, and turned away.')), []);
    assert.deepEqual(found(scene('I put the book down and look at him.', PRESENT)), []);
  });
  test('stays silent on lists, adjectives and clauses of another time', () => {
    assert.deepEqual(found(scene('He packed a needle, thread, and scissors.')), []);
    assert.deepEqual(found(scene('She passed the cars and trucks.')), []);
    assert.deepEqual(found(scene('She looks tired and confused.', PRESENT)), []);
    assert.deepEqual(found(scene('She finds the one thing she needed and smiles.', PRESENT)), []);
    assert.deepEqual(found(scene('He smiles when he closes the door.', PRESENT)), []);
    assert.deepEqual(found(scene('He turned and walked out.')), []);
  });
});

describe('tense-shift: a sentence against its paragraph, in a scene of no clear tense', () => {
  // Half past, half present: no scene tense.
  const MIXED = [
    'Kagome climbed out of the well. She walked to the village. He followed her.',
    'Kaede waits by the fire. She smiles at them. He sits down.',
  ].join('\n\n');
  test('a past sentence among present ones is a hint, fixed to the present', () => {
    const text = `${MIXED}\n\nShe opens the bag. He takes the ramen. She sighed and looked away.\n`;
    const f = findings(text).filter((x) => x.message.startsWith('`sighed`'));
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'information');
    assert.deepEqual(f[0].suggestions, ['sighs']);
  });
  test('a sentence that names a past time decides by itself: its present verb is a hint, fixed to the past', () => {
    const text = `${MIXED}\n\nYesterday she walks home and made dinner.\n`;
    const f = findings(text);
    assert.deepEqual(
      f.map((x) => `${text.slice(x.range.start, x.range.end)}:${x.severity}→${x.suggestions[0]}`),
      ['walks:information→walked'],
    );
    assert.deepEqual(found(`${MIXED}\n\nYesterday she walked home and made dinner.\n`), []);
    // …named before its first verb: a past time of another clause is no sentence's.
    assert.deepEqual(found(`${MIXED}\n\nShe smiles at him, and remembered the day two years ago.\n`), []);
  });
  test('stays silent on a state verb (`knew`)', () => {
    assert.deepEqual(found(`${MIXED}\n\nShe opens the bag. He takes the ramen. She knew the way.\n`), []);
  });
});
