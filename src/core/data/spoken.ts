/**
 * Words the dictionary does not know but fiction writes on purpose: dialect, interjections,
 * contractions of speech, and the Japanese terms of anime and manga fandoms. Inside dialogue and
 * thoughts they are never flagged; in narration the dialect ones are flagged as information.
 */

/** Dialect and casual speech: "ye", "yer", "outta", "gonna", "lass", "dunno". Lowercase. */
export const DIALECT: ReadonlySet<string> = new Set([
  'ye', 'yer', 'yerself', 'yeself', 'yez', 'yous', 'youse', 'ya', 'yah', 'y\'all', 'yall', 'ya\'ll', 'outta', 'gonna', 'wanna', 'gotta', 'kinda',
  'sorta', 'lotta', 'oughta', 'hafta', 'hasta', 'coulda', 'shoulda', 'woulda', 'musta', 'mighta', 'lemme', 'gimme', 'dunno', 'betcha', 'gotcha',
  'whatcha', 'watcha', 'wassup', 'whaddya', 'whadda', 'dontcha', 'didja', 'didya', 'wouldja', 'couldja', 'y\'know', 'ya\'know', 'c\'mon', 'cmon',
  'd\'you', 'd\'ya', 'd\'ye', 'innit', 'ain\'t', 'ain', 'aint', 'nothin', 'somethin', 'anythin', 'everythin', 'mornin', 'evenin', 'lass', 'lassie',
  'laddie', 'missus', 'mister', 'ma\'am', 'maam', 'guv', 'guvnor', 'bruv', 'mate', 'dinnae', 'cannae', 'wouldnae', 'couldnae', 'didnae',
  'isnae', 'wasnae', 'dinna', 'canna', 'willnae', 'ken', 'aye', 'nae', 'naw', 'nah', 'yeah', 'yep', 'yup', 'nope', 'yea', 'ok', 'okay', 'okey',
  'kay', 'okie', 'til', 'till', 'cuz', 'coz', 'cos', 'em', 'im', 'er', 'ello', 'ow', 'bout', 'round', 'nuff', 'scuse', 'cept', 'fore', 'tis',
  'twas', 'o\'', 'ol\'', 'ol', 'n\'', 'fella', 'fellas', 'gal', 'gals', 'pa', 'ma', 'mam', 'mum', 'mom', 'da', 'granda', 'gran', 'nan',
  'bloke', 'blokes', 'reckon', 'summat', 'owt', 'nowt', 'wot', 'wat', 'wut', 'whut', 'dat', 'dis', 'dem', 'dey', 'de', 'fer', 'ter', 'ta',
  'git', 'an\'', 'meself', 'hisself', 'theirselves', 'ourself', 'yerselves', 'gosh', 'golly', 'gee', 'jeez', 'geez', 'sheesh', 'dang', 'darn', 'heck',
  'frickin', 'freakin', 'friggin', 'effin', 'bloody',
]);

/** Interjections and noises: "feh", "hmph", "tch", "ugh", "mm-hmm". Lowercase. */
export const INTERJECTIONS: ReadonlySet<string> = new Set([
  'feh', 'hmph', 'humph', 'hmm', 'hm', 'mm', 'mmm', 'mhm', 'mm-hmm', 'mmhmm', 'uh', 'uhh', 'um', 'umm', 'erm', 'er', 'ehm', 'huh', 'heh', 'hehe',
  'haha', 'hah', 'ha', 'ahaha', 'bwahaha', 'muahaha', 'tch', 'tsk', 'tut', 'psh', 'pfft', 'pff', 'pft', 'phew', 'ugh', 'argh', 'aargh', 'agh',
  'gah', 'bah', 'meh', 'eh', 'oi', 'oy', 'ow', 'owww', 'ouch', 'yay', 'woohoo', 'whoa', 'woah', 'wha', 'huh-uh', 'uh-huh', 'uh-oh', 'oops',
  'whoops', 'eep', 'eek', 'yikes', 'hey', 'hiya', 'yo', 'aww', 'aw', 'awww', 'ooh', 'oh', 'ah', 'ahh', 'aha', 'ahem', 'shh', 'sh', 'shush', 'psst',
  'boo', 'duh', 'doh', 'grr', 'hrm', 'hrmph', 'kya', 'kyaa', 'eww', 'ew', 'ack', 'blah', 'nya', 'teehee', 'zzz', 'brr', 'mwah', 'smack',
  'thud', 'thump', 'whack', 'bam', 'wham', 'crash', 'sigh', 'gasp', 'gulp',
]);

/**
 * Japanese words and honorifics common across anime and manga fan fiction. The conventions name
 * them; a writer in those fandoms uses them as English. Then the terms of the other fandoms most
 * written in that no dictionary lists (Harry Potter, Star Wars, My Little Pony, Star Trek), with
 * their plurals: `legilimens`, `padawan`, `midi-chlorian`, `alicorn`, `tricorder`. Lowercase.
 */
