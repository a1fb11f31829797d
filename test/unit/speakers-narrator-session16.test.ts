import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/core';
import { addressee, indexCharacters } from '../../src/core/dialogue/cast';
import { attributeSpeakers } from '../../src/core/dialogue/speakers';

/** Each quotation's speaker, with the story's inferred names given. */
function who(text: string, names: string[]): Array<string | null> {
  return attributeSpeakers(buildModel(text), { names }).map((q) => q.speaker);
}

// A first-person story whose narrator the other calls Mary.
const OPENING =
  'Renko waited by the door. I put my book away and looked at her.\n\n' +
  '"Are you coming, Mary?" Renko asked.\n\n' +
  '"In a minute," I said.\n\n' +
  '"Hurry up, Mary," Renko said.\n\n';

describe('speaker attribution, session 16: a first-person narrator talks with the one person the narration meets', () => {
  it('alternates an exchange the narrator opens in a new scene with the one other person the narration names', () => {
    const text =
      OPENING +
      '* * *\n\n' +
      'The next morning Renko knocked on my door. I let her in.\n\n' +
      '"You are early," I said.\n\n' +
      '"The train leaves at nine."\n\n' +
      '"Then I will hurry."\n';
    assert.deepEqual(who(text, ['Renko', 'Mary']), ['Renko', 'Mary', 'Renko', 'Mary', 'Renko', 'Mary']);
  });

  it('leaves such an exchange unknown when a third person has talked in the scene', () => {
    const text =
      OPENING +
      '* * *\n\n' +
      '"Good morning," Sachi said.\n\n' +
      'The next morning Renko knocked on my door. I let her in.\n\n' +
      '"You are early," I said.\n\n' +
      '"The train leaves at nine."\n\n' +
      '"Then I will hurry."\n';
    assert.deepEqual(who(text, ['Renko', 'Mary', 'Sachi']), ['Renko', 'Mary', 'Renko', 'Sachi', 'Mary', null, null]);
  });

  it('leaves such an exchange unknown when the narration before it names two others', () => {
    const text =
      OPENING +
      '* * *\n\n' +
      'The next morning Renko knocked on my door with Sachi. I let them in.\n\n' +
      '"You are early," I said.\n\n' +
      '"The train leaves at nine."\n\n' +
      '"Then I will hurry."\n';
    assert.deepEqual(who(text, ['Renko', 'Mary', 'Sachi']), ['Renko', 'Mary', 'Renko', 'Mary', null, null]);
  });
});

// A first-person story whose narrator Hans calls Jorge; the next scene is Jorge's with Pa.
const HANS =
  '"Come here, Jorge," Hans said.\n\n"What is it?" I asked.\n\n"Go and wake your pa, Jorge," Hans said.\n\n"All right," I said.\n\n* * *\n\n' +
  'I climbed the stairs to the end of the hall. Pa was on his side, looking at me, his eyes winking.\n\n' +
  '"Get the hell out of here."\n\n';
const PA_AND_JORGE =
  '"Get the hell out of here."\n\n' +
  '"Hans sent me. He told me to wake you."\n\n' +
  '"A fat hell on Hans."\n\n' +
  '"He found the kid by the crib."\n\n' +
  '"Get the hell out."\n\n' +
  'Pa pulled at the covers. He was tasting his mouth.\n\n' +
  '"The kid is frozen. Hans is rubbing him with snow."\n\n' +
  '"The kid?"\n\n' +
  '"No, Pa. It is the kid."\n';

describe('speaker attribution, session 16: a first-person narrator who keeps silent', () => {
  it('keeps the turn after "I did not say anything" with the one the narration gave it, and alternates from it', () => {
    const text = HANS + 'I did not say anything, trying to get my throat clear, but I watched him. He was bitter when he missed.\n\n' + PA_AND_JORGE;
    assert.deepEqual(who(text, ['Pa', 'Jorge', 'Hans']), ['Hans', 'Jorge', 'Hans', 'Jorge', 'Pa', 'Pa', 'Jorge', 'Pa', 'Jorge', 'Pa', 'Jorge', 'Pa', 'Jorge']);
  });

  it('still lets the alternation outweigh that guess when the narration does not say the narrator kept silent', () => {
    const text = HANS + 'I coughed, trying to get my throat clear, and I watched him. He was bitter when he missed.\n\n' + PA_AND_JORGE;
    assert.deepEqual(who(text, ['Pa', 'Jorge', 'Hans']).slice(5, 10), ['Jorge', null, null, null, null]);
  });
});

