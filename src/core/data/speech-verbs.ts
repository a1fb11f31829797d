/**
 * Verbs that make a dialogue tag: `"Stop," she said`, `"Why?" asked Ron`, and a thought's tag,
 * which follows the same punctuation: `'Typical,' she thought`. Past tense, the tense
 * fan fiction is written in, plus the present forms of the common ones for present-tense stories
 * (`"Stop," she says`). Action beats are not here: `"Stop." She turned away.` is right as written,
 * and so is `"Stop." She smiled.` (a smile is not a way of saying something). The verbs that are
 * both (`laughed`, `sighed`) are listed apart, in `AMBIGUOUS_SPEECH_VERBS`.
 */

/** Past-tense speech verbs, fan fiction's tag verbs among them (`growled`, `purred`, `chirped`). */
export const SPEECH_VERBS_PAST: readonly string[] = [
  'accused', 'acknowledged', 'added', 'admitted', 'advised', 'agreed', 'announced', 'answered', 'apologized',
  'apologised', 'argued', 'asked', 'assured', 'babbled', 'barked', 'bawled', 'begged', 'bellowed',
  'blurted', 'boasted', 'boomed', 'bragged', 'breathed', 'called', 'chattered', 'cheered', 'chided', 'chimed',
  'chirped', 'chorused', 'chuckled', 'clarified', 'commanded', 'commented', 'complained', 'complimented',
  'congratulated', 'conceded', 'concluded',
  'confessed', 'confirmed', 'continued', 'cooed', 'corrected', 'coughed', 'countered', 'croaked', 'cried',
  'declared', 'demanded', 'denied', 'drawled', 'echoed', 'explained', 'exclaimed', 'finished', 'gasped',
  'giggled', 'groaned', 'growled', 'grumbled', 'grunted', 'gushed', 'hissed', 'hollered', 'howled',
  'huffed', 'implored', 'inquired', 'insisted', 'interjected', 'interrupted', 'jeered', 'joked', 'laughed',
  'lied', 'mentioned', 'moaned', 'mocked', 'mouthed', 'mumbled', 'murmured', 'mused', 'muttered', 'nagged',
  'noted', 'objected', 'observed', 'offered', 'ordered', 'panted', 'pleaded', 'pled', 'praised', 'prayed',
  'promised', 'prompted', 'protested', 'purred', 'queried', 'questioned', 'quipped', 'raged', 'ranted',
  'reasoned', 'reassured', 'recalled', 'recited', 'remarked', 'reminded', 'repeated', 'replied', 'reported', 'responded',
  'retorted', 'roared', 'sang', 'said', 'scoffed', 'scolded', 'screamed', 'screeched', 'shouted', 'shrieked',
  'sighed', 'snapped', 'snarled', 'sneered', 'snickered', 'sniffed', 'sniffled', 'snorted', 'sobbed',
  'spat', 'spoke', 'sputtered', 'squeaked', 'squealed', 'stammered', 'stated', 'stuttered', 'suggested', 'taunted', 'teased',
  'threatened', 'thought', 'told', 'urged', 'uttered', 'vowed', 'wailed', 'warned', 'whimpered', 'whined', 'whispered',
  'wondered', 'yelled', 'yelped',
];

/** Present-tense forms of the common speech verbs, for stories told in the present. */
export const SPEECH_VERBS_PRESENT: readonly string[] = [
  'adds', 'agrees', 'announces', 'answers', 'asks', 'barks', 'begs', 'breathes', 'calls', 'chuckles', 'cries', 'continues',
  'demands', 'explains', 'exclaims', 'gasps', 'giggles', 'groans', 'growls', 'grumbles', 'hisses', 'insists', 'laughs',
  'mumbles', 'murmurs', 'mutters', 'offers', 'pleads', 'promises', 'purrs', 'replies', 'repeats', 'responds', 'retorts',
  'roars', 'says', 'scoffs', 'screams', 'shouts', 'sighs', 'snaps', 'snarls', 'sneers', 'snorts', 'spits', 'stammers',
  'states', 'stutters', 'suggests', 'teases', 'tells', 'thinks', 'warns', 'whimpers', 'whines', 'whispers', 'wonders',
  'yells',
  // The present of the rest of the past list, for fan fiction told in the present (`"…," Kirito
  // praises`, `the rearguard Sachi speaks`, `Misaka inquires`).
  'accuses', 'acknowledges', 'admits', 'advises', 'apologizes', 'apologises', 'argues', 'assures', 'babbles',
  'bellows', 'blurts', 'boasts', 'chatters', 'chides', 'chirps', 'clarifies', 'complains', 'compliments', 'concedes',
  'concludes', 'confesses', 'confirms', 'congratulates', 'coos', 'corrects', 'counters', 'croaks', 'declares',
  'denies', 'drawls', 'gushes', 'hollers', 'implores', 'inquires', 'interjects', 'praises', 'quips', 'reassures',
  'recites', 'reminds', 'scolds', 'screeches', 'shrieks', 'speaks', 'sputters', 'squeaks', 'squeals', 'threatens',
  'utters', 'interrupts', 'muses', 'observes', 'sings',
];

