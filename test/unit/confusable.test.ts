import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CONFUSABLES } from '../../src/core/data/confusables';
import { compilePattern } from '../../src/core/rules/confusable';
import { loadBrownFiction } from '../support/brown';
import { BROWN_SNAPSHOT, brownFindings, loadFixture, renderBrownSnapshot, score } from '../support/confusable';
import { ruleHelpers } from '../support/rule-helpers';

const { findings, fixedConfident: fixed } = ruleHelpers('confusable');

/** The flagged text and its first suggestion: "loose→lose". */
function found(text: string): string[] {
  return findings(text).map((f) => `${text.slice(f.range.start, f.range.end)}→${f.suggestions[0]}`);
}

describe('confusable table', () => {
  test('has at least 300 entries, one per wrong form', () => {
    assert.ok(CONFUSABLES.length >= 300, `${CONFUSABLES.length} entries`);
    assert.equal(new Set(CONFUSABLES.map((e) => e.wrong)).size, CONFUSABLES.length);
  });
  test('every pattern compiles', () => {
    for (const e of CONFUSABLES) {
      const patterns = [...(e.unless ?? []), ...e.fixes.flatMap((f) => [...(f.sure ?? []), ...(f.maybe ?? [])])];
      for (const p of patterns) assert.doesNotThrow(() => compilePattern(p), `${e.wrong}: ${p}`);
    }
  });
  test('every entry explains itself, naming the wrong form', () => {
    for (const e of CONFUSABLES) {
      for (const f of e.fixes) assert.match(f.explain ?? e.explain, new RegExp(`\`${e.wrong.split(' ')[0]}`, 'i'), e.wrong);
    }
  });
});

describe('confusable reports homophones', () => {
  test('"loose" for "lose", with the message and a confident fix', () => {
    const [f] = findings("I don't want to loose you.");
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '`loose` means not tight; to stop having something is `lose`.');
    assert.deepEqual(f.suggestions, ['lose']);
    assert.equal(f.confident, true);
  });
  test('"lose" for "loose"', () => assert.deepEqual(found('The dog broke lose and ran.'), ['lose→loose']));
  test('"then" after a comparative', () => assert.deepEqual(found('Ron was taller then his brothers.'), ['then→than']));
  test('"than" for "then"', () => assert.deepEqual(found('She laughed, and than she kissed him.'), ['than→then']));
  test('"there" before a noun', () => assert.deepEqual(found('The Weasleys waved there wands.'), ['there→their']));
  test('"their" before "is"', () => assert.deepEqual(found('Their is no way out.'), ['Their→There']));
  test('"peak" and "peaked"', () => {
    assert.deepEqual(found('She took a peak at the map.'), ['peak→peek']);
    assert.deepEqual(found('That peaked his interest.'), ['peaked→piqued']);
  });
  test('"to" for "too" before "much" or "many" after a verb of having, not after one that takes "to"', () => {
    assert.deepEqual(found('I ate to much cake.'), ['to→too']);
    assert.deepEqual(found('There were to many people in the hall.'), ['to→too']);
    assert.deepEqual(found('She spoke to many people at the party.'), []);
    assert.deepEqual(found('He wrote to many friends that year.'), []);
  });
  test('"site" for "sight"', () => assert.deepEqual(found('The castle was out of site now.'), ['site→sight']));
  test('"breath" and "breathe"', () => {
    assert.deepEqual(found('"I can\'t breath!"'), ['breath→breathe']);
    assert.deepEqual(found('She took a deep breathe.'), ['breathe→breath']);
  });
  test('"affect" and "effect"', () => {
    assert.deepEqual(found('The spell had no affect on him.'), ['affect→effect']);
    assert.deepEqual(found("The news didn't effect him."), ['effect→affect']);
    // An adverb between the modal and the verb: still the verb (real fan fiction).
    assert.deepEqual(found('It could only affect a single player.'), []);
    assert.deepEqual(found('It had only a small affect on him.'), ['affect→effect']);
  });
  test("in an author's note too: it is the author's own prose", () => {
    assert.deepEqual(found("(A/N: I don't want to loose any readers, so here's a sneak peak!)"), ['loose→lose', 'sneak peak→sneak peek']);
  });
});