describe('speaker attribution, session 16: a name that opens a quote before its "I" or "you" calls someone', () => {
  const MEAL =
    'Renko waited by the door. I put my book away and looked at her.\n\n"Are you coming, Mary?" Renko asked.\n\n"In a minute," I said.\n\n"Hurry up, Mary," Renko said.\n\n* * *\n\n' +
    'Sachi and Renko sat at the table with me.\n\n' +
    '"Pass me the salt," Sachi said.\n\n' +
    '"Here," Renko said.\n\n' +
    '"It needs more pepper," Sachi said.\n\n';

  it('gives the answer to one the narrator calls without a comma', () => {
    const text = MEAL + 'I put down my fork and asked, "Renko I was wondering, how long will you stay here?"\n\n"Until the end of the summer."\n';
    assert.equal(who(text, ['Renko', 'Mary', 'Sachi']).at(-1), 'Renko');
  });

  /** Whom the paragraph's first quote addresses, the narration naming `narrated`. */
  function calls(text: string, names: string[], narrated: string[]): string | undefined {
    const [p] = buildModel(text).paragraphs;
    const r = p.analysis.regions.find((x) => x.kind === 'dialogue')!;
    const index = indexCharacters({ names });
    index.narrated = new Set(narrated);
    return addressee(p, { start: p.start + r.start, end: p.start + r.end }, index);
  }

  it('reads the name as a call only when the narration names that character', () => {
    assert.equal(calls('"Renko I was wondering, how long will you stay?" I asked.\n', ['Renko', 'Kyoto'], ['Renko']), 'Renko');
    assert.equal(calls('"Kyoto I loved best of all the cities," I said.\n', ['Renko', 'Kyoto'], ['Renko']), undefined);
    assert.equal(calls('"Renko is late again," I said.\n', ['Renko'], ['Renko']), undefined);
  });
});

describe('speaker attribution, session 16: the ones a turn calls in', () => {
  it('keeps the gap before a turn that calls others in with the two who talked before it', () => {
    const text =
      'Tanya and Rimuru stood at the gate of the village.\n\n' +
      '"Try not to cause any damage," Tanya said.\n\n' +
      '"Why would I do that?" Rimuru rebutted.\n\n' +
      '"Your skills are destructive, so be careful."\n\n' +
      'Rimuru sighed, "Right. Rigurd, Rigur, help Tanya with the evacuation!"\n\n' +
      '"But..." Rigurd tried to object.\n\n' +
      '"That is an order."\n';
    assert.deepEqual(who(text, ['Tanya', 'Rimuru', 'Rigurd', 'Rigur']), ['Tanya', 'Rimuru', 'Tanya', 'Rimuru', 'Rigurd', 'Rimuru']);
  });
});

describe('speaker attribution, session 16: the narrator is only presumed the other side', () => {
  it('gives a gap between two turns of the same speaker to the one who talked with them, not to the narrator presumed', () => {
    const text =
      'Rimuru looked up at me from the grass.\n\n"Are you ready, Tanya?" Rimuru asked.\n\n"Almost," I said.\n\n"Hurry, Tanya," Rimuru said.\n\n"Fine," I said.\n\n' +
      'Rimuru sighed, "Right. Rigurd, Rigur, help Tanya with the evacuation!"\n\n' +
      '"But..." Rigurd tried to object.\n\n' +
      '"That is an order."\n\n' +
      '"Yes sir, as you wish," Rigurd replied.\n';
    assert.deepEqual(who(text, ['Tanya', 'Rimuru', 'Rigurd', 'Rigur']).slice(4), ['Rimuru', 'Rigurd', 'Rimuru', 'Rigurd']);
  });
});
