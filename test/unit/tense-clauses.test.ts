import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleHelpers } from '../support/rule-helpers';
import { PAST_SCENE } from '../support/tense-scenes';

const { fixes, found, foundWithSeverity } = ruleHelpers('tense-shift');

// A scene told in the present, third person: ten narration sentences about Kagome and Inuyasha.
const PRESENT = [
  'Kagome climbs out of the well and looks around. The forest is quiet.',
  'She walks to the village. Inuyasha follows her, his hands in his sleeves. He says nothing.',
  'They reach the hut before noon. Kaede is waiting by the fire. She smiles at them.',
  'Kagome sits down and opens her bag. She takes out the ramen and hands it to Inuyasha.',
  'He eats it in silence. Shippo watches them from the doorway. Nobody speaks for a long time.',
].join('\n\n');
// The same scene told in the past.
const PAST = PAST_SCENE;

const scene = (extra: string, base = PRESENT) => `${base}\n\n${extra}\n`;

describe('tense-shift: a temporal clause in the other tense than its main clause', () => {
  test('reports the past verb after a present main clause, fixed to the present', () => {
    assert.deepEqual(fixes(scene('He waits until everyone was in the room before reaching for the chest.')), ['was→is']);
    assert.deepEqual(fixes(scene('She readies her bow as the sword skill took effect.')), ['took→takes']);
    assert.deepEqual(fixes(scene('He walks into the inn, only to be confronted by Kagome when he closed the door.')), ['closed→closes']);
    assert.deepEqual(fixes(scene('He says nothing while the monsters were attacking.')), ['were→are']);
    assert.deepEqual(fixes(scene('He winces when he was hit.')), ['was→is']);
    assert.deepEqual(fixes(scene('She leaves as soon as he stopped talking.')), ['stopped→stops']);
  });
  test('reports every clause joined to it by `and`', () => {
    assert.deepEqual(fixes(scene('Inuyasha grabs two crystals, now that the red light was off and the door to the room was open again.')), [
      'was→is',
      'was→is',
    ]);
  });
  test('a warning in a passage of clear tense', () => {
    assert.deepEqual(foundWithSeverity(scene('He waits until everyone was in the room.')), ['was:warning']);
  });
  test('the mirror: a present verb after a past main clause in a past scene', () => {
    assert.deepEqual(fixes(scene('He waited until she is ready.', PAST)), ['is→was']);
    assert.deepEqual(fixes(scene('He waited until the attendant is busy with a customer.', PAST)), ['is→was']);
    // After a noun, a present verb in past narration is as often a truth.
    assert.deepEqual(found(scene('He walked on, and the road is long.', PAST)), []);
  });
  test('stays silent on clauses in the same tense, and in a past scene on past ones', () => {
    assert.deepEqual(found(scene('He waits until everyone is in the room before reaching for the chest.')), []);
    assert.deepEqual(found(scene('He smiles when he closes the door.')), []);
    assert.deepEqual(found(scene('He waited until everyone was in the room.', PAST)), []);
  });
  test('stays silent on a clause that tells a time of its own', () => {
    // A main clause that remembers, knows or thinks.
    assert.deepEqual(found(scene('She remembers when she was little.')), []);
    assert.deepEqual(found(scene('He knows that she was there when it happened.')), []);
    assert.deepEqual(found(scene('She thinks about the night when the demon was killed.')), []);
    // Perfect forms, `used to`, a past time.
    assert.deepEqual(found(scene('He has waited for her since she was a child.')), []);
    assert.deepEqual(found(scene('She sighs, as she used to when she was small.')), []);
    assert.deepEqual(found(scene('He smiles as he had smiled when they first met.')), []);
    assert.deepEqual(found(scene('She still wears it, as she did years ago.')), []);
    // `when` after a time noun or `than`, `as` of a comparison or a manner.
    assert.deepEqual(found(scene('He is stronger now than when he was a boy.')), []);
    assert.deepEqual(found(scene('She is as tired as she was before.')), []);
    assert.deepEqual(found(scene('He looks at her as if he was afraid.')), []);
    // `as` + a passive: the manner of something done before.
    assert.deepEqual(found(scene('She moves as she was taught.')), []);
    assert.deepEqual(found(scene('He does as he was told.')), []);
    assert.deepEqual(found(scene('She looks at the photo from when she was a child.')), []);
    // A clause of a verb in the past between: a relative clause's, not the main clause's.
    assert.deepEqual(found(scene('She holds the book he gave her when she was ten.')), []);
    assert.deepEqual(found(scene('She wears the dress her mother wore when she was sixteen.')), []);
    // A clause inside the subject's noun phrase.
    assert.deepEqual(found(scene('She winces as the memory of how he was hurt comes back.')), []);
  });
  test('stays silent on dialogue', () => {
    assert.deepEqual(found(scene('"He waits until everyone was in the room," she says.')), []);
  });
});