describe('confusable reports apostrophes', () => {
  test('"your" for "you\'re", case kept', () => assert.deepEqual(found('"Your welcome," she said.'), ["Your→You're"]));
  test('"its" for "it\'s"', () => assert.deepEqual(found('"Its a trap!"'), ["Its→It's"]));
  test('"it\'s" for "its"', () => assert.deepEqual(found("The dragon spread it's wings."), ["it's→its"]));
  test('"its" before a name that ends the clause, after a verb of thinking', () => {
    assert.deepEqual(found('I hope its Harry.'), ["its→it's"]);
    assert.deepEqual(found('She thinks its New York.'), ["its→it's"]);
    // What it owns may be capitalized: a title, not a name it is.
    assert.deepEqual(found('The castle lost its Headmaster.'), []);
    assert.deepEqual(found('I know its Latin name.'), []);
  });
  test('"lets" for "let\'s"', () => assert.deepEqual(found('"Lets go home."'), ["Lets→Let's"]));
  test('"whose" for "who\'s"', () => assert.deepEqual(found('"Whose there?"'), ["Whose→Who's"]));
  test('"who\'s" for "whose"', () => assert.deepEqual(found('"Who\'s idea was this?"'), ["Who's→Whose"]));
  test('"wont" and "cant"', () => assert.deepEqual(found('I cant stay and he wont listen.'), ["cant→can't", "wont→won't"]));
  test('a capitalized "Ill" inside a sentence (the pronoun is always capitalized)', () => {
    assert.deepEqual(found('I promise Ill be back.'), ["Ill→I'll"]);
  });
  test('"your\'s" for "yours"', () => assert.deepEqual(found("Is this your's?"), ["your's→yours"]));
});

describe('confusable reports split and joined compounds', () => {
  test('"some one" as one range', () => {
    const text = '"Some one is coming!"';
    const [f] = findings(text);
    assert.equal(text.slice(f.range.start, f.range.end), 'Some one');
    assert.deepEqual(f.suggestions, ['Someone']);
  });
  test('"alot", "infront", "eachother"', () => {
    assert.deepEqual(found('Thanks alot. They sat infront of eachother.'), ['alot→a lot', 'infront→in front', 'eachother→each other']);
  });
  test('"everyday" where "every day" is meant', () => assert.deepEqual(found('She went running everyday.'), ['everyday→every day']));
  test('"an every day" where "everyday" is meant', () => assert.deepEqual(found("It's not an every day thing."), ['every day→everyday']));
  test('"any more" where "anymore" is meant, as a hint', () => {
    const [f] = findings('"He doesn\'t live here any more."');
    assert.deepEqual(f.suggestions, ['anymore']);
    assert.equal(f.confident, undefined);
    // Standard British English, and common American: a usage note, not a warning.
    assert.equal(f.severity, 'information');
  });
  test('"anymore" where "any more" is meant stays a warning', () => {
    const [f] = findings('There were not anymore apples.');
    assert.deepEqual(f.suggestions, ['any more']);
    assert.equal(f.severity, 'warning');
  });
  test('"yea" for "yeah" in today\'s words, not the old "yes"', () => {
    assert.deepEqual(found('"Then, yea. I would say you have a crush on her."'), ['yea→yeah']);
    assert.deepEqual(found('"Yea, I\'m pretty sure he just tolerates us."'), ['Yea→Yeah']);
    assert.deepEqual(found('"Yea, though I walk through the valley," he read. The vote was yea or nay. Yea, verily, it was so.'), []);
  });
  test('"that\'s" before a subject and its verb is "that"; not before a contraction written for a possessive', () => {
    assert.deepEqual(found("She would tell them that's she's survived worse."), ["that's→that"]);
    assert.deepEqual(found("That's what she's doing."), []);
    assert.deepEqual(found("Don't ask me, that's you're own problem."), ["you're→your"]);
  });
  test('"him self"', () => assert.deepEqual(found('He hated him self for it.'), ['him self→himself']));
  test('"near by" before a noun; the older adverb at a clause end is left alone', () => {
    assert.deepEqual(found('They stopped at a near by inn.'), ['near by→nearby']);
    assert.deepEqual(found('There were villages like Hogsmeade near by; but nobody came.'), []);
  });
  test('"up stairs" as the adverb, not the stairs coordinated with something else', () => {
    assert.deepEqual(found('She ran up stairs to her room.'), ['up stairs→upstairs']);
    assert.deepEqual(found('She ran up stairs.'), ['up stairs→upstairs']);
    assert.deepEqual(found('"I went up stairs and did the bath," she said.'), []);
  });
  test('"in awhile" after a verb is its particle', () => {
    assert.deepEqual(found('"I\'ll be there in awhile."'), ['awhile→a while']);
    assert.deepEqual(found('"I want this to sink in awhile."'), []);
  });
});

