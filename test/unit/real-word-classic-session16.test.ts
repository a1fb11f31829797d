// The classic pairs of issue #15's seventeenth round, read by the table (src/core/data/confusables.ts):
// "worst" where a comparison is made, "worse" where only the superlative stands, "off" for "of"
// and the reverse, "bough" for "bought", a finite verb after "make"/"let" and its object, "to far".
import { describe, test } from 'node:test';
import { assertConfusableReports as reports, assertConfusableSilent as silent } from '../support/confusable';

describe('"worst" where two are compared is "worse"', () => {
  test('reports it and fixes it to "worse"', () => {
    reports([
      ['The pain was worst than before.', 'worst→worse', 'The pain was worse than before.'],
      ['It is much worst now.', 'worst→worse', 'It is much worse now.'],
      ['Things got worst after that.', 'worst→worse', 'Things got worse after that.'],
      ['His temper became worst every day.', 'worst→worse', 'His temper became worse every day.'],
      ['Lying only made it worst.', 'worst→worse', 'Lying only made it worse.'],
      ['The storm took a turn for the worst.', 'worst→worse', 'The storm took a turn for the worse.'],
    ]);
  });
  test('silent on the superlative with its determiner, and on "worse" written right', () => {
    silent([
      'That was the worst day of her life.',
      'She was the worst of them all.',
      'He always expected the worst.',
      'At its worst, the fever made him rave.',
      'It was by far worst of the three.',
      'In the worst case we run.',
      'Prepare for the worst.',
      'It got worse after that.',
      'Even worse, he laughed.',
    ]);
  });
});

describe('"worse" where only the superlative stands is "worst"', () => {
  test('reports it and fixes it to "worst"', () => {
    reports([
      ['It was one of the worse nights of my life.', 'worse→worst', 'It was one of the worst nights of my life.'],
      ['That was the worse ever.', 'worse→worst', 'That was the worst ever.'],
      ['It was clumsy at best, cruel at worse.', 'worse→worst', 'It was clumsy at best, cruel at worst.'],
    ]);
  });
  test('silent on the comparative', () => {
    silent(['He looked none the worse for it.', 'The change was for the worse.', 'One of them was worse than the other.', 'It was worse at night.']);
  });
});

describe('"off" where "of" belongs', () => {
  test('reports it and fixes it to "of"', () => {
    reports([
      ['We finally got rid off the rats.', 'off→of', 'We finally got rid of the rats.'],
      ['Yes, off course we will go.', 'off→of', 'Yes, of course we will go.'],
      ['He wove some sort off little tale.', 'off→of', 'He wove some sort of little tale.'],
      ['She took the stairs instead off the lift.', 'off→of', 'She took the stairs instead of the lift.'],
      ['Get out off my room!', 'off→of', 'Get out of my room!'],
      ['He was afraid off the dark.', 'off→of', 'He was afraid of the dark.'],
    ]);
  });
  test('silent on "off" as an adverb or a preposition', () => {
    silent([
      'The ship was blown off course.',
      'He took the lid off the jar.',
      'She kicked off her shoes.',
      'They sorted off the old files.',
      'It was a bit off the mark.',
      'He rode off into the night.',
      'We finally got rid of the rats.',
    ]);
  });
});

describe('"of" where "off" belongs', () => {
  test('reports it and fixes it to "off"', () => {
    reports([
      ['He switched of the lights.', 'of→off', 'He switched off the lights.'],
      ['Please turn it of.', 'of→off', 'Please turn it off.'],
      ['The light was switched of.', 'of→off', 'The light was switched off.'],
      ['The ball bounced of the wall.', 'of→off', 'The ball bounced off the wall.'],
      ['Turn of the TV now.', 'of→off', 'Turn off the TV now.'],
    ]);
  });
  test('silent on "of" written right', () => {
    silent([
      'It was the turn of the century.',
      'Turn of the tide came at noon.',
      'He spoke of the twists and turns of his life.',
      'She watched the rise and fall of the tide.',
      'He switched off the lights.',
    ]);
  });
});

describe('"bough" where a verb stands is "bought"', () => {
  test('reports it and fixes it to "bought"', () => {
    reports([
      ['We have bough extra paint.', 'bough→bought', 'We have bought extra paint.'],
      ['She never bough fresh herbs there.', 'bough→bought', 'She never bought fresh herbs there.'],
      ["I've bough the tickets.", 'bough→bought', "I've bought the tickets."],
    ]);
  });
  test('silent on the branch', () => {
    silent(['The bough broke under the snow.', 'A bird sat on the highest bough.', 'His bough was bare.', 'She bought bread.']);
  });
});

describe('a finite verb after "make" or "let" and its object is the base', () => {
  test('reports it and fixes it to the base', () => {
    reports([
      ['That makes it seems like a trap.', 'seems→seem', 'That makes it seem like a trap.'],
      ['The light made it looked strange.', 'looked→look', 'The light made it look strange.'],
      ['The story made me felt sad.', 'felt→feel', 'The story made me feel sad.'],
    ]);
  });
  test('silent where the verb is finite in a clause of its own, and on the base', () => {
    silent(['That makes it seem like a trap.', 'Whatever he made, it seemed good.', 'He made it; it looked easy.', 'She made me feel sad.']);
  });
});

