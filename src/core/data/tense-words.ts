/**
 * The word tables of the \`tense-shift\` rule: auxiliaries by tense, subjects, adverbs that stand
 * between a subject and its verb, words that look like verbs and are not, and the words that make
 * present tense right in narration (reporting, the narrator's now, backstory).
 */

export const PRESENT_AUX: ReadonlyMap<string, string> = new Map([
  ['is', 'was'], ['are', 'were'], ['am', 'was'], ['has', 'had'], ['does', 'did'], ["isn't", "wasn't"], ["aren't", "weren't"],
  ["hasn't", "hadn't"], ["doesn't", "didn't"],
]);
// Present verbs the rule accepts in past narration, counted to tell a present-tense passage from
// a slip: contractions (`it's` is `it is` or `it has`, both present) and present modals.
export const PRESENT_OTHER = [
  "it's", "that's", "there's", "here's", "what's", "who's", "where's", "he's", "she's", "they're", "we're", "you're", "i'm", "i've",
  "we've", "they've", "you've", 'can', 'will', 'must', 'may', 'shall', "can't", "won't", 'cannot', "mustn't", "shan't",
];
export const PAST_AUX = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't"]);
export const THIRD_SUBJECTS = new Set(['he', 'she']);
export const PLURAL_SUBJECTS = new Set(['i', 'we', 'they']);
export const PRONOUN_SUBJECTS = new Set(['he', 'she', 'i', 'we', 'they']);
// Words between a subject and its verb: "she still walks", "he never was".
export const BEFORE_VERB = new Set(['never', 'just', 'still', 'also', 'only', 'even', 'always', 'already', 'then', 'finally', 'almost', 'barely', 'hardly', 'once', 'soon', 'suddenly', 'slowly', 'quickly', 'quietly', 'simply', 'really', 'nearly', 'often', 'sometimes', 'usually', 'now']);
// Words in -s after "he" or "she" that are no verb: "she always", "he perhaps".
export const NOT_VERBS_S = new Set([
  'always', 'perhaps', 'sometimes', 'was', 'has', 'is', 'does', 'his', 'hers', 'its', 'this', 'thus', 'less', 'unless', 'besides', 'afterwards',
  'towards', 'yes', 'us', 'as', 'plus', 'nevertheless', 'nonetheless', 'regardless', 'downstairs', 'upstairs', 'indoors', 'outdoors',
  'backwards', 'forwards', 'anyways', 'alas', 'whereas', 'ourselves', 'themselves', 'yours', 'ours', 'theirs', 'across', 'famous', 'serious',
]);
// Words in -ed that are no past tense: "a hundred", "her naked arm".
export const NOT_PAST_ED = new Set(['hundred', 'kindred', 'naked', 'wicked', 'sacred', 'beloved', 'rugged', 'ragged', 'jagged', 'wretched', 'red', 'bed', 'shed', 'need', 'seed', 'feed', 'weed', 'speed', 'indeed', 'bled', 'fled', 'led', 'wed']);
// A sentence that reports what someone thinks, knows or says may keep a truth in the present:
// "She knew that the well is far."
export const REPORTING = new Set([
  'thought', 'think', 'thinks', 'knew', 'know', 'knows', 'realized', 'realised', 'wondered', 'wonder', 'said', 'says', 'told', 'tells', 'asked',
  'remembered', 'remember', 'believed', 'believe', 'decided', 'hoped', 'hope', 'guessed', 'guess', 'figured', 'noticed', 'supposed', 'suppose',
  'understood', 'understand', 'explained', 'heard', 'read', 'learned', 'learnt', 'felt', 'seemed', 'meant', 'mean', 'reminded',
  'promised', 'swore', 'admitted', 'claimed', 'insisted', 'replied', 'answered', 'whispered', 'muttered', 'imagined', 'dreamed', 'dreamt',
  'wrote', 'writes', 'read', 'sang', 'sings',
  // A memory told: what is remembered beside it happened before (`He remembers the looks when he walked past`).
  'remembers', 'recall', 'recalls', 'recalled', 'recollect', 'recollects', 'recollected',
]);
// A first-person narrator speaks from the present: "I still remember", "I know now".
export const NARRATOR_NOW = new Set(['now', 'still', 'today', 'always', 'usually', 'often', 'sometimes', 'ever', 'remember', 'think', 'know', 'guess', 'suppose', 'wonder', 'believe', 'hope', 'mean', 'admit', 'swear', 'realize', 'realise', 'forget', 'recollect', 'recall', 'reckon', 'confess', 'fancy', 'daresay']);
// A past-tense sentence in a present-tense story that tells what came before: "She left hours ago."
export const BACKSTORY = new Set(['ago', 'yesterday', 'before', 'earlier', 'once', 'last', 'used', 'since', 'when', 'after', 'ever', 'never', 'first', 'born', 'already', 'had', 'previously', 'formerly', 'back', 'then', 'until', 'while']);
/** Words that name a past time: what is told beside them happened, whatever tense it is told in (`Yesterday she walks home`). */
export const PAST_TIME: ReadonlySet<string> = new Set(['yesterday', 'ago']);
// Capitalized words that open a sentence and are no subject of their own: "The dogs", "When it".
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'then', 'when', 'but', 'and', 'as', 'if',
  'so', 'now', 'my', 'our', 'your', 'all', 'some', 'every', 'each', 'no', 'one', 'two', 'what', 'which', 'who', 'why', 'how', 'where', 'while',
  'after', 'before', 'once', 'since', 'until', 'though', 'although', 'because', 'yet', 'or', 'nor', 'for', 'in', 'on', 'at', 'by', 'with', 'from',
  'to', 'of', 'into', 'over', 'under', 'here', 'both', 'many', 'most', 'few', 'several', 'such', 'only', 'even', 'just', 'still', 'also',
  'everyone', 'everything', 'someone', 'something', 'nothing', 'nobody', 'anyone', 'anything', 'mr', 'mrs', 'ms', 'dr', 'miss', 'sir', 'lady',
  'lord', 'not', 'perhaps', 'maybe', 'yes', 'oh', 'well', 'like', 'whatever', 'whoever', 'suddenly', 'again', 'soon', 'later', 'today',
]);
export const THOUGHT_TAG = /\b(?:thought|thinking|wondered|wondering|told (?:him|her|them|my)sel(?:f|ves)|said to (?:him|her|my)self|asked (?:him|her|my)self)\b/i;
// Modals put a sentence in the narrator's present ("I can see it from this window"), and "if"
// makes it a condition ("If he does, it's still better than an even chance").
export const NOT_TOLD = new Set(['can', 'will', 'must', 'shall', 'may', "can't", "won't", 'cannot', 'if']);
// Words after "I" that are no verb in the present: "I alone", "I myself", "I too".
export const NOT_BASE = new Set(['alone', 'myself', 'too', 'and', 'or', 'but', 'was', 'had', 'did', 'would', 'could', 'should', 'might', 'must', 'can', 'will', 'shall', 'may', "wasn't", "didn't", "hadn't", "wouldn't", "couldn't", 'am', 'is', 'are', 'have', 'do', 'never', 'just', 'still', 'also', 'only', 'even', 'always', 'already', 'then', 'finally', 'almost', 'barely', 'hardly', 'once', 'soon', 'now', 'often', 'sometimes', 'usually', 'not', 'guess', 'suppose', 'mean', 'think', 'know', 'remember', 'wonder', 'hope', 'believe', 'bet', 'swear']);
// Words a clause starts after: "and Kagome runs", "when Inuyasha falls".
export const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'when', 'as', 'while', 'so', 'because', 'before', 'after', 'until', 'if', 'though', 'although', 'since', 'once', 'where', 'or', 'nor', 'yet', 'now', 'suddenly', 'finally']);
export const MODALS = new Set(['would', 'could', 'should', 'might', 'must', 'can', 'will', 'shall', 'may', 'did', 'do', 'does', 'had', 'have', 'was', 'am']);
export const POSSESSIVES = new Set(['his', 'her', 'my', 'their', 'our']);
export const SECOND = new Set(['you', 'your', "you're", "you'd", "you'll", "you've", 'yourself', 'yourselves']);
export const FIRST = new Set(['i', 'me', 'my', 'myself', "i'm", "i'd", "i'll", "i've"]);
