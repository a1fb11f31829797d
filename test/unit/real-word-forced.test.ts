// The classic pairs where grammar alone decides (issue #15, fifteenth round): `forcedWord` in
// src/core/context/grammar.ts, whatever the confusion set's classifier leans to.
import { describe, test } from 'node:test';
import { assertConfusableReports as reports, assertConfusableSilent as silent } from '../support/confusable';

describe('grammar alone decides a classic pair', () => {
  test('"it\'s own" is "its own"', () => {
    reports([
      ["Every country has it's own flag.", "it's→its", 'Every country has its own flag.'],
      ["The cat had a mind of it's own.", "it's→its", 'The cat had a mind of its own.'],
    ]);
    silent(['Every country has its own flag.', "It's owned by the bank.", "It's only a game."]);
  });
  test('"to" or "too" before "o\'clock" is "two"', () => {
    reports([["They meet at too o'clock.", 'too→two', "They meet at two o'clock."]]);
    silent(["They meet at two o'clock.", "It was too late, past ten o'clock."]);
  });
  test('"to" before an adverb "too" qualifies, which "to" never takes, is "too"', () => {
    reports([
      ['He talks to often about his job.', 'to→too', 'He talks too often about his job.'],
      ['She reacted to quickly for anyone to notice.', 'to→too', 'She reacted too quickly for anyone to notice.'],
    ]);
    silent(['He talks too often about his job.', 'He went to bed early.', 'She listened to loud music.', 'She tried to quickly and quietly leave.']);
  });
  test('"to" ending its clause after "there", "here", "along" or "again" is "too"', () => {
    reports([
      ['I have been there to.', 'to→too', 'I have been there too.'],
      ["She wants to come along to, if that's fine.", 'to→too', "She wants to come along too, if that's fine."],
    ]);
    // A verb's "to" that its infinitive left ("I was going to."), a stranded preposition, a dash.
    silent(['I was going to. He knew it.', 'Julia asks me to.', 'Who were you talking to?', 'I went there to—', 'I have been there too.']);
  });
  test('"quite" after "very" or "so", or ending a clause after "be" or "keep", is "quiet"', () => {
    reports([
      ["It's very quite here at night.", 'quite→quiet', "It's very quiet here at night."],
      ['The room was quite.', 'quite→quiet', 'The room was quiet.'],
      ['Please keep quite, the baby is asleep.', 'quite→quiet', 'Please keep quiet, the baby is asleep.'],
    ]);
    silent(['It was quite a day.', 'It was not quite.', 'She was quite sure of it.', "I'm not quite done.", 'It was really quite good.']);
  });
  test('"form" after "apart", "away" or "aside" is "from"', () => {
    reports([
      ['Apart form these files, everything uploaded fine.', 'form→from', 'Apart from these files, everything uploaded fine.'],
      ['He ran away form the dog.', 'form→from', 'He ran away from the dog.'],
    ]);
    silent(['This form is long.', 'He filled in the form and ran away.', 'Apart from that, the form was fine.']);
  });
  test('"your" before a modal, or after a question\'s "have" before its participle, is "you"', () => {
    reports([
      ["If it's running, your should deactivate it.", 'your→you', "If it's running, you should deactivate it."],
      ['Have your seen my sister?', 'your→you', 'Have you seen my sister?'],
      ['Have your ever come across an animal like this?', 'your→you', 'Have you ever come across an animal like this?'],
    ]);
    silent(['Have your say in the matter.', 'Have your cake and eat it.', 'Your will be done.', 'I have your seat.', 'You should deactivate it.']);
  });
  test('a sentence\'s "Where" before a subject and an adjective is "Were"', () => {
    reports([['Where you able to make progress?', 'Where→Were', 'Were you able to make progress?']]);
    silent(['Where you going?', 'Where were you?', 'Where they live is a secret.', 'Were you able to come?']);
  });
  test('"loose" for the verb after its subject, "lose" for the adjective after a determiner or a verb of breaking', () => {
    reports([
      ['If you loose focus, you fail.', 'loose→lose', 'If you lose focus, you fail.'],
      ["Don't you dare loose that ring.", 'loose→lose', "Don't you dare lose that ring."],
      ['A lose screw fell out.', 'lose→loose', 'A loose screw fell out.'],
      ['The dog broke lose.', 'lose→loose', 'The dog broke loose.'],
    ]);
    silent([
      'The loose ends were tied.',
      'They let loose a cry.',
      'I always lose my keys.',
      'You lose some, you win some.',
      'Let them lose.',
      'The dog broke loose.',
    ]);
  });
});