describe('"to far" after a verb of going, at the clause end, is "too far"', () => {
  test('reports it and fixes it to "too"', () => {
    reports([
      ['You have gone to far this time.', 'to→too', 'You have gone too far this time.'],
      ['This is going to far.', 'to→too', 'This is going too far.'],
    ]);
  });
  test('silent on "to" before a place', () => {
    silent(['They went to far places.', 'He was going to Farnham.', 'It went from near to far.', 'You have gone too far.']);
  });
});

describe('"were" after a singular personal pronoun inside a sentence, no subjunctive before it, is "was"', () => {
  test('reports it and fixes it to "was"', () => {
    reports([
      ['The implication that he were anything else was unbearable.', 'were→was', 'The implication that he was anything else was unbearable.'],
      ['He had to depend on himself, since he were miles away.', 'were→was', 'He had to depend on himself, since he was miles away.'],
      ['Did he ever visit here when he were a kid?', 'were→was', 'Did he ever visit here when he was a kid?'],
      ['Behind my closed door I were dressing carefully.', 'were→was', 'Behind my closed door I was dressing carefully.'],
    ]);
  });
  test('silent on the subjunctive and the unreal comparison, and on a plural subject', () => {
    silent([
      'She looked as though she were sick.',
      'I wish it were over.',
      'He acted like he were king.',
      'It was, as it were, a dream.',
      'Whether it were true or not, he left.',
      "I'd rather he were gone.",
      'He asked if I were coming.',
      'Suppose she were right.',
      'Even if it were true, nobody cared.',
      'He said they were late.',
      'The implication that he was anything else was unbearable.',
    ]);
  });
});

describe('classic pairs in the one context each takes: principle/principal, extent, confident, prize, whether, shall, watch, now', () => {
  test('reports each and fixes it', () => {
    reports([
      ['Mr Brown is our new school principle.', 'principle→principal', 'Mr Brown is our new school principal.'],
      ['The principle reason was money.', 'principle→principal', 'The principal reason was money.'],
      ['In principal I agree.', 'principal→principle', 'In principle I agree.'],
      ['He set out the general principals of magic.', 'principals→principles', 'He set out the general principles of magic.'],
      ['To what extend is this true?', 'extend→extent', 'To what extent is this true?'],
      ['It helped to a certain extend.', 'extend→extent', 'It helped to a certain extent.'],
      ['She felt confidant about the duel.', 'confidant→confident', 'She felt confident about the duel.'],
      ['Lena won a price at the fair.', 'price→prize', 'Lena won a prize at the fair.'],
      ["Don't ask me wether it is decided!", 'wether→whether', "Don't ask me whether it is decided!"],
      ['We shell overcome.', 'shell→shall', 'We shall overcome.'],
      ['Shell we dance?', 'Shell→Shall', 'Shall we dance?'],
      ['I look TV every morning.', 'look→watch', 'I watch TV every morning.'],
      ['She made a pie every know and then.', 'know→now', 'She made a pie every now and then.'],
    ]);
  });
  test('silent on the words where they belong', () => {
    silent([
      'The principle of the thing matters.',
      'The principal of the school was strict.',
      'Payments in principal and interest are due.',
      'We extend the deadline.',
      'Some extend their stay.',
      'He was her confidant.',
      'He was confidant to the king.',
      'We won the price war.',
      'The price was too high.',
      'The old wether was sold.',
      'I shell the peas.',
      'She found a shell on the beach.',
      'Look at the TV.',
      'I know you.',
    ]);
  });
});

describe('the third person of a verb whose base is also its participle ("come", "become") after a modal, "to" or "they" is the base', () => {
  test('reports it and fixes it to the base', () => {
    reports([
      ['She will comes tomorrow.', 'comes→come', 'She will come tomorrow.'],
      ['They comes here every day.', 'comes→come', 'They come here every day.'],
      ['He wanted to becomes a knight.', 'becomes→become', 'He wanted to become a knight.'],
    ]);
  });
  test('silent where the third person agrees', () => {
    silent(['She comes tomorrow.', 'Here comes the bride.', 'It comes and goes.', 'The time has come.', 'He becomes a knight.', 'What becomes of them?']);
  });
});

describe('a regular past whose base Brown tags mostly as another word ("like", "open") is the base after "didn\'t" or "to"', () => {
  test('reports it and fixes it to the base', () => {
    reports([
      ["She didn't liked it.", 'liked→like', "She didn't like it."],
      ['She tried to opened the door.', 'opened→open', 'She tried to open the door.'],
    ]);
  });
  test('silent on the past where it belongs', () => {
    silent(['She liked it.', 'The door opened slowly.', 'It was an opened letter.', "She didn't like it."]);
  });
  test('silent on a past after "to" that modifies the noun after it, and still reports one that does not', () => {
    silent(['She said goodbye to loved ones.', 'He spoke to worried parents.', 'It was sent to concerned citizens.']);
    reports([['I went to explored distant galaxies.', 'explored→explore', 'I went to explore distant galaxies.']]);
  });
});
