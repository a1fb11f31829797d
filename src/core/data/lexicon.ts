/**
 * A compact English lexicon for the `confusable` rule: the closed classes (determiners, pronouns,
 * modals, auxiliaries, prepositions, conjunctions) in full, and small hand-made lists of the open
 * classes, completed by suffix heuristics ("-ing", "-ed", "-ly", "-ness"…). It answers one
 * question — could this word be a noun, a base verb, an adjective… — fast enough to ask it of
 * every word of a novel. A tagger would answer better and cost a hundred times more (see
 * `scripts/confusable-quality.ts`); the rule only asks about the few words next to a suspect.
 *
 * Every word is lowercase with straight apostrophes, as in `Token.lower`.
 */

/** The word classes a context pattern can name as `@class`. */
export const WORD_CLASS = {
  /** a, an, the. */
  art: 1 << 0,
  /** Determiners: articles, demonstratives, quantifiers ("this", "every", "no"). */
  det: 1 << 1,
  /** Possessive determiners: "my", "your", "his", "her", "its", "our", "their". */
  poss: 1 << 2,
  /** Subject pronouns: "I", "he", "she", "we", "they", "you", "it". */
  subj: 1 << 3,
  /** Object pronouns: "me", "him", "her", "us", "them", "you", "it". */
  obj: 1 << 4,
  /** Modals and the forms that take a bare verb after them: "can", "won't", "I'll", "gonna". */
  modal: 1 << 5,
  /** do, does, did and their negatives. */
  do: 1 << 6,
  /** Forms of be, contracted ones included ("I'm", "she's", "wasn't"). */
  be: 1 << 7,
  /** Forms of have, contracted ones included ("I've", "hadn't"). */
  have: 1 << 8,
  prep: 1 << 9,
  conj: 1 << 10,
  /** what, who, where, when, why, how, which. */
  wh: 1 << 11,
  /** Numbers in words or digits. */
  num: 1 << 12,
  /** Adverbs: a list of the short ones plus every "-ly" word that is not a noun or adjective. */
  adv: 1 << 13,
  /** Present participles ("going", "staring"), not the nouns in -ing ("morning", "feeling"). */
  ing: 1 << 14,
  /** Past forms: regular "-ed" words and the irregular pasts ("went", "saw", "held"). */
  past: 1 << 15,
  /** Base verbs that are not also everyday adjectives ("go", "see", "breathe"; not "close", "clean"). */
  verb: 1 << 16,
  /** Common nouns, singular and plural. */
  noun: 1 << 17,
  /** Plural nouns. */
  plural: 1 << 18,
  adj: 1 << 19,
  /** Adjectives that describe a person or state and are rarely nouns: "late", "scared", "beautiful". */
  pred: 1 << 20,
  /** Comparatives: "more", "less", "rather", "other", "taller", "happier". */
  comp: 1 << 21,
  /** Verbs that report speech or a manner of speaking: "said", "whispered", "smiled". */
  speech: 1 << 22,
  /** Verbs of motion that take a path: "walked", "ran", "drove". */
  motion: 1 << 23,
  /** Parts of bodies and things, what "its" usually owns: "paw", "wings", "hilt". */
  part: 1 << 24,
  /** Subject pronouns fused with a verb: "he's", "I'm", "they'll", "there's". */
  subjc: 1 << 25,
  /** everyone, anyone, nobody, something… */
  indef: 1 << 26,
  /** Reflexive pronouns: "himself", "themselves". */
  refl: 1 << 27,
  /** Words of time that follow "there" or "here" as adverbs: "tomorrow", "tonight". */
  time: 1 << 28,
  /** A name or noun with a possessive "'s" ("Harry's", "the dog's"), not a contraction ("he's"). */
  gen: 1 << 29,
} as const;

/** The name of a word class. */
export type WordClass = keyof typeof WORD_CLASS;

const C = WORD_CLASS;
const table = new Map<string, number>();

function add(cls: number, words: string): void {
  for (const w of words.split(/\s+/)) if (w) table.set(w, (table.get(w) ?? 0) | cls);
}

add(C.art | C.det, 'a an the');
add(C.det, 'this that these those some any no every each another either neither much many few several all both enough such what which whatever whichever');
add(C.poss, 'my your his her its our their thy yer');
add(C.subj, 'i you he she we they it ye');
add(C.obj, 'me you him her us them it');
add(C.indef, 'everyone everybody everything anyone anybody anything someone somebody something nobody nothing');
add(C.refl, 'myself yourself himself herself itself ourselves yourselves themselves oneself');

