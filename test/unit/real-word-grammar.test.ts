// The context model's grammar leans: verb forms after do-support and auxiliaries, agreement with a pronoun,
// `its`/`it's`, `your`, `to`, `of`, and its fixes (split from real-word.test.ts, which passed 600 lines).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MARGINS } from '../../src/core/context/detect';
import { guards } from '../../src/core/context/grammar';
import { contextModel } from '../../src/core/context/model';
import { score } from '../support/confusable';
import { modelFound as found, modelFindings as model } from '../support/context-findings';
import { loadRealWordFixture } from '../support/real-word';
import { ruleHelpers } from '../support/rule-helpers';

const { findings: confusables } = ruleHelpers('confusable');

describe('context model: a verb form after do-support', () => {
  test('a past after "did", its subject or its "not" is the base, whatever the counts of its neighbours', () => {
    assert.deepEqual(found("He didn't noticed the car."), ['noticed→notice (verb-base)']);
    assert.deepEqual(found('They did not finished the work.'), ['finished→finish (verb-base)']);
    assert.deepEqual(found('She did not wanted to go.'), ['wanted→want (verb-base)']);
    // "did" and "does" alone are do-support too; the grammar, not the counts, wants the base.
    assert.deepEqual(found('The old printer did jammed again this morning.'), ['jammed→jam (verb-base)']);
  });
  test('silent on the base, on a past after "have" or a subject, and on "do" as a verb of its own', () => {
    for (const text of ['I did not change anything.', 'I have never changed my mind.', 'She did nothing.', 'I do believe he changed.'])
      assert.deepEqual(found(text), [], text);
  });
});

