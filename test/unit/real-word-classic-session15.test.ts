// The classic pairs where grammar alone decides, issue #15's sixteenth round: `forcedWord` and
// `leanedWord` in src/core/context/forced.ts.
import { describe, test } from 'node:test';
import { assertConfusableReports as reports, assertConfusableSilent as silent } from '../support/confusable';

describe('"to" before an adjective that takes "to" and a verb, or an article, after "be" or a linking verb, is "too"', () => {
  test('reports it and fixes it to "too"', () => {
    reports([
      ['This seemed to good to be true, but it was not.', 'to→too', 'This seemed too good to be true, but it was not.'],
      ['It was to hot to go out.', 'to→too', 'It was too hot to go out.'],
      ["I'm to tired to argue.", 'to→too', "I'm too tired to argue."],
      ["It's to big a risk.", 'to→too', "It's too big a risk."],
      ['Not to put to fine a point on it, we lost.', 'to→too', 'Not to put too fine a point on it, we lost.'],
    ]);
  });
  test('silent where the adjective may be a verb, after "from" or "close", and on "to" written right', () => {
    silent([
      'You had to lean to reach him.',
      'She pushed back her bonnet to wet a kerchief.',
      'It went from red to white to blue.',
      'It is close to impossible to say.',
      'It came to many a man in the end.',
      'He listened to loud music to relax.',
      'It was too hot to go out.',
    ]);
  });
});

describe('"who\'s" before a plural noun, or a noun and the "this" it is, is "whose"', () => {
  test('reports it and fixes it to "whose"', () => {
    reports([
      ["He judged them by who's standards, I wonder?", "who's→whose", 'He judged them by whose standards, I wonder?'],
      ["Do we know who's banana this is on the table?", "who's→whose", 'Do we know whose banana this is on the table?'],
    ]);
  });
  test('silent on "who is" before its predicate', () => {
    silent(["Show them who's boss.", "It is hard to say who's coming.", "I know who's there.", 'By whose standards did they judge?']);
  });
});

describe('more places where grammar alone decides a classic pair', () => {
  test('a stranded "to" after "with" and its object is "too"', () => {
    reports([
      ['He said he wanted to come with us to, but his mother said no.', 'to→too', 'He said he wanted to come with us too, but his mother said no.'],
      ['I wanted to go with her to.', 'to→too', 'I wanted to go with her too.'],
    ]);
    silent(['Who did you go with them to?', "I'll talk with him to see what happens.", 'She came with me to the store.']);
  });
  test('"quite" after "be" or "went" before a conjunction is "quiet"', () => {
    reports([
      ['Please be quite while the baby is sleeping upstairs.', 'quite→quiet', 'Please be quiet while the baby is sleeping upstairs.'],
      ['The room went quite when she walked in.', 'quite→quiet', 'The room went quiet when she walked in.'],
    ]);
    silent(['The house was quiet while we slept.', 'It was quite a while ago.', 'She was quite sure when she left.']);
  });
  test('"where" after a plural subject before its adjective is "were"; "were" after a noun before a clause is "where"', () => {
    reports([
      ['You guys where amazing last night.', 'where→were', 'You guys were amazing last night.'],
      ['Those were the days were we had no worries.', 'were→where', 'Those were the days where we had no worries.'],
    ]);
    silent(['Use fresh herbs where available.', 'We went where possible.', 'The men were tired.', 'Those were the days when we had no worries.']);
  });
  test('"over they\'re" before a place is "over there"', () => {
    reports([["Put the boxes over they're next to the door.", "they're→there", 'Put the boxes over there next to the door.']]);
    silent(["Look over they're coming.", "They're over there.", 'Put the boxes over there next to the door.']);
  });
  test('"lose" after a degree adverb at its clause\'s end is "loose"', () => {
    reports([['The screw is a bit lose.', 'lose→loose', 'The screw is a bit loose.']]);
    silent(['I really lose.', 'I hate to lose.', 'The screw is a bit loose.']);
  });
  test('"then" after "would rather" and a verb, before the other verb, is "than"', () => {
    reports([
      ["I'd rather go to the beach then stay home.", 'then→than', "I'd rather go to the beach than stay home."],
      ['She would rather read a book then watch television.', 'then→than', 'She would rather read a book than watch television.'],
    ]);
    silent([
      'It was rather cold then, in the winter of that year.',
      'He would rather wait and then decide.',
      'She would rather read a book than watch television.',
    ]);
  });
});

describe('"its" and "it\'s", "there" and "their" or "they\'re", "do" and "due" where grammar alone decides', () => {
  test('"it\'s" before a noun and the verb it is the subject of is "its"; "its" before an adjective ending the clause is "it\'s"', () => {
    reports([
      ["The phone is great, but it's battery life could be better.", "it's→its", 'The phone is great, but its battery life could be better.'],
      ["It's dog is barking.", "It's→Its", 'Its dog is barking.'],
      ['The tree lost all its leaves, and now its bare.', "its→it's", "The tree lost all its leaves, and now it's bare."],
    ]);
    silent([
      "It's time we left.",
      "It's fun being here.",
      'The company did its best.',
      'The city at its worst is still beautiful.',
      'It was a pool with mud in its middle.',
    ]);
  });
  test('a sentence\'s "There" before a noun and its verb is "Their"; "there" before a subject\'s -ing after "said" or "think" is "they\'re"', () => {
    reports([
      ['There people are friendly.', 'There→Their', 'Their people are friendly.'],
      ['They said there going to be late.', "there→they're", "They said they're going to be late."],
      ['I think there coming tonight.', "there→they're", "I think they're coming tonight."],
    ]);
    silent([
      'There goes the bus.',
      'There lived a king in a castle.',
      'Is there going to be a party?',
      'I said there was no time.',
      'I saw there coming a storm.',
    ]);
  });
  test('"do to" after a participle is "due to"; "loose" after a subject and an adverb of frequency is "lose"', () => {
    reports([
      ['He was delayed do to the snow.', 'do→due', 'He was delayed due to the snow.'],
      ['I always loose them.', 'loose→lose', 'I always lose them.'],
    ]);
    silent(['What I do to relax is read.', 'I never lose them.', 'The shirt was loose.', 'He was delayed due to the snow.']);
  });
});

describe('a sentence\'s "Were" before a noun phrase and "You" before a noun and its verb', () => {
  test('"Were" and a noun phrase alone, asking nothing, is "We\'re"', () => {
    reports([
      ['Were the best team.', "Were→We're", "We're the best team."],
      ['Were the champions!', "Were→We're", "We're the champions!"],
    ]);
    silent(['Were the results good?', 'Were the doors locked, we would be safe.', 'Were the kids asleep when you got home?', "We're the best team."]);
  });
  test('"You" before a singular noun and its verb is "Your"', () => {
    reports([
      ['You car is parked outside.', 'You→Your', 'Your car is parked outside.'],
      ['You house looks lovely.', 'You→Your', 'Your house looks lovely.'],
    ]);
    silent([
      'You guys should go home.',
      'You idiot will pay for this.',
      'You students are supposed to be diligent.',
      'You know what I mean.',
      'You two are impossible.',
      'Your car is parked outside.',
    ]);
  });
});