describe('a simple past after "be" is its participle (issue #15, fifteenth round)', () => {
  test('reports the past and fixes it to the participle', () => {
    reports([
      ['The car was stole last night.', 'stole→stolen', 'The car was stolen last night.'],
      ['The letter was wrote in 1990.', 'wrote→written', 'The letter was written in 1990.'],
      ['He was never forgave for it.', 'forgave→forgiven', 'He was never forgiven for it.'],
      ['Ticket requires something from design before it can be began.', 'began→begun', 'Ticket requires something from design before it can be begun.'],
      ['The window was broke by the ball.', 'broke→broken', 'The window was broken by the ball.'],
    ]);
  });
  test('silent on the participle, on "broke" that means penniless, on a noun, and in speech', () => {
    silent([
      'The car was stolen last night.',
      'I was broke after the holidays.',
      'The sky was rose and gold.',
      'What he was did finally begin to matter.',
      '"They was took by surprise," he said.',
    ]);
  });
});

describe('"there" before an adjective and its noun, after a verb or a preposition, leans to "their" (issue #15, fifteenth round)', () => {
  test('reports it and fixes it to "their"', () => {
    reports([
      ['We visited there new house last week.', 'there→their', 'We visited their new house last week.'],
      ['They came with there old friends.', 'there→their', 'They came with their old friends.'],
    ]);
  });
  test('silent on the existential "there" and on "there" as a place', () => {
    silent(['Is there enough food for everyone?', 'Were there other options?', 'Out there big storms are common.', 'We visited their new house last week.']);
  });
});

describe('in speech, a set decided by grammar needs no wider margin (issue #15, fifteenth round)', () => {
  test('reports the contraction grammar wants inside dialogue', () => {
    reports([['"I hope your safe out there," she said.', "your→you're", '"I hope you\'re safe out there," she said.']]);
  });
  test("silent where a verb's place only leans, and on the word written right", () => {
    silent(['"I think Montero did right," Amy said.', '"I hope you\'re safe out there," she said.']);
  });
});

describe('"its" before a participle that ends a predicate leans to "it\'s" (issue #15, fifteenth round)', () => {
  test('reports it, in speech too, and fixes it to "it\'s"', () => {
    reports([
      ['I think its broken.', "its→it's", "I think it's broken."],
      ['"I think its broken," he said.', "its→it's", '"I think it\'s broken," he said.'],
      ['Its called a widget.', "Its→It's", "It's called a widget."],
    ]);
  });
  test('silent before the noun a participle modifies', () => {
    silent(['The company changed its stated goal.', 'The bird and its broken wing healed.', "I think it's broken."]);
  });
});

describe('"sever" where only an adjective stands is "severe" (issue #15, fifteenth round)', () => {
  test('reports it before a noun no verb can take, and after "be" at a clause\'s end', () => {
    reports([
      ['The storm caused sever damage to the town.', 'sever→severe', 'The storm caused severe damage to the town.'],
      ['He suffered very sever injuries.', 'sever→severe', 'He suffered very severe injuries.'],
      ['The pain was sever.', 'sever→severe', 'The pain was severe.'],
    ]);
  });
  test('silent on the verb after "to", a modal, a subject or "helped"', () => {
    silent([
      'They decided to sever ties with the company.',
      'The new rules helped sever ties between them.',
      'We must sever the rope now.',
      'They sever all contact after the trial.',
    ]);
  });
});

describe('"then" a few words after a comparative, before what a comparison takes, leans to "than" (issue #15, fifteenth round)', () => {
  test('reports it and fixes it to "than"', () => {
    reports([
      ['She is better at chess then me.', 'then→than', 'She is better at chess than me.'],
      ['He works harder every day then anyone.', 'then→than', 'He works harder every day than anyone.'],
    ]);
  });
  test('silent on a sequence\'s "then"', () => {
    silent([
      'First you go, then me.',
      'After dinner we played cards, then them.',
      'The water got colder and then ever so slowly froze.',
      'She is better at chess than me.',
    ]);
  });
});
