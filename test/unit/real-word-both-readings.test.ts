// Correct sentences of the external analogue (heldout16, LanguageTool's CONFUSED_WORDS, issue #15)
// where both the word written and its confusable make a sentence: the table's `unless` patterns
// (src/core/data/confusables.ts), the modal's "of" (src/core/context/candidates.ts), an article
// before a clause's end, and `bothStand` (src/core/context/detect.ts).
import { describe, test } from 'node:test';
import { assertConfusableReports as reports, assertConfusableSilent as silent } from '../support/confusable';

describe('"of" after a modal before a noun is a preposition, not "have"', () => {
  test('silent on "must of necessity"', () => {
    silent(['Policy on Zimbabwe must of necessity be subservient to this greater goal.', 'It must of necessity fail.']);
  });
  test('still reports "of" before a participle', () => {
    reports([
      ['You must of been there.', 'must of→must have', 'You must have been there.'],
      ['They must of left.', 'must of→must have', 'They must have left.'],
    ]);
  });
});

describe('"to" after a verb whose complement is "to" stays "to"', () => {
  test('silent on "amount to much", "come to much", "came to two dollars", "came to soon after"', () => {
    silent([
      'He will never amount to much.',
      'Did your efforts come to much?',
      'It came to two dollars.',
      'He came to soon after.',
      'That added to much of the cost.',
    ]);
  });
  test('still reports "to much" after other verbs', () => {
    reports([
      ['She talks to much.', 'to→too', 'She talks too much.'],
      ['I ate to much.', 'to→too', 'I ate too much.'],
    ]);
  });
});

describe('"then" at a clause\'s end is no article', () => {
  test('silent on "up to then"', () => {
    silent(['What was he up to then?', 'We were friends up to then.']);
  });
  test('still reports "then" for "them" where it is not "up to then" at the end', () => {
    reports([
      ['Give it to then.', 'then→them', 'Give it to them.'],
      ['It was up to then to decide.', 'then→them', 'It was up to them to decide.'],
    ]);
  });
});

describe('"here" after "close to", "next to" is a place', () => {
  test('silent on "close to here"', () => {
    silent(["There are people who live close to here that won't even come.", 'It is next to here that they built it.']);
  });
  test('still reports "to here" for "to hear"', () => {
    reports([['I wanted to here that song.', 'here→hear', 'I wanted to hear that song.']]);
  });
});

describe('"you\'re" before a predicate\'s noun stays "you\'re"', () => {
  test('silent on "man enough", "kind of"', () => {
    silent(["You're man enough to let her play, she's experimental and confident enough to do it.", "You're kind of amazed.", "You're sort of right."]);
  });
  test('still reports "you\'re" for "your" before a noun', () => {
    reports([
      ["It's you're fault.", "you're→your", "It's your fault."],
      ["You're kind is not welcome here.", "You're→Your", 'Your kind is not welcome here.'],
    ]);
  });
});

describe('a base verb after "her" and a verb that takes an object and a verb stays a verb', () => {
  test('silent on "had her breathe"', () => {
    silent(['Then he had her breathe on the canvas.', 'He had her breathe into the bag.']);
  });
  test('still reports "breathe" for "breath" after a possessive', () => {
    reports([['She held her breathe.', 'breathe→breath', 'She held her breath.']]);
  });
});

describe('"who\'s" before a predicate\'s noun, "whose" before a clause', () => {
  test('silent on "who\'s friends with him", "whose banana this is"', () => {
    silent(["Who's friends with him?", "I don't know whose banana this is."]);
  });
  test('still reports them where the other reading is the only one', () => {
    reports([
      ["Who's banana is this?", "Who's→Whose", 'Whose banana is this?'],
      ['Whose coming with us?', "Whose→Who's", "Who's coming with us?"],
      ["I know who's banana this is.", "who's→whose", 'I know whose banana this is.'],
    ]);
  });
});

describe('"your" opening a gerund\'s phrase that is the subject of a verb stays "your"', () => {
  test('silent on "Your not having money doesn\'t mean", "your thinking patterns are"', () => {
    silent([
      "Your not having money doesn't mean you cannot enjoy yourself.",
      "Your not eating vegetables can't be good for you.",
      'If you think your having money will make you happy, you are a shallow person.',
      "You're not good at logic; your thinking patterns are very sloppy.",
    ]);
  });
  test('still reports "your" before a participle with no verb after its phrase, or a subject before the verb', () => {
    reports([
      ['Your going to love it.', "Your→You're", "You're going to love it."],
      ['Your not listening to me.', "Your→You're", "You're not listening to me."],
      ['I think your being silly.', "your→you're", "I think you're being silly."],
      ["Your telling me you can't?", "Your→You're", "You're telling me you can't?"],
    ]);
  });
});

describe('"its" after a preposition before a gerund, or as the object of "take", stays "its"', () => {
  test('silent on "lead to its going", "has taken its time"', () => {
    silent(['It may even lead to its going out of business.', 'The government has taken its time to catch up with the digital economy.']);
  });
  test('still reports "its" for "it\'s" before "going" and "time to"', () => {
    reports([
      ['I think its going to rain.', "its→it's", "I think it's going to rain."],
      ['Its time to go.', "Its→It's", "It's time to go."],
    ]);
  });
});

describe('a finite verb after a preposition\'s "to" stays finite', () => {
  test('silent on "who we spoke to seems", "we talked to said", "prior to thought"', () => {
    silent([
      'The guy who we spoke to seems fair.',
      'The students we talked to said that Tom is easy to get along with.',
      'Desire is understood to be prior to thought.',
    ]);
  });
  test('still reports a past or an -s form after an infinitive\'s "to"', () => {
    reports([
      ['He tried to went home.', 'went→go', 'He tried to go home.'],
      ['He needs to goes.', 'goes→go', 'He needs to go.'],
    ]);
  });
});

describe('a verb where its noun belongs, after a determiner, a possessive or an adjective', () => {
  test('reports "believe", "prove", "complain" and their "-s" forms, and fixes them to the noun', () => {
    reports([
      ['It is my strong believe that something has to be changed.', 'believe→belief', 'It is my strong belief that something has to be changed.'],
      ['Are there different believes?', 'believes→beliefs', 'Are there different beliefs?'],
      ["It's just a prove of concept.", 'prove→proof', "It's just a proof of concept."],
      ['This is our biggest complain.', 'complain→complaint', 'This is our biggest complaint.'],
      ['They received a number of complains from customers.', 'complains→complaints', 'They received a number of complaints from customers.'],
    ]);
  });
  test("silent on the verbs in a verb's place and on the nouns", () => {
    silent([
      'He made her believe it.',
      'I want to prove it.',
      'She complains a lot.',
      'They believe it.',
      'He believes that this is wrong.',
      'Harry believes it.',
      'Their beliefs are strong.',
      'It is a proof of concept.',
      'The complaints were filed.',
    ]);
  });
});