describe('confusable reports the wrong form of a verb', () => {
  test('"could of", both words in one range', () => {
    const text = '"We could of died!"';
    const [f] = findings(text);
    assert.equal(text.slice(f.range.start, f.range.end), 'could of');
    assert.deepEqual(f.suggestions, ['could have']);
    assert.equal(f.confident, true);
  });
  test('"suppose to" and "use to"', () => {
    assert.deepEqual(found("I'm suppose to be in class. We use to play here."), ['suppose to→supposed to', 'use to→used to']);
  });
  test('"had went": confident in narration, a hint in dialogue (it may be the voice)', () => {
    assert.equal(findings('He had went home.')[0].confident, true);
    const [f] = findings('"I had went home," Hagrid said.');
    assert.deepEqual(f.suggestions, ['gone']);
    assert.equal(f.confident, undefined);
  });
});

describe('confusable reports an adverb that lost its -ly', () => {
  test('after a speech verb', () => {
    assert.deepEqual(found('"Go away," she said quiet.'), ['quiet→quietly']);
    assert.deepEqual(found('"Please," he whispered desperate to her.'), ['desperate→desperately']);
  });
  test('the message names both forms', () => {
    assert.equal(findings('"Hi," he said shy.')[0].message, '`shy` describes a person or thing; the way something is said is `shyly`.');
  });
});

describe('confusable reports set phrases', () => {
  test('"for all intensive purposes", "free reign", "baited breath"', () => {
    assert.deepEqual(found('For all intensive purposes he had free reign. We waited with baited breath.'), [
      'intensive purposes→intents and purposes',
      'free reign→free rein',
      'baited→bated',
    ]);
  });
});

describe('confusable stays silent on', () => {
  for (const text of [
    // Right words in the contexts the patterns read.
    '"Don\'t lose your head," she said, tying the loose end of the rope.',
    'She was younger then, and wiser than she knew.',
    "The dragon spread its wings; it's a beautiful beast.",
    '"You\'re right about your brother."',
    "There, in their garden, they're safe.",
    '"Let\'s go." He lets go of the rope.',
    "Whose turn is it? Who's there?",
    'The effect on her was immediate; the news affected him.',
    'She held her breath. "Breathe," he said.',
    'It piqued her curiosity, so she peeked over the peak.',
    'Out of sight, the site of the temple lay quiet.',
    'Everyday life in Konoha was quiet. I see him every day.',
    'Every one of them turned. Any one of us could go.',
    '"I don\'t have any more tea."',
    'She could have died. He was supposed to wait. He used to live here.',
    '"You could of course just ask him."',
    'The might of the empire fell.',
    '"Go," she said quietly. "Sure," he said, quiet for once.',
    'He whispered sweet nothings. She called him stupid.',
    // Names: capitalized words inside a sentence.
    'They walked in the Peak District with Mr. Wood.',
    'She read Fairy Tail and watched Then and Now.',
    // Dialect in dialogue.
    '"Yer gonna lose yer head one day, lass."',
    '"Ye\'ll not get far," the old man said.',
    '"I ain\'t got no time fer that, ye ken."',
    // Stutters and cut-offs.
    '"Th- then what?" she asked.',
    '"Y-you\'re scared," he noticed.',
    '"H- Harry, I- I know," Hermione said.',
    '"I-I can\'t breathe," she whispered.',
  ]) {
    test(JSON.stringify(text), () => assert.deepEqual(found(text), []));
  }
});

describe('confusable fix', () => {
  test('replaces the wrong form and keeps the text around it', () => {
    assert.equal(fixed("I don't want to loose you."), "I don't want to lose you.");
    assert.equal(fixed('"Your welcome," she said.'), '"You\'re welcome," she said.');
    assert.equal(fixed('"We could of died!"'), '"We could have died!"');
    assert.equal(fixed('YOUR GOING TO REGRET THIS.'), "YOU'RE GOING TO REGRET THIS.");
  });
  test('keeps a stutter and fixes the word after it', () => {
    assert.equal(fixed('"Y-your going to be late."'), '"Y-you\'re going to be late."');
  });
  test('writes the apostrophe of the word, the paragraph or the document', () => {
    assert.equal(fixed('“Your welcome,” she said. “Don’t.”'), '“You’re welcome,” she said. “Don’t.”');
    assert.equal(fixed('“Don’t go.”\n\n“Your welcome.”'), '“Don’t go.”\n\n“You’re welcome.”');
    assert.equal(fixed('"Your welcome."'), '"You\'re welcome."');
  });
});

describe('confusable on the annotated fixtures', () => {
  for (const name of ['design', 'heldout'] as const) {
    const s = score(loadFixture(name));
    test(`${name}: the control sentences stay silent`, () => assert.deepEqual(s.controlAlarms, []));
    test(`${name}: at least 100 errors, and recall above the bar`, () => {
      assert.ok(s.errors >= 100, `${s.errors} errors`);
      // The design half was tuned on (its floor guards against regressions); the held-out half
      // was not, and its bar is the issue's: 70 %.
      const floor = name === 'design' ? 0.9 : 0.7;
      assert.ok(s.caught / s.errors >= floor, `recall ${s.caught}/${s.errors}; missed:\n${s.missed.join('\n')}`);
    });
  }
});

