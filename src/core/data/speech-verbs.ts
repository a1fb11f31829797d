/**
 * Verbs that make a dialogue tag: `"Stop," she said`, `"Why?" asked Ron`, and a thought's tag,
 * which follows the same punctuation: `'Typical,' she thought`. Past tense, the tense
 * fan fiction is written in, plus the present forms of the common ones for present-tense stories
 * (`"Stop," she says`). Action beats are not here: `"Stop." She turned away.` is right as written,
 * and so is `"Stop." She smiled.` (a smile is not a way of saying something).
 */

/** Past-tense speech verbs. */
export const SPEECH_VERBS_PAST: readonly string[] = [
  'accused', 'acknowledged', 'added', 'admitted', 'advised', 'agreed', 'announced', 'answered', 'apologized',
  'apologised', 'argued', 'asked', 'assured', 'babbled', 'barked', 'bawled', 'beamed', 'begged', 'bellowed',
  'blurted', 'boasted', 'boomed', 'bragged', 'breathed', 'called', 'chattered', 'cheered', 'chided', 'chimed',
  'chirped', 'chorused', 'chuckled', 'clarified', 'commanded', 'commented', 'complained', 'conceded', 'concluded',
  'confessed', 'confirmed', 'continued', 'cooed', 'corrected', 'coughed', 'countered', 'croaked', 'cried',
  'declared', 'demanded', 'denied', 'drawled', 'echoed', 'explained', 'exclaimed', 'finished', 'gasped',
  'giggled', 'grinned', 'groaned', 'growled', 'grumbled', 'grunted', 'gushed', 'hissed', 'hollered', 'howled',
  'huffed', 'implored', 'inquired', 'insisted', 'interjected', 'interrupted', 'jeered', 'joked', 'laughed',
  'lied', 'mentioned', 'moaned', 'mocked', 'mouthed', 'mumbled', 'murmured', 'mused', 'muttered', 'nagged',
  'noted', 'objected', 'observed', 'offered', 'ordered', 'panted', 'pleaded', 'pled', 'pouted', 'prayed',
  'promised', 'prompted', 'protested', 'purred', 'queried', 'questioned', 'quipped', 'raged', 'ranted',
  'reasoned', 'reassured', 'recalled', 'recited', 'reminded', 'repeated', 'replied', 'reported', 'responded',
  'retorted', 'roared', 'sang', 'said', 'scoffed', 'scolded', 'screamed', 'screeched', 'shouted', 'shrieked',
  'shrugged', 'sighed', 'snapped', 'snarled', 'sneered', 'snickered', 'sniffed', 'sniffled', 'snorted', 'sobbed',
  'spat', 'sputtered', 'squeaked', 'squealed', 'stammered', 'stated', 'stuttered', 'suggested', 'teased',
  'threatened', 'thought', 'told', 'urged', 'uttered', 'vowed', 'wailed', 'warned', 'whimpered', 'whined', 'whispered',
  'wondered', 'yelled', 'yelped',
];

/** Present-tense forms of the common speech verbs, for stories told in the present. */
export const SPEECH_VERBS_PRESENT: readonly string[] = [
  'adds', 'agrees', 'announces', 'answers', 'asks', 'begs', 'breathes', 'calls', 'cries', 'continues', 'demands',
  'explains', 'exclaims', 'gasps', 'groans', 'growls', 'grumbles', 'hisses', 'insists', 'laughs', 'mumbles',
  'murmurs', 'mutters', 'offers', 'pleads', 'promises', 'replies', 'repeats', 'responds', 'retorts', 'roars',
  'says', 'screams', 'shouts', 'sighs', 'snaps', 'snarls', 'sneers', 'snorts', 'stammers', 'states', 'stutters',
  'suggests', 'teases', 'tells', 'thinks', 'warns', 'whimpers', 'whines', 'whispers', 'wonders', 'yells',
];

/**
 * Verbs that only ever report speech. After a full stop and a capital (`"Stop." She said.`) only
 * these make a tag: `"Stop." She sighed.` and `"Stop." He laughed.` are action beats.
 */
export const PURE_SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'asked', 'asks', 'replied', 'replies', 'answered', 'answers', 'whispered', 'whispers',
  'muttered', 'mutters', 'murmured', 'murmurs', 'mumbled', 'mumbles', 'shouted', 'shouts', 'yelled', 'yells',
  'exclaimed', 'exclaims', 'stammered', 'stuttered', 'retorted', 'retorts', 'responded', 'responds',
  'inquired', 'queried', 'demanded', 'demands', 'snapped', 'snaps', 'hissed', 'hisses', 'screamed', 'screams',
];

const ALL = new Set([...SPEECH_VERBS_PAST, ...SPEECH_VERBS_PRESENT]);
const PURE = new Set(PURE_SPEECH_VERBS);

/** Whether `word` (any case) is a speech verb: `said`, `whispered`, `asks`. */
export function isSpeechVerb(word: string): boolean {
  return ALL.has(word.toLowerCase());
}

/** Whether `word` (any case) can only report speech (`said`, not `sighed`). */
export function isPureSpeechVerb(word: string): boolean {
  return PURE.has(word.toLowerCase());
}
