import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze, buildModel } from '../../src/core';
import { narratorName, readScenes } from '../../src/core/rules/pov-shift';
import { ruleHelpers } from '../support/rule-helpers';

const RULE = 'pov-shift';

const { found } = ruleHelpers(RULE);

function persons(text: string): string[] {
  return readScenes(buildModel(text)).map((r) => r.person);
}

// A third-person scene: several sentences about Harry before anything else.
const HALL = `Harry walked into the Great Hall. He looked around for Ron and Hermione, but they were nowhere to be seen. He sat down at the Gryffindor table and pulled a plate towards him. His stomach growled.`;
const GINNY = `Ginny sat down next to him. "Morning," she said. He smiled at her and reached for the pumpkin juice.`;

describe('pov-shift: first person in a third-person scene', () => {
  test('reports each first-person sentence of the narration', () => {
    const text = `${HALL}\n\nI grabbed a piece of toast and ate it slowly. My hands were still shaking from the night before.\n\n${GINNY}\n`;
    assert.deepEqual(found(text), ['I grabbed a piece of toast and ate it slowly.', 'My hands were still shaking from the night before.']);
    const [f] = analyze(text).filter((x) => x.rule === RULE);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /`I` in the narration of a scene told in the third person/);
    assert.deepEqual(f.suggestions, []);
  });
  test('a slip inside a paragraph with dialogue', () => {
    const text = `${HALL}\n\n"Have you seen Ron?" Neville asked. I shook my head and looked away.\n\n${GINNY}\n`;
    assert.deepEqual(found(text), ['I shook my head and looked away.']);
  });
  test('a lowercase "i"', () => {
    const text = `${HALL}\n\ni grabbed a piece of toast and ate it slowly.\n\n${GINNY}\n`;
    assert.deepEqual(found(text), ['i grabbed a piece of toast and ate it slowly.']);
  });
  test('after a letter has signed off', () => {
    const text = `${HALL}\n\nDear Harry,\n\nI miss you. I went to Diagon Alley and bought you a present.\n\nLove, Ginny\n\nHe folded the letter. I grabbed a piece of toast and ate it.\n\n${GINNY}\n`;
    assert.deepEqual(found(text), ['I grabbed a piece of toast and ate it.']);
  });
  test('the scene is third-person', () => {
    assert.deepEqual(persons(`${HALL}\n\nI grabbed a piece of toast.\n\n${GINNY}\n`), ['third']);
  });
  test('"the thought of" with no verb of its own is no tag: first-person narration still', () => {
    const text = `${HALL}\n\nI walked to the door, the thought of Ginny still heavy.\n\n${GINNY}\n`;
    assert.deepEqual(found(text), ['I walked to the door, the thought of Ginny still heavy.']);
  });
});

describe('pov-shift: a named first-person narrator told in the third person', () => {
  const scene = (slip: string) =>
    `**Hermione's POV**\n\nI sat by the window of the Burrow's kitchen and watched the rain. My tea had gone cold between my hands. Ron came in and sat down beside me. He didn't say anything.\n\n${slip}\n\nI folded the letter and put it away.\n`;
  test('reports the narrator with a mind of her own', () => {
    const text = scene('Hermione felt her heart race as he took her hand.');
    assert.deepEqual(found(text), ['Hermione felt her heart race as he took her hand.']);
    assert.deepEqual(persons(text), ['first']);
    assert.match(analyze(text).find((f) => f.rule === RULE)!.message, /the narrator, Hermione, told in the third person/);
  });
  test("and the narrator's heart", () => assert.deepEqual(found(scene("Hermione's heart skipped a beat.")), ["Hermione's heart skipped a beat."]));
  test('not other characters', () => assert.deepEqual(found(scene('Ron felt her shiver and pulled her closer.')), []));
  test('not the narrator named in dialogue', () => assert.deepEqual(found(scene('"Hermione felt it too," Ron said quietly.')), []));
  test('narrator names from headers', () => {
    const name = (header: string) => {
      const model = buildModel(`${header}\n\nI sat down.\n`);
      return narratorName(model, model.scenes[0]);
    };
    assert.equal(name("**Hermione's POV**"), 'Hermione');
    assert.equal(name('Draco POV'), 'Draco');
    assert.equal(name('**1 week later Draco POV**'), 'Draco');
    assert.equal(name('~Sakura~'), 'Sakura');
    assert.equal(name('~Three years later~'), undefined);
  });
});