describe('context model: a form of "be", "have" or "do" after a personal pronoun agrees with it', () => {
  test('reports the form that disagrees, and fixes it to the one that agrees', () => {
    assert.deepEqual(found('She are my sister.'), ['are→is (verb)']);
    assert.deepEqual(found('I were tired after the long walk.'), ['were→was (verb)']);
    assert.deepEqual(found('He have a new car.'), ['have→has (verb)']);
    assert.deepEqual(found('It are too late now.'), ['are→is (verb)']);
    assert.deepEqual(found("They isn't coming."), ["isn't→aren't (verb)"]);
    assert.deepEqual(found('They often is late.'), ['is→are (verb)']);
    // "were" is rarer than "was": grammar chose it, so its count does not hold it back.
    assert.deepEqual(found('You was my best friend.'), ['was→were (verb)']);
  });
  test('"been" and "being" follow "have" and "be"', () => {
    assert.deepEqual(found('Stop been so rude!'), ['been→being (verb)']);
    assert.deepEqual(found('I have being there before.'), ['being→been (verb)']);
    for (const text of ['It has been a long day.', 'They are being careful.', 'Thank you for being here.']) assert.deepEqual(found(text), [], text);
  });
  test('"I are" and "I is" become "I am"', () => {
    assert.deepEqual(found('I are really happy about this release.'), ['are→am (verb)']);
    assert.deepEqual(found('So I are still trying to figure it out.'), ['are→am (verb)']);
    assert.deepEqual(found('I is the one who called.'), ['is→am (verb)']);
    const text = 'In this situation I are typing blind.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'In this situation I am typing blind.');
  });
  test('silent on "I am", on "you and I are", and on "are" or "is" after other words', () => {
    for (const text of [
      'I am really happy about this release.',
      'You and I are sitting on the Titanic.',
      'Lena and I are working on a paper.',
      'What I am is tired.',
      'The questions are what I want to ask.',
      'Where are you going?',
    ])
      assert.deepEqual(found(text), [], text);
  });
  test('silent on agreement, the subjunctive, an object "you", a compound subject and a question', () => {
    for (const text of [
      'She is my sister.',
      'If I were you, I would go.',
      'I wish he were here.',
      'What I told you is true.',
      'You and I were friends.',
      'Did he have a dog?',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('context model: a participle after a person and a form of "be"', () => {
  test('reports a base written for the participle, and fixes it to the -ed form', () => {
    assert.deepEqual(found('I am concern about the noise upstairs.'), ['concern→concerned (participle)']);
    assert.deepEqual(found('She was surprise by the news.'), ['surprise→surprised (participle)']);
    assert.deepEqual(found('He is worry about his exam.'), ['worry→worried (verb-past)']);
    assert.deepEqual(found("I'm worry about the long delay."), ['worry→worried (verb-past)']);
  });
  test('silent on a noun or a base after other subjects, on an adjective, and in dialogue', () => {
    for (const text of [
      'Part of it is worry that the roof leaks.',
      'All he had to do was find the key.',
      'She is close to her brother.',
      "He's trouble.",
      "They're interested in the house.",
      '"I am worry about him," she said.',
    ])
      assert.deepEqual(found(text), [], text);
  });
  test('the candidate is in the model, one way: "concern" may stand for "concerned", not the reverse', () => {
    const m = contextModel();
    assert.ok(m.candidates('concern').some((c) => c.word === 'concerned' && c.kind === 'participle'));
    assert.ok(!m.candidates('concerned').some((c) => c.word === 'concern'));
  });
  test("an irregular past's participles are known by the past's id, one way", () => {
    const m = contextModel();
    const pp = guards(m).pastParticiple;
    const has = (past: string, participle: string) => pp.get(m.id(past))?.has(m.id(participle)) === true;
    assert.ok(has('knew', 'known') && has('wrote', 'written') && has('saw', 'seen'));
    assert.ok(!has('known', 'knew') && !has('walked', 'walked') && !has('knew', 'written'));
  });
});

describe('context model: a verb agrees with the personal pronoun before it', () => {
  test('reports the form for another person, and fixes it to the one the subject wants', () => {
    assert.deepEqual(found('She write a letter.'), ['write→writes (verb-agree)']);
    assert.deepEqual(found('He eat an apple.'), ['eat→eats (verb-agree)']);
    assert.deepEqual(found('We sees them every day.'), ['sees→see (verb-agree)']);
    // Only the slip, not its neighbour scored beside it ("They" read as "Then" before "wants").
    assert.deepEqual(found('They wants to leave now.'), ['wants→want (verb-agree)']);
    assert.deepEqual(found('He would goes out.'), ['goes→go (verb-agree)']);
    assert.deepEqual(found('She wants to pays you a visit.'), ['pays→pay (verb-agree)']);
    const text = "I didn't wants it.";
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), "I didn't want it.");
  });
  test('silent on agreement, on a question, the subjunctive, an object "it", a plural noun after "to", and in dialogue', () => {
    for (const text of [
      'She writes a letter.',
      'They write letters.',
      'Did she write a letter?',
      'I insist that he go.',
      'Make it work.',
      'They went to works of art.',
      '"He don\'t know nothing, he say," she said.',
      'Let them eat cake.',
    ])
      assert.deepEqual(found(text), [], text);
  });
  test('in a past-tense paragraph, a base after "she" is a past that lost its ending', () =>
    assert.deepEqual(found('Yesterday she walk home alone and cried.'), ['walk→walked (verb-past)']));
  test('the pairs are in the model, both ways', () => {
    const m = contextModel();
    assert.ok(m.candidates('write').some((c) => c.word === 'writes' && c.kind === 'verb-agree'));
    assert.ok(m.candidates('writes').some((c) => c.word === 'write' && c.kind === 'verb-agree'));
    assert.ok(!m.candidates('cut').some((c) => c.kind === 'verb-agree'), 'a base that is also a past');
  });
});

describe('context model: "it\'s" where only the possessive can stand', () => {
  test('reports "it\'s" before a noun that a verb follows, and after a preposition before what it modifies', () => {
    assert.deepEqual(found("The house was old and it's windows were broken."), ["it's→its (set)"]);
    assert.deepEqual(found("It's doors are locked at night."), ["It's→Its (set)"]);
    assert.deepEqual(found("The dog wagged with all of it's strength."), ["it's→its (set)"]);
  });
  test('silent on "it\'s" as "it is": before a name, a clause, a predicate noun, and after "like"', () => {
    for (const text of [
      "It's time to go.",
      "It's Mary's turn.",
      "He acts like it's nothing.",
      "Under the heading of it's an ill wind, they laughed.",
      "I think it's raining.",
      "The house is old but it's home.",
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('context model: "its" and "your" where only the contraction can stand', () => {
  test('reports them before "had", and "your" before an adjective the sentence goes on past', () => {
    assert.deepEqual(found('Its had a long winter, the old town.'), ["Its→It's (set)"]);
    assert.deepEqual(found('I hope your safe over there.'), ["your→you're (set)"]);
    assert.deepEqual(found('I think its fine now.'), ["its→it's (set)"]);
  });
  test('silent on the possessive: before its noun, "own", "best" and a noun phrase', () => {
    for (const text of [
      "You're on your own.",
      'Do your best.',
      'Your safe place is here.',
      'Is your mother home?',
      "What's your name?",
      'The town kept its charm.',
      'The town kept its own.',
      'It did its best.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('context model: a set\'s verb where a noun or "though" stands in a verb\'s place', () => {
  test('reports "though" and "thing" after a subject or a modal, and fixes them to the verb', () => {
    assert.deepEqual(found('I though it was a shame.'), ['though→thought (set)']);
    assert.deepEqual(found('You might usually thing so.'), ['thing→think (set)']);
  });
  test('silent where the noun or the conjunction belongs, and on "that" after a modal', () => {
    for (const text of ['Will that be all?', 'I no longer need it.', 'The thing is, I was late.', 'Though it rained, we went out.', 'It was a good thing.'])
      assert.deepEqual(found(text), [], text);
  });
});

describe('context model: "to" alone after a comma at a sentence\'s end', () => {
  test('reports it and fixes it to "too"', () => assert.deepEqual(found('She wants some cake, to.'), ['to→too (set)']));
  test('silent on an infinitive cut short and on "came to"', () => {
    for (const text of ['I want to.', 'He came to.', "I'd love to, but I can't.", 'Where to?']) assert.deepEqual(found(text), [], text);
  });
});

describe('context model: "of" after a modal', () => {
  test('reports it and fixes it to "have"', () => assert.deepEqual(found('That will of a big impact on us.'), ['of→have (function)']));
  test('silent on a noun "will" or "can", and on "of course"', () => {
    for (const text of ['It was the will of the people.', 'He opened a can of beans.', 'The clock must of course be wound.'])
      assert.deepEqual(found(text), [], text);
  });
});

describe('context model: a noun written for the verb spelled beside it', () => {
  test('reports the noun after a personal pronoun, a modal, "did not" or "to", and fixes it to the verb', () => {
    assert.deepEqual(found('I belief in you.'), ['belief→believe (noun-verb)']);
    assert.deepEqual(found('I would advice to stick with it.'), ['advice→advise (noun-verb)']);
    assert.deepEqual(found('Did you always intent to fight?'), ['intent→intend (noun-verb)']);
    assert.deepEqual(found('We did not belief a word of it.'), ['belief→believe (noun-verb)']);
    assert.deepEqual(found('We would like to emphasis a few points.'), ['emphasis→emphasize (noun-verb)']);
    const text = 'They never belief me.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'They never believe me.');
  });
  test('silent on the noun where a noun stands: after a determiner, a verb, an object "you", and "to" as a preposition', () => {
    for (const text of [
      'My belief in you is strong.',
      'I give you advice every day.',
      'She took a deep breath.',
      'They came back to life.',
      'Changes literal underscores to emphasis.',
      'It is a matter of life and death.',
      'She turned to relief work.',
      'I believe in you.',
    ])
      assert.deepEqual(found(text), [], text);
  });
  test('the candidate is in the model, one way: "belief" may stand for "believe", not the reverse', () => {
    const m = contextModel();
    assert.ok(m.candidates('belief').some((c) => c.word === 'believe' && c.kind === 'noun-verb'));
    assert.ok(!m.candidates('believe').some((c) => c.word === 'belief' && c.kind === 'noun-verb'));
  });
});

describe('context model fix', () => {
  test("the first suggestion is the model's choice, preferred when it wins by far", () => {
    const [f] = model('I got a letter form my aunt.');
    assert.equal(f.confident, true);
    const text = 'I got a letter form my aunt.';
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'I got a letter from my aunt.');
  });
  test('a verb form after "did" is the base of the same verb, preferred when it wins by far', () => {
    const [f] = model("She didn't wanted to go home.");
    assert.equal(f.suggestions[0], 'want');
    assert.equal(f.confident, true);
    assert.equal(f.data?.family, 'grammar');
  });
  test("a confusion set's fix is the word its classifier chose, preferred when it wins by far", () => {
    const text = 'I know were the key is.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'I know where the key is.');
    assert.equal(f.confident, true);
    assert.equal(f.data?.model, 'set');
  });
  test('a split compound is replaced whole: both words, one fix', () => {
    const text = 'I will never for get you.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'I will never forget you.');
    assert.equal(f.data?.family, 'split');
  });
  test('a narrow win is a suggestion, not the preferred fix', () => {
    const close = model('Rachel had little to se.');
    for (const f of close) assert.notEqual(f.confident, true, f.message);
  });
  test('the apostrophe follows the document', () => {
    const text = 'She didn’t care. Its been a long day for everyone.';
    const f = confusables(text);
    assert.ok(
      f.every((x) => !x.suggestions[0].includes("'")),
      JSON.stringify(f.map((x) => x.suggestions)),
    );
  });
});

describe('real sentences from public sources (test/fixtures/real-word, tuning half)', () => {
  const lines = loadRealWordFixture('tuning');
  const s = score(lines);
  const correct = lines.filter((l) => l.errors.length === 0).length;
  test('at most 5 % of the correct sentences are flagged', () => {
    assert.ok(s.controlAlarms.length <= correct * 0.05, `${s.controlAlarms.length}/${correct}:\n${s.controlAlarms.join('\n')}`);
  });
  test('at least 50 % of the errors are fixed by the first suggestion', () => {
    assert.ok(s.caught / s.errors >= 0.5, `${s.caught}/${s.errors}; missed:\n${s.missed.join('\n')}`);
  });
});

describe('split compounds from SUBTLEX frequencies (issue #15, seventh round)', () => {
  const m = contextModel();
  const split = (two: string) => {
    const [a, b] = two.split(' ');
    return m.split(m.id(a), m.id(b));
  };
  test('compounds the training text is too small for are known from the subtitles', () => {
    for (const [two, word] of [
      ['there fore', 'therefore'],
      ['hence forth', 'henceforth'],
      ['every where', 'everywhere'],
      ['some where', 'somewhere'],
      ['any where', 'anywhere'],
    ])
      assert.equal(split(two)?.word, word, two);
  });
  test('the pairs right both ways, and open compounds of nouns, are not split compounds of the data', () => {
    for (const two of [
      'every day',
      'some time',
      'some times',
      'may be',
      'any one',
      'every one',
      'all ready',
      'all together',
      'on to',
      'a while',
      'any more',
      'tin foil',
      'brief case',
    ])
      assert.ok((split(two)?.score ?? 0) < MARGINS.split, `${two}: ${JSON.stringify(split(two))}`);
    // Since the eighth round an open compound noun the training text writes closed is one, but
    // only after a determiner ("the pass word"): never where the two words may be a phrase.
    const pass = split('pass word');
    assert.ok((pass?.score ?? 0) < MARGINS.split || pass?.nominal === true, JSON.stringify(pass));
    assert.deepEqual(found('They pass word along the line.'), []);
    // Since the session-12 round "in to" is "into" only after the verbs of motion the data lists
    // ("walked in to the room"), never where "in" belongs to the verb ("gave in to").
    const inTo = split('in to');
    assert.ok(inTo?.after?.has(contextModel().id('walked')) && !inTo.after.has(contextModel().id('gave')), JSON.stringify(inTo));
  });
  test('reports: "there fore", "hence forth", each as one fix', () => {
    assert.deepEqual(found('Nobody saw it; there fore he lied.'), ['there fore→therefore (split)']);
    assert.deepEqual(found('It will be so hence forth.'), ['hence forth→henceforth (split)']);
  });
  test('the fix is the compound, in the sentence', () => {
    const text = 'This is the reason; there fore, this is true.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'This is the reason; therefore, this is true.');
  });
  test('silent on correct prose, the both-ways pairs included', () => {
    for (const text of [
      'I will see you some time next week.',
      'In any case, some times are better than others.',
      'Every one of them was there.',
      'She does it every day.',
      'It may be too late.',
      'He came in to see the room.',
      'We are all ready to go.',
      'They sang all together.',
      'Sit down for a while.',
      'He walked on to the stage.',
      'Is any one of you hurt?',
      'He put the tin foil on the dish.',
      'He checked in a little after noon.',
      'She set her brief case on the bench.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('open compound nouns after a determiner (issue #15, eighth round)', () => {
  const m = contextModel();
  const split = (two: string) => {
    const [a, b] = two.split(' ');
    return m.split(m.id(a), m.id(b));
  };
  test('compounds the training text writes closed are known, as nominal ones', () => {
    for (const [two, word] of [
      ['note book', 'notebook'],
      ['key board', 'keyboard'],
      ['play ground', 'playground'],
    ]) {
      assert.equal(split(two)?.word, word, two);
      assert.equal(split(two)?.nominal, true, two);
    }
    // Not the ones fiction writes open and the training text never closes.
    for (const two of ['tin foil', 'brief case', 'ant hill']) assert.ok(!split(two), two);
  });
  test('reports one after a determiner or a possessive, with an adjective between or not', () => {
    assert.deepEqual(found('He wrote the name in a note book.'), ['note book→notebook (split)']);
    assert.deepEqual(found('My key board stopped working.'), ['key board→keyboard (split)']);
    assert.deepEqual(found('The kids ran to the big play ground after lunch.'), ['play ground→playground (split)']);
  });
  test('the fix is the compound, in the sentence', () => {
    const text = 'She had a note book and a pen.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'She had a notebook and a pen.');
  });
  test('silent without a determiner, before a noun, and on the compounds fiction writes open', () => {
    for (const text of [
      'Please note book prices before you buy.',
      'Note book titles in italics.',
      'The key board members met on Monday.',
      'He left his brief case on the train.',
      'He wrapped it in the tin foil.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('"who\'s" before a noun is "whose" (issue #15, eighth round)', () => {
  test("reports one before a noun that more words follow, on the classifier's lean alone", () => {
    assert.deepEqual(found("What do you know about who's boat that is?"), ["who's→whose (set)"]);
  });
  test('the fix is "whose", in the sentence', () => {
    const text = "What do you know about who's boat that is?";
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'What do you know about whose boat that is?');
  });
  test('silent on the contraction: "who\'s boss", before a verb, an adverb or a name', () => {
    for (const text of ["Show them who's boss.", "Who's coming to dinner?", "I wonder who's there.", "He knew who's in charge.", "Who's John?"])
      assert.deepEqual(found(text), [], text);
  });
});

describe('"were" opening a clause of its own is "where" (issue #15, eighth round)', () => {
  test('reports one before a determiner, a noun and a finite verb', () => {
    assert.deepEqual(found('She showed me were the door was.'), ['were→where (set)']);
    assert.deepEqual(found('Check were the leak started.'), ['were→where (set)']);
  });
  test('the fix is "where", in the sentence', () => {
    const text = 'She showed me were the door was.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'She showed me where the door was.');
  });
  test('silent on "were" as the verb: a question, a predicate, a participle after the noun', () => {
    for (const text of [
      'Were the boys there?',
      'Those were the days we had.',
      'They were the children left behind.',
      'These were the men sent to help.',
      'They were the soldiers killed in the war.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('agreement across an adverb: the verb weighed beside its subject (issue #15, eighth round)', () => {
  test('reports a base after "she" and an adverb', () => {
    assert.deepEqual(found('She always write to her mother.'), ['write→writes (verb-agree)']);
    assert.deepEqual(found('She usually walk to school.'), ['walk→walks (verb-agree)']);
  });
  test('the fix is the form that agrees, in the sentence', () => {
    const text = 'He sometimes sing in the shower.';
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'He sometimes sings in the shower.');
  });
  test('silent where the form agrees, or the sentence is in the past', () => {
    for (const text of [
      'She always writes to her mother.',
      'They always write to me.',
      'I always write at night.',
      'She always wrote to her mother.',
      'He often forgets his keys.',
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('a time in the past makes a sentence past-tense (issue #15, eighth round)', () => {
  test('a base after "she" with "yesterday" is a past that lost its ending, and its fix is the past', () => {
    const text = 'Yesterday she walk home alone.';
    assert.deepEqual(found(text), ['walk→walked (verb-past)']);
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'Yesterday she walked home alone.');
  });
  test('without one, the present that agrees; silent on the past written right', () => {
    assert.deepEqual(found('She walk home every day.'), ['walk→walks (verb-agree)']);
    assert.deepEqual(found('Yesterday she walked home alone.'), []);
  });
});

describe('a form of "be" that agrees with its pronoun needs less (issue #15, eighth round)', () => {
  test('reports "are" after "he" and an adverb, and its fix is "is"', () => {
    const text = 'He really are tired.';
    assert.deepEqual(found(text), ['are→is (verb)']);
    const [f] = model(text);
    assert.equal(text.slice(0, f.range.start) + f.suggestions[0] + text.slice(f.range.end), 'He really is tired.');
  });
  test('silent where the form agrees', () => {
    for (const text of ['He really is tired.', 'They really are tired.']) assert.deepEqual(found(text), [], text);
  });
});

describe('confusable: a question with a contracted "did" before its subject', () => {
  test('keeps the base after "how\'d", "why\'d"; a base after a bare subject is still a slip', () => {
    assert.deepEqual(found("How'd he have perfect pajamas?"), []);
    assert.deepEqual(found("Why'd she have to go?"), []);
    assert.deepEqual(found('He have perfect pajamas.'), ['have→has (verb)']);
  });
});