describe('confusable on the Brown corpus fiction', () => {
  const texts = loadBrownFiction();
  const words = texts.reduce((n, t) => n + t.words, 0);
  const all = brownFindings(texts);
  test('stays under 0.5 findings per 1,000 words', () => assert.ok((all.length / words) * 1000 <= 0.5, `${all.length} in ${words} words`));
  test('finds exactly what the snapshot lists', () => {
    const expected = readFileSync(BROWN_SNAPSHOT, 'utf8');
    assert.equal(
      renderBrownSnapshot(all, words),
      expected,
      'The Brown findings changed: review them and run `npx tsx scripts/confusable-quality.ts --write-snapshot`.',
    );
  });
});

describe('typing slips that make another word (issue #15, twelfth round)', () => {
  test('reports each where only the intended word fits, and fixes it', () => {
    assert.deepEqual(found("I'm nut sure he'll come."), ['nut→not']);
    assert.deepEqual(found('She was note allowed to leave.'), ['note→not']);
    assert.equal(fixed('That was on of the best nights of my life.'), 'That was one of the best nights of my life.');
    assert.equal(fixed('We met at he end of the war.'), 'We met at the end of the war.');
    assert.equal(fixed('They hoped on the train to London.'), 'They hopped on the train to London.');
  });
  test('silent where the word as written fits', () => {
    for (const text of [
      'He left a note on the table.',
      'I was hoping for a call.',
      'She hoped on some level that he knew.',
      'For he was tired, he slept.',
      'The lamp was on of course.',
      'They counted on one of the guards.',
      'A nut fell from the tree.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('more typing slips that make another word (issue #15, twelfth round)', () => {
  test('reports each where only the intended word fits, and fixes it', () => {
    assert.deepEqual(found('We made good us of the rope.'), ['us→use']);
    assert.equal(fixed('From know on, we walk.'), 'From now on, we walk.');
    assert.equal(fixed('Give me a lot if them.'), 'Give me a lot of them.');
    assert.equal(fixed('I a not going back.'), 'I am not going back.');
    assert.equal(fixed('They were lost at see.'), 'They were lost at sea.');
    assert.equal(fixed('There exits a way out.'), 'There exists a way out.');
    assert.equal(fixed("I've go to leave."), "I've got to leave.");
    assert.equal(fixed('To being with, he lied.'), 'To begin with, he lied.');
    assert.equal(fixed('It is no hard to see.'), 'It is not hard to see.');
    assert.equal(fixed('She ran throw the door.'), 'She ran through the door.');
    assert.equal(fixed('One the other hand, he stayed.'), 'On the other hand, he stayed.');
    assert.equal(fixed('Thanks for the quick responds.'), 'Thanks for the quick response.');
  });
  test('silent where the word as written fits', () => {
    for (const text of [
      'It was not us that did it.',
      'Let me know if you come.',
      'I know it.',
      'A kind if stern man.',
      'I see you.',
      'The exits were blocked.',
      "I'd go to the shop.",
      'Being with her was easy.',
      'There is no easy way.',
      'He made a good throw.',
      'One of them stayed.',
      'She responds to every letter.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('"me" after a preposition, "ongoing" before what goes on (issue #15, twelfth round)', () => {
  test('reports "I" as a preposition\'s object, in lowercase inside a sentence, and a split "ongoing"', () => {
    assert.deepEqual(found('He threw the ball to I.'), ['I→me']);
    assert.equal(fixed('Between you and I, it was a mistake.'), 'Between you and me, it was a mistake.');
    assert.equal(fixed('The on going war ruined them.'), 'The ongoing war ruined them.');
  });
  test('silent on "I" as a subject, and on "going on" as a verb', () => {
    for (const text of ['She is taller than I.', 'For I am tired.', 'Like I said, no.', 'He kept on going home.', 'You and I went out.'])
      assert.deepEqual(found(text), [], text);
  });
});

describe('"biased" after a person and "be", "time" for "tome" (issue #15, twelfth round)', () => {
  test('reports each where only the intended word fits, and fixes it', () => {
    assert.deepEqual(found("They're bias against us."), ['bias→biased']);
    assert.equal(fixed('He is prejudice against them.'), 'He is prejudiced against them.');
    assert.equal(fixed('We have no tome to lose.'), 'We have no time to lose.');
  });
  test('silent on the nouns', () => {
    for (const text of ['If there were bias, we would know.', 'The bias was clear.', 'He read the old tome.', 'Prejudice is everywhere.'])
      assert.deepEqual(found(text), [], text);
  });
});