export const FANDOM_TERMS: ReadonlySet<string> = new Set([
  'hanyou', 'hanyō', 'youkai', 'yōkai', 'yokai', 'miko', 'haori', 'hakama', 'kimono', 'yukata', 'obi', 'taiyoukai', 'inuyoukai', 'kitsune',
  'kami', 'kami-sama', 'baka', 'sensei', 'senpai', 'sempai', 'kohai', 'kouhai', 'sama', 'chan', 'kun', 'san', 'dono', 'hime', 'nii', 'nee',
  'nii-san', 'nee-san', 'onii-chan', 'onee-chan', 'oni', 'houshi', 'hoshi', 'taijiya', 'shinobi', 'jutsu', 'chakra', 'hokage', 'kunai',
  'shuriken', 'katana', 'wakizashi', 'tanto', 'bokken', 'dojo', 'sake', 'ramen', 'onigiri', 'mochi', 'bento', 'futon', 'tatami', 'shoji',
  'torii', 'kawaii', 'kunoichi', 'genin', 'chunin', 'chuunin', 'jonin', 'jounin', 'anbu', 'sharingan', 'byakugan', 'rasengan', 'chidori',
  'shikon', 'tetsusaiga', 'tessaiga', 'tenseiga', 'tokijin', 'kazaana', 'itadakimasu', 'arigato', 'arigatou', 'gomen', 'gomenasai',
  'konnichiwa', 'ohayo', 'ohayou', 'sayonara', 'hai', 'iie', 'nani', 'sugoi', 'ano', 'demo', 'urusai', 'osuwari', 'oyasumi', 'tadaima',
  'okaeri', 'okaerinasai', 'yare', 'daijoubu', 'daijobu', 'kuso', 'teme', 'dobe', 'usuratonkachi', 'hentai', 'otaku', 'manga', 'anime',
  'legilimens', 'legilimency', 'occlumens', 'occlumency', 'animagus', 'animagi', 'horcrux', 'horcruxes', 'quidditch', 'apparate',
  'apparated', 'apparating', 'disapparate', 'disapparated', 'disapparating', 'portkey', 'portkeys', 'pensieve', 'patronus',
  'patronuses', 'dementor', 'dementors', 'polyjuice', 'butterbeer', 'parseltongue', 'parselmouth', 'mudblood', 'mudbloods', 'quaffle',
  'thestral', 'thestrals', 'inferi', 'obliviate', 'obliviated', 'veritaserum', 'padawan', 'padawans', 'midi-chlorian', 'midi-chlorians',
  'lightsaber', 'lightsabers', 'jedi', 'wookiee', 'wookiees', 'holocron', 'holocrons', 'holonet', 'alicorn', 'alicorns', 'draconequus',
  'everypony', 'somepony', 'nopony', 'anypony', 'pegasi', 'tricorder', 'tricorders', 'holodeck', 'holodecks', 'phaser', 'holosuite',
  'holosuites', 'holoprogram', 'holoprograms',
]);

/** Contractions written without their apostrophe, non-words only ("dont", never "cant" or "wont"). */
export const MISSING_APOSTROPHE: ReadonlyMap<string, string> = new Map([
  ['dont', "don't"], ['doesnt', "doesn't"], ['didnt', "didn't"], ['isnt', "isn't"], ['arent', "aren't"], ['wasnt', "wasn't"],
  ['werent', "weren't"], ['hasnt', "hasn't"], ['havent', "haven't"], ['hadnt', "hadn't"], ['wouldnt', "wouldn't"],
  ['couldnt', "couldn't"], ['shouldnt', "shouldn't"], ['mustnt', "mustn't"], ['mightnt', "mightn't"], ['neednt', "needn't"],
  ['im', "I'm"], ['ive', "I've"], ['youre', "you're"], ['youve', "you've"], ['youll', "you'll"], ['youd', "you'd"], ['hes', "he's"],
  ['shes', "she's"], ['theyre', "they're"], ['theyve', "they've"], ['theyll', "they'll"], ['theyd', "they'd"], ['weve', "we've"],
  ['thats', "that's"], ['thatll', "that'll"], ['whats', "what's"], ['whos', "who's"], ['wheres', "where's"], ['theres', "there's"],
  ['heres', "here's"], ['itll', "it'll"], ['shouldve', "should've"],
  ['wouldve', "would've"], ['couldve', "could've"], ['mightve', "might've"], ['mustve', "must've"], ['yall', "y'all"], ['aint', "ain't"],
  ['oclock', "o'clock"], ['maam', "ma'am"], ['cmon', "c'mon"],
]);

/**
 * Speech forms that are never standard written English, even where the dictionary lists them
 * ("gonna", "outta"): fine in dialogue, information in narration.
 */
export const NONSTANDARD: ReadonlySet<string> = new Set([
  'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'outta', 'lotta', 'oughta', 'hafta', 'coulda', 'shoulda', 'woulda', 'musta', 'mighta',
  'lemme', 'gimme', 'dunno', 'betcha', 'gotcha', 'whatcha', 'ye', 'yer', 'yerself', 'ya', "y'all", 'yall', 'cuz', 'coz', 'nothin',
  'somethin', 'anythin', 'everythin', 'dinnae', 'cannae', 'wouldnae', 'couldnae', 'innit', 'wot', 'dat', 'dis', 'dem', 'dey', 'fer', 'ter',
  'meself', 'hisself', 'theirselves',
]);