describe('pov-shift: every scene has its own person', () => {
  test('a switch at a POV header or a scene break is intended', () => {
    const text = `${HALL}\n\n${GINNY}\n\n**Ginny's POV**\n\nI watched him eat. I had waited all morning to tell him, and now my courage was gone. He looked tired. I poured myself some tea.\n\n* * *\n\n${HALL}\n`;
    assert.deepEqual(found(text), []);
    assert.deepEqual(persons(text), ['third', 'first', 'third']);
  });
  const FIRST = 'I watched him eat. I had waited all morning to tell him, and now my courage was gone. He looked tired. I poured myself some tea.';
  for (const [name, header] of [
    ['a POV header alone in its paragraph', "Ginny's POV\n\n"],
    ['a name between symbols', '~*~ Ginny ~*~\n\n'],
    ['a name between symbols above the first line', '~*~ Ginny ~*~\n'],
    ['a time skip with a POV', '**1 week later Ginny POV**\n\n'],
    ['a POV header that opens the paragraph', "Ginny's POV: "],
    ['a POV header in brackets that opens the paragraph', "(Ginny's POV) "],
    ['a POV in words', "Ginny's point of view\n\n"],
  ] as const) {
    test(`a switch at ${name} is intended`, () => {
      const text = `${HALL}\n\n${GINNY}\n\n${header}${FIRST}\n`;
      assert.deepEqual(found(text), []);
      assert.deepEqual(persons(text), ['third', 'first']);
    });
  }
  test('without the header the same switch is a slip', () => {
    const text = `${HALL}\n\n${GINNY}\n\n${FIRST}\n`;
    assert.ok(found(text).length > 0);
  });
  test('a paragraph that mentions a POV is no header', () => {
    const text = `${HALL}\n\n${GINNY}\n\nHis POV shots were blurry. ${FIRST}\n`;
    assert.deepEqual(persons(text), ['third']);
  });
});

describe('pov-shift stays silent on', () => {
  const third = (middle: string) => `${HALL}\n\n${middle}\n\n${GINNY}\n`;
  for (const [name, middle] of [
    ['unmarked thought in the present tense', "What am I going to do now? I can't keep lying to them. He sighed."],
    ['unmarked thought with its tag', 'I should have stayed in bed, he thought.'],
    ['unmarked thought after a tag', 'He was thinking, big deal: no better off than when I started.'],
    ['unmarked speech with its tag', 'I told you so, Hermione said later.'],
    // From a published fan fiction (HPMOR, chapter 7).
    ['unmarked thought whose noun is its tag', 'It’s like she’s afraid she’ll never see me again, the thought popped into Harry’s head.'],
    ['a question', 'Why had I ever agreed to this?'],
    ['an exclamation', 'Merlin, I was such an idiot!'],
    ['thoughts in single quotes', "'I hate Mondays,' he thought. 'I really do.'"],
    ['emphasis', '*I knew it,* he thought. *I knew it all along.*'],
    ['dialogue', '"I went to the library," Hermione said. "I was looking for you."'],
    ['a speech that runs over several paragraphs', '"I went to the library first.\n\n"Then I looked in the common room," Hermione said.'],
    ['speech set off by dashes', '--I was there, Neville insisted. I saw it all.'],
    ['a letter', 'Dear Harry,\n\nI went to Diagon Alley yesterday and I bought you a present. I hope you like it.\n\nLove, Ginny'],
    ['song lyrics', "I walked a lonely road\nThe only one that I have ever known\nDon't know where it goes"],
    ['a lyric in tildes', '~I wished upon a star and my wish came true~'],
    ['a letter in one paragraph', 'Dear Harry, I went to Diagon Alley yesterday and I bought you a present.\nLove,\nGinny'],
    ['numerals and exclamations', 'He had read about World War I in Muggle Studies. Oh my, he was tired. My God, the food was good.'],
    ['the noun "mine"', 'He thought of the abandoned mine and the mine fields beyond it.'],
    ["an author's note", '(A/N: I know, I know. I was late with this chapter.)'],
  ] as const) {
    test(name, () => assert.deepEqual(found(third(middle)), []));
  }
  test('a first-person narrator talking about other people', () => {
    const text = `I walked into the room. He was sitting by the fire, and he looked up when he heard the door. His eyes were tired. He had not slept, I guessed. She came in after me and he turned away from us both.\n\nI sat down across from him. He said nothing for a long time. His hands were shaking. I waited.\n`;
    assert.deepEqual(found(text), []);
    assert.deepEqual(persons(text), ['first']);
  });
  test('a first-person scene with a third-person sentence about someone else', () => {
    const text = `**Ron's POV**\n\nI found her an hour later, still at the window. I didn't say anything at first. I just sat down beside her.\n\nShe felt cold. Harry remembered the letter, I think.\n`;
    assert.deepEqual(found(text), []);
  });
  test('a third-person header scene (POV headers do not make a scene first-person)', () => {
    const text = `**Hermione's POV**\n\nThe rain had not stopped for three days. Hermione sat by the window, and she watched the garden drown. She didn't want to lose the quiet. It was the only thing the war hadn't taken from her.\n\nHermione felt her heart race.\n`;
    assert.deepEqual(found(text), []);
    assert.deepEqual(persons(text), ['third']);
  });
});