describe('tense-shift: a coordinated clause of its own subject', () => {
  test('reports `, but it was` after a present main clause', () => {
    assert.deepEqual(fixes(scene('Inuyasha shouts, but it was too late.')), ['was→is']);
  });
  test('reports each past clause after `, but` and `, and`', () => {
    assert.deepEqual(fixes(scene('Inuyasha answers, but Kagome still gave him a glare, and he relented.')), ['gave→gives', 'relented→relents']);
  });
  test('stays silent on a clause in the same tense or with a time of its own', () => {
    assert.deepEqual(found(scene('Inuyasha shouts, but it is too late.')), []);
    assert.deepEqual(found(scene('Inuyasha nods, but he had known it all along.')), []);
    assert.deepEqual(found(scene('Inuyasha nods, and it was years ago now.')), []);
    assert.deepEqual(found(scene('She passed the cars, and Louisiana politics came up.', PAST)), []);
  });
});

describe('tense-shift: a cleft whose copula and verb disagree', () => {
  test('reports the copula, fixed to the tense of the verb', () => {
    assert.deepEqual(fixes(scene("It was Inuyasha who answers Kaede's question.")), ['was→is']);
  });
  test('stays silent on a relative clause that states what holds', () => {
    assert.deepEqual(found(scene('It was the kind of frame that is only put around the photograph of a dead man.', PAST)), []);
    assert.deepEqual(found(scene("It is Inuyasha who answers Kaede's question.")), []);
  });
});

describe('tense-shift: a coordinated verb against the sentences before it', () => {
  // The paragraph turns to the past for three sentences, the next is in the present; the scene is mixed.
  const MIXED = [
    PRESENT,
    PAST,
    'She waits by the fire. She smiles at him. He tried to reach her. She turned away. He watched her go. He slashed out at the demons that were swarming him, then rushes over to her.',
    'She looks up. She nods. He sits down.',
  ].join('\n\n');
  test('reports the coordinated verb in the tense the paragraph has turned to, as a hint', () => {
    assert.deepEqual(foundWithSeverity(`${MIXED}\n`), ['rushes:information']);
    assert.deepEqual(fixes(`${MIXED}\n`), ['rushes→rushed']);
  });
});

describe('tense-shift: a bound clause in a scene of no clear tense', () => {
  // Half past, half present: no scene tense, and no paragraph around the sentence.
  const MIXED = [
    'Kagome climbed out of the well. She walked to the village. He followed her.',
    'Kaede waits by the fire. She smiles at them. He sits down.',
  ].join('\n\n');
  test('the sentence decides by its own action verbs, as a hint', () => {
    const text = `${MIXED}\n\nShe grabs two crystals, now that the light was off, and shouts.\n`;
    assert.deepEqual(foundWithSeverity(text), ['was:information']);
    assert.deepEqual(fixes(text), ['was→is']);
  });
  test('stays silent when the clause agrees with its main clause', () => {
    assert.deepEqual(found(`${MIXED}\n\nShe grabbed two crystals, now that the light was off, and shouted.\n`), []);
  });
});

describe('tense-shift: a verb in -s after a noun of the story in a temporal clause', () => {
  test('reports it in a past scene, fixed to the past', () => {
    assert.deepEqual(fixes(scene('He waited as the rain washes over the roof.', PAST)), ['washes→washed']);
  });
  test('stays silent on a truth about anyone, and on the past', () => {
    assert.deepEqual(found(scene('He watched the clerk as a man measures an adversary.', PAST)), []);
    assert.deepEqual(found(scene('He waited as the rain washed over the roof.', PAST)), []);
  });
});