/**
 * Speech verbs that are also sounds or actions: `"Stop," she laughed` is a tag, `"Stop." She
 * laughed.` a laugh after the speech, and both are right. After a full stop, a question or
 * exclamation mark and a capital they are read as beats, and never reported; after a comma, no
 * mark or a lowercase word they are tags, as the punctuation says, as long as nothing but a tag's
 * words follows them (`"Stop" she laughed.` lacks its comma, `"Stop" she laughed at him` is left
 * alone: a missing full stop or comma?). Every other speech verb only ever reports speech.
 * (`nodded`, `shrugged`, `smiled`, `grinned`, `beamed`, `pouted`, `winked`, `frowned` are in no
 * list: nobody nods words, so they are beats wherever they stand.)
 */
export const AMBIGUOUS_SPEECH_VERBS: readonly string[] = [
  'breathed', 'breathes', 'cheered', 'chuckled', 'chuckles', 'coughed', 'cried', 'cries', 'gasped', 'gasps', 'giggled',
  'giggles', 'groaned', 'groans', 'grunted', 'howled', 'huffed', 'laughed', 'laughs', 'moaned', 'mouthed', 'panted',
  'prayed', 'raged', 'sang', 'sighed', 'sighs', 'snickered', 'sniffed', 'sniffled', 'snorted', 'snorts', 'sobbed',
  'wailed', 'whimpered', 'whimpers', 'yelped', 'offered', 'offers', 'finished', 'continued', 'continues', 'recalled',
  'observed', 'echoed', 'lied', 'mocked', 'thought', 'thinks', 'wondered', 'wonders', 'mused', 'interrupted',
  'interrupts', 'muses', 'observes', 'sings', 'spoke', 'speaks',
];

/**
 * Speech verbs of two words, a verb and its particle: `"No," Sam cut in`, `"And you?" put in
 * Ceecee`, `she broke in`. The verb alone is no speech verb (`she cut the rope`, `he put in the
 * key`), so these are read only as a pair, by the speaker attribution; the rules that take a tag
 * from `isSpeechVerb` do not see them.
 */
export const PHRASAL_SPEECH_VERBS: readonly string[] = [
  'broke in', 'breaks in', 'butted in', 'butts in', 'chimed in', 'chimes in', 'chipped in', 'chips in', 'cut in',
  'cuts in', 'piped up', 'pipes up', 'put in', 'puts in', 'spoke up', 'speaks up', 'struck in', 'threw in',
];

const PHRASAL = new Set(PHRASAL_SPEECH_VERBS);

/** Whether `verb particle` (any case) is a speech verb of two words: `cut in`, `spoke up`. */
export function isPhrasalSpeechVerb(verb: string, particle: string): boolean {
  return PHRASAL.has(`${verb.toLowerCase()} ${particle.toLowerCase()}`);
}

const ALL = new Set([...SPEECH_VERBS_PAST, ...SPEECH_VERBS_PRESENT]);
const AMBIGUOUS = new Set(AMBIGUOUS_SPEECH_VERBS);

/** Whether `word` (any case) is a speech verb: `said`, `whispered`, `asks`. */
export function isSpeechVerb(word: string): boolean {
  return ALL.has(word.toLowerCase());
}

/** Whether `word` (any case) is both a speech verb and an action (`laughed`, `sighed`). */
export function isAmbiguousSpeechVerb(word: string): boolean {
  return AMBIGUOUS.has(word.toLowerCase());
}

/** Whether `word` (any case) can only report speech (`said`, `growled`, not `sighed`). */
export function isPureSpeechVerb(word: string): boolean {
  const w = word.toLowerCase();
  return ALL.has(w) && !AMBIGUOUS.has(w);
}