// "I'll lose", "she'd lose", "gonna lose": all take a bare verb after them, as a modal does.
add(
  C.modal,
  `can could will would shall should may might must cannot can't couldn't won't wouldn't shan't shouldn't
   mustn't mightn't needn't gonna wanna gotta hafta oughta i'll you'll he'll she'll it'll we'll they'll
   that'll there'll who'll i'd you'd he'd she'd we'd they'd it'd who'd let's`,
);
add(C.do, "do does did don't doesn't didn't dont doesnt didnt");
add(
  C.be,
  `am is are was were be been being isn't aren't wasn't weren't ain't i'm you're he's she's it's we're
   they're that's there's here's what's who's where's how's`,
);
add(C.have, "have has had having haven't hasn't hadn't i've you've we've they've who've would've could've should've might've must've");
add(
  C.subjc,
  `i'm you're he's she's it's we're they're that's there's i'll you'll he'll she'll it'll we'll they'll
   i'd you'd he'd she'd we'd they'd i've you've we've they've`,
);
add(
  C.prep,
  `of in on at to from with by for about into onto over under above below behind beside besides between
   through across after before during without within around against among toward towards upon near off
   out up down past like beyond beneath underneath inside outside throughout along since until till
   despite except via amid amidst`,
);
add(C.conj, 'and but or nor yet so because although though while whereas unless if whether once cause');
add(C.wh, 'what who whom where when why how which');
add(
  C.num,
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
   seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
   million dozen couple`,
);
add(
  C.adv,
  `not never always already still even only also so very too quite rather almost ever often sometimes
   soon now then here there again away back together instead anyway maybe perhaps just really once
   twice yet else later today tonight tomorrow yesterday forever somehow anymore seldom nearly hardly
   barely merely simply suddenly finally actually probably certainly definitely clearly`,
);
add(C.time, 'tomorrow tonight today yesterday now then before after once twice forever already again soon later');

// Comparatives. "-er" forms of the adjectives below are added when the adjectives are.
add(C.comp, 'more less rather other better worse fewer further farther elder');

// Irregular pasts (the regular ones are "-ed" words, found by suffix).
add(
  C.past,
  `said went came saw took gave got made knew thought told found left felt kept held brought ran stood sat
   fell began wrote spoke broke drove threw grew drew flew wore tore swore bore caught taught fought bought
   sought meant sent spent built lost heard met led fed paid laid hid bit lit shot slept swept wept crept
   knelt dealt rose woke chose froze stole sang rang sank swam shook forgot forgave became understood
   struck stuck hung spun won sold slid fled bled bent lent dug`,
);

// Base verbs; the ones that are everyday adjectives too ("close", "clean", "slow", "quiet") are
// left out on purpose: "too close" is an adjective, "too go" is a mistake.
add(
  C.verb,
  `go get see do make take come give tell say ask help try leave stop eat sleep play talk hurry kill fight
   save protect know think hear listen watch look let keep run walk find send bring buy sell pay meet
   sit stand wait call move put show turn start begin finish open learn teach write read speak understand
   believe remember forget forgive love hate like want need feel seem become stay live die lose win
   breathe hold follow lead carry throw catch pull push kiss hug touch cry laugh smile scream shout yell
   whisper answer explain decide choose change happen sing dance drink drive fly swim jump climb fall rise
   wake marry worry wonder pretend promise agree argue apologize apologise thank visit check grab hide
   share spend steal break build cut hit hurt shoot sign use wear wash cook bake clean fix join belong
   accept allow appear arrive attack avoid blame borrow care chase cheat collect complain continue count
   cover deny deserve destroy disappear discover enjoy escape expect explore face fail fill fit hang
   hope imagine include inform invite kick knock land last lie lift marry mind miss mention notice obey
   offer order own pass pick plan pray prepare prove punish reach realize realise receive refuse relax
   remind repeat reply rescue rest return ride ring rush search seek shake shine shut sink smell solve
   suffer suggest support suppose survive swear taste tear thank travel trust vanish visit warn waste
   wish work worry yawn`,
);
add(
  C.speech,
  `said says say asked asks replied replies whispered whispers muttered mutters murmured murmurs mumbled
   mumbles answered answers snapped snaps shouted shouts yelled yells screamed screams cried cries added
   adds stated spoke responded retorted continued explained admitted agreed insisted repeated told hissed
   growled sighed laughed smiled chuckled grinned nodded breathed lied warned pleaded begged teased joked
   commented noted offered promised confessed stammered stuttered croaked gasped sobbed whimpered groaned
   grumbled drawled purred sang chirped barked ordered demanded suggested reminded assured questioned
   wondered mused smirked giggled huffed snorted sniffed scoffed sneered snarled`,
);
add(
  C.motion,
  `walked walk walks walking ran run runs running went go goes going drove drive drives driving flew fly flies
   flying rushed rush rushing hurried hurry hurrying strode stride striding raced race racing sped speed
   marched march marching stalked stepped step stepping snuck sneaked sneak sneaking darted dart swept
   glided slid slipped drifted sailed zoomed stormed moved move moving passed pass passing came come
   comes coming burst crept creep creeping wandered wander wandering jogged jog jogging sprinted sprint
   dashed dash limped limp shuffled shuffle strolled stroll paced pace`,
);

// Nouns, singular; plurals are derived. Everyday things of a story: people, bodies, homes, time,
// and the furniture of fandoms (wands, swords, brooms).
const NOUNS = `man woman boy girl child kid baby person people friend friends family mother father mom mum dad
  brother sister son daughter aunt uncle cousin husband wife boyfriend girlfriend parent grandmother
  grandfather teacher student master lord lady king queen prince princess captain team class house home
  room door window wall floor ceiling bed table chair desk couch sofa kitchen bathroom bedroom hall
  hallway corridor stairs staircase garden yard street road car bike train bus ship boat plane horse dog
  cat owl dragon bird fox wolf snake eye eyes ear nose mouth lip lips tooth teeth tongue face head hair
  neck shoulder arm elbow wrist hand finger thumb chest heart stomach back hip leg knee ankle foot toe
  skin blood bone body mind soul voice breath tear cheek chin jaw brow forehead fist palm nail scar
  wound paw claw tail wing feather fur horn hoof mane fin scale beak hilt blade sword knife dagger wand
  staff broom cloak robe coat jacket shirt dress skirt pants jeans shoe boot sock hat scarf glove ring
  necklace bag backpack book letter note paper pen diary journal map phone key box bottle cup glass mug
  plate bowl spoon fork food bread water tea coffee wine milk cake apple meal lunch dinner breakfast
  money gift present card photo picture picture name idea fault turn job life death war battle fight
  mission plan dream nightmare secret story problem question answer reason choice chance decision
  mistake promise lie truth thing stuff wedding birthday party feeling feelings building meeting
  painting drawing clothing ending beginning warning training cooking writing handwriting singing
  morning evening night afternoon day week month year hour minute moment time weekend school village
  town city castle tower forest tree flower grass river lake sea ocean beach mountain hill sky sun moon
  star rain snow wind fire light dark shadow smoke ash stone rock sand dust ground world country
  kingdom army soldier guard enemy mentor partner rival leader sensei teammate classmate roommate
  boss sir madam homework exam test lesson grade office clinic hospital library shop store
  restaurant bar pub inn tent camp cave hole trap gate fence roof attic basement cellar porch balcony
  pocket wallet purse tie belt collar sleeve button zipper hood mask helmet armor armour shield bow
  arrow spear gun bullet cannon potion spell curse charm magic chakra jutsu kunai scroll amulet
  sheath handle lid cover page pages edge surface contents owner rider pilot driver patient doctor
  nurse healer priest monk miko demon angel vampire werewolf ghost spirit god goddess
  opponent prisoner servant maid butler cook chef mate lover ex fiance fiancee bride groom side
  apartment flat locker trunk cauldron robes quill parchment ink headband forehead protector`;

const IRREGULAR_PLURALS: Record<string, string> = {
  man: 'men', woman: 'women', child: 'children', person: 'people', tooth: 'teeth', foot: 'feet',
  mouse: 'mice', knife: 'knives', wife: 'wives', life: 'lives', wolf: 'wolves', leaf: 'leaves',
  shelf: 'shelves', half: 'halves', scarf: 'scarves', hoof: 'hooves', thief: 'thieves', elf: 'elves',
  self: 'selves', calf: 'calves', fish: 'fish', sheep: 'sheep', deer: 'deer',
};

function pluralOf(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

for (const n of NOUNS.split(/\s+/)) {
  if (!n) continue;
  add(C.noun, n);
  if (!n.endsWith('s') || n === 'glass' || n === 'dress' || n === 'boss' || n === 'class' || n === 'grass') add(C.noun | C.plural, pluralOf(n));
}
add(C.noun | C.plural, 'people clothes feelings stairs pants jeans glasses');

// Adjectives that describe how someone is ("you're late", "it's cold in here"); the predicate
// ones are rarely nouns, so "your late" can only be "you're late".
const PRED = `late early sure okay ok fine alright right wrong welcome beautiful pretty cute gorgeous
  handsome ugly crazy insane mad stupid dumb smart clever brilliant safe alive dead awake asleep lucky
  ridiculous impossible amazing hopeless adorable jealous drunk sick ill tired scared afraid angry upset
  happy sad lost free serious sorry useless unbelievable incredible perfect pathetic kidding joking
  lying busy ready done finished gone hungry thirsty warm tall short weird strange funny annoying
  annoyed awesome terrible horrible awful disgusting lovely nice sweet rude cruel great wonderful
  fantastic hilarious boring bored confused worried nervous excited sleepy shy quiet loud calm brave
  strong weak unfair fake naive innocent guilty pregnant married engaged blind deaf quick slow`;
add(C.adj | C.pred, PRED);
// Adjectives that are nouns as often ("your kind", "I've got your back", "in the cold").
add(C.adj, 'kind cold hot good bad light dark wet dry real poor rich old new young same different special normal famous true false clear possible important simple obvious fat mean evil fair');
add(
  C.adj,
  `own best worst little big small large huge tiny long whole last first next only other own entire
   full empty open closed red blue green black white brown grey gray golden silver dark bright soft
   deep high low wide narrow thick sharp smooth rough gentle fierce wild proud silent cool tight loose
   single double usual main whole certain`,
);

// "-er" forms of the adjectives: "taller than", "happier than".
for (const a of `tall short big small old young strong weak fast slow smart dumb bright dark high low long
  near close deep hard easy happy sad pretty ugly rich poor nice kind cute hot cold warm cool quick
  loud quiet large tiny heavy light thick thin wide narrow late early brave great fierce wise safe sweet
  soft tough smooth rough calm sharp busy funny weird strange clean dirty`.split(/\s+/)) {
  if (!a) continue;
  let comp: string;
  if (/[^aeiou]y$/.test(a)) comp = `${a.slice(0, -1)}ier`;
  else if (a.endsWith('e')) comp = `${a}r`;
  else if (/^[^aeiou]*[aeiou][^aeiouwy]$/.test(a)) comp = `${a}${a.at(-1)}er`;
  else comp = `${a}er`;
  add(C.comp, comp);
}

add(
  C.part,
  `paw paws wing wings head tail eyes eye mouth teeth jaws jaw claws claw feathers fur skin body legs
   leg arms arm hands hand face nose ears ear owner master rider mother sheath hilt blade handle lid
   edge surface contents pages cover spine course toll breath mane hooves hoof fangs scales beak
   horns horn roots branches leaves petals name purpose power magic glow light color colour shape size
   weight length gaze voice heart core center centre end prey victim`,
);

// Words that end in "-ing" and are not participles.
const NOT_ING = new Set(
  `thing things king kings ring rings sing bring spring string swing sting sling wing wings cling fling
   morning evening nothing something anything everything during ceiling pudding darling sibling
   duckling inkling offspring viking icing king lightning awning`.split(/\s+/),
);
// Words that end in "-ed" and are not past forms.
const NOT_ED = new Set(
  `bed red shed wed fed led need seed speed feed weed deed breed creed greed steed bleed freed reed
   tweed hundred naked wicked sacred kindred hatred sled bred fled sped biped ragged rugged jagged
   beloved learned aged blessed cursed dogged crooked`.split(/\s+/),
);
// Words that end in "-ly" and are not adverbs.
const NOT_LY = new Set(
  `family fly ally belly bully jelly rally reply supply apply holy ugly early friendly lonely lovely
   silly lily italy july only butterfly assembly anomaly monopoly comply imply rely multiply reply
   curly burly surly chilly hilly jolly folly holly sully tally gully bubbly wobbly likely elderly
   deadly costly cowardly kindly lively lowly manly orderly scholarly sickly timely unlikely wily
   homely weekly daily monthly yearly nightly hourly`.split(/\s+/),
);

const memo = new Map<string, number>();

/** The classes of `word` (lowercase, straight apostrophes) as a bit set of `WORD_CLASS`. */
export function classesOf(word: string): number {
  const known = memo.get(word);
  if (known !== undefined) return known;
  let bits = table.get(word) ?? 0;
  const n = word.length;
  if (/^\d/.test(word)) bits |= C.num;
  // "Harry's wand" (a possessive) but not "he's", "let's", "it's": those are in the table.
  if (bits === 0 && n > 3 && word.endsWith("'s")) bits |= C.gen;
  if (n >= 5 && word.endsWith('ing') && !NOT_ING.has(word) && !(bits & C.noun)) bits |= C.ing;
  if (n >= 4 && word.endsWith('ed') && !NOT_ED.has(word)) bits |= C.past;
  if (n >= 4 && word.endsWith('ly') && !NOT_LY.has(word)) bits |= C.adv;
  if (n >= 6 && /(?:ness|ment|tion|sion|ity|ship|hood|ism)$/.test(word)) bits |= C.noun;
  if (n >= 7 && /(?:nesses|ments|tions|sions|ities|ships)$/.test(word)) bits |= C.noun | C.plural;
  if (n >= 6 && /(?:ful|ous|less|ible|able)$/.test(word) && !/(?:table|cable|stable|vegetable|constable|enable|disable)$/.test(word)) bits |= C.adj | C.pred;
  if (memo.size < 50_000) memo.set(word, bits);
  return bits;
}

