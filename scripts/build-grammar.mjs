// Generates syntaxes/fanfic.tmLanguage.json: TextMate cannot reference one pattern from another, so the
// boundary regexes (scene break, chapter heading, end marker) are written once here and repeated into
// every end pattern that needs them. Run: node scripts/build-grammar.mjs (a test fails on drift).
import { writeFileSync } from 'node:fs';

const S = '[ \\t]'; // horizontal space
// leading indentation is possessive: a line of 10,000 spaces must not backtrack into every line-level lookahead
const LEAD = '[ \\t]*+';
const NUM =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?!\\p{L})';
const NUMWORDS = `(?i:${NUM}(?:(?:${S}*-${S}*|${S}+)(?:and${S}+)?${NUM})*)`;
// decoration allowed around line-level markers: ~Chapter 2~, *Flashback*, -To be Continued-, [A/N ...]
// A decoration run may contain spaces ("* * * Three days later * * *", "~*~ Sakura's POV ~*~"); it is
// possessive so a long run of symbols is consumed once, never re-split.
const DECO_OPEN = `(?:[*~=_\\-\\[(<#][*~=_\\-\\[(<# \\t]*+)?`;
const DECO_CLOSE = `(?:${S}*+[*~=_\\-\\])>#][*~=_\\-\\])># \\t]*+)?`;
// Headers are either decorated or start with a capital or digit; an undecorated lowercase line is the
// continuation of a hard-wrapped paragraph ("...she told the story\nfrom Draco's POV.").
const HEADER_START = `(?:[*~=_\\-\\[(<#][*~=_\\-\\[(<# \\t]*+|(?=[\\p{Lu}\\p{N}]))`;

// ---- scene break -------------------------------------------------------
const SYM = '*~#=_+\\-–—•·°◊♦◆○●◦✦✧★☆♥♡❤§¤<>|/\\\\^';
const LETTERFORM = '(?:[xX]{3,}|o(?:Oo)+|O(?:oO)+|(?:[xX][oO])+[xX]|(?:[oO][xX])+[oO])';
const SCENE_BODY = `${LEAD}(?:(?=[oOxX0 \\t]*[${SYM}])[${SYM}oOxX0][${SYM}oOxX0 \\t]*|${LETTERFORM}(?:${S}+${LETTERFORM})*${S}*)`;
const SCENE = `^${SCENE_BODY}$`;

// ---- chapter heading ---------------------------------------------------
const CHAPTER_BODY =
  `${LEAD}(?:#{1,6}${S}+\\S.*|${DECO_OPEN}(?:` +
  `(?i:chapter|chap\\.?|ch\\.?)${S}*(?:\\d+|(?-i:[IVXLCDM]+)(?!\\p{L})|${NUMWORDS})(?:${S}*(?:[:.\\-–—~|)\\]>*=_(]).*|${S}+[\\p{Lu}\\d"“'‘(\\[].*)?` +
  `|(?i:prologue|epilogue|interlude|afterword|foreword|preface)(?!\\p{L})(?:${S}*(?:[:.\\-–—~|)\\]>*=_(]).*)?` +
  `|${NUMWORDS}${S}*:${S}*\\S.*` +
  `))`;
const CHAPTER = `^${CHAPTER_BODY}$`;

// ---- end markers -------------------------------------------------------
const END_MARKER_BODY = `${LEAD}${DECO_OPEN}(?i:to${S}+be${S}+continued|tbc|fin|finis|the${S}+end|end${S}+of${S}+(?:the${S}+)?(?:chapter|part|story|book)(?:${S}+[\\w\\-]+)?)[.!…?]*${DECO_CLOSE}${S}*`;
const END_MARKER = `^${END_MARKER_BODY}$`;

// lookaheads that end blocks (flashback, A/N, dialogue) before the next structural line
const PARA_END = `(?=^${LEAD}$)`;
const BLOCK_END = `(?=^${SCENE_BODY}$)|(?=^${CHAPTER_BODY}$)|(?=^${END_MARKER_BODY}$)`;

// ---- flashback ---------------------------------------------------------
const FB_OPEN_WORDS = `(?i:(?:begin(?:ning)?|start)(?:${S}+of)?(?:${S}+the)?${S}+flashback(?!\\p{L})|flashback(?:${S}+(?:begins|starts|begin|start))?(?!\\p{L})(?=${S}*(?:[:.!\\-–—~*_=)\\]>]|$)))`;
const FB_BEGIN = `(?:^${LEAD}|(?<=[.!?…"”)\\]]${S}))${DECO_OPEN}${FB_OPEN_WORDS}(?:${S}*[:.!\\-–—]+)?${DECO_CLOSE}`;
const FB_CLOSE_WORDS = `(?i:end(?:ing)?(?:${S}+of)?(?:${S}+the)?${S}+flashback|flashback${S}+(?:ends|ended|end|over|finished|done))(?!\\p{L})`;
// unanchored (inline closers), so a decoration run may only start where a run starts: linear on "* * * * ..."
const FB_END = `(?:(?<![*~=_\\-\\[(<# \\t])[*~=_\\-\\[(<#][*~=_\\-\\[(<# \\t]*+|(?<![\\p{L}*~=_\\-\\[(<#]))${FB_CLOSE_WORDS}[.!]*${DECO_CLOSE}`;
const FB_STRAY_END = `^${LEAD}${DECO_OPEN}${FB_CLOSE_WORDS}[.!]*${DECO_CLOSE}$`;

// ---- author's notes ----------------------------------------------------
const AN_WORDS = `(?:[Aa]/[Nn](?!\\p{L})|A\\.N\\.|AN(?=${S}*[:\\-–—])|(?i:author['’]?s?${S}+notes?)(?=${S}*(?:[:\\-–—)\\]]|$)))`;

// ---- POV / time skip ---------------------------------------------------
// a capitalized word with inner apostrophes or hyphens ("Naruto-kun"); separators need a letter after them
const NAMEWORD = `\\p{Lu}[\\p{Ll}\\p{M}][\\p{L}\\p{M}]*+(?:['’.\\-][\\p{L}\\p{M}]++)*+`;
const POV_WORD = `(?i:pov|p\\.o\\.v\\.?|point${S}+of${S}+view)(?!\\p{L})`;
const POV_END = `^${LEAD}${HEADER_START}(?>[^\\s*~=_\\[\\]()<>]+${S}+){0,6}(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|\\d[\\w'’]*|(?i:person|normal|narrator)(?:['’]s)?)${S}+${POV_WORD}${S}*+[:.!]?(?:${S}*+(?:\\([^()\\n]{0,60}\\)|[\\-–—]${S}*[^.!?\\n]{1,60}))?${DECO_CLOSE}${S}*$`;
const POV_START = `^${LEAD}${DECO_OPEN}(?:POV|P\\.O\\.V\\.?)(?!\\p{L})${S}*(?:[:\\-–—]${S}*)?[^\\s.!?][^.!?\\n]{0,60}$`;
const POV_NAME = `^${LEAD}[*~=_\\-\\[(<#][*~=_\\-\\[(<# \\t]*+${NAMEWORD}(?>${S}+(?:(?:and|&)${S}+)?${NAMEWORD}){0,3}${S}*[*~=_\\-\\])>#][*~=_\\-\\])># \\t]*$`;
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|moments?|nights?|mornings?|evenings?|summers?|winters?)';
const QTY = `(?:\\d+|a${S}+few|a|an|several|few|some|many|${NUMWORDS})`;
const TIMESKIP = `^${LEAD}${HEADER_START}(?i:${QTY}${S}+(?>\\w+${S}+)?${UNIT}${S}+(?:later|earlier|ago|after|before|passed|pass)|meanwhile|elsewhere|time${S}*-?${S}*skip|(?:the${S}+)?next${S}+(?:day|morning|night|evening|week)|present${S}+(?:day|time))(?!\\p{L})[.…!:]*${DECO_CLOSE}${S}*$`;

// ---- front matter ------------------------------------------------------
const DISCLAIMER = `^${LEAD}${DECO_OPEN}(?:(?i:disclaimer)(?!\\p{L})|(?:I${S}+)?[Dd]o(?:n['’]?t|${S}+not)${S}+own${S}+(?:[\\p{Lu}\\d"“]|(?i:any(?:thing|${S}+of)|nothing|the${S}+(?:characters|rights|series|show|anime|manga|books?|games?|movies?|franchise))(?!\\p{L}))|I${S}+own${S}+nothing(?!\\p{L})).*$`;
const SUMMARY = `^${LEAD}${DECO_OPEN}(?i:summary)${S}*[:\\-–—].*$`;
const NOT_PEN =
  '(?:the|a|an|then|now|noon|morning|nightfall|midnight|dawn|dusk|evening|night|far|myself|himself|herself|themselves|itself|and|all|any|some|his|her|my|their|our|your|its|this|that|these|those|way|no|means|chance|accident|default|hand|heart|name|day|nine|ten)';
// "by xXsakuraXx" takes one pen-name token; several words need a capital "By" ("By Sirius Black Lover 22"),
// so a hard-wrapped line "by Hermione and Ron" stays prose.
const PEN = `(?!(?i:${NOT_PEN})(?:\\s|$))(?>\\S+)`;
const BYLINE = `^${LEAD}(?:(?:[Ww]ritten${S}+)?by${S}+${PEN}|(?:Written${S}+by|By|Author${S}*:)${S}+${PEN}(?>${S}+\\S+){0,3})(?<![.,;:!?])${S}*$`;

// ---- prose -------------------------------------------------------------
// elisions that start with an apostrophe and so must not open a thought
const ELISIONS =
  '(?i:cause|sides|cos|coz|cuz|em|til|till|bout|round|n|tis|twas|twere|twill|twould|fore|kay|cept|nough|nuff|course|nother|sup|mongst|neath|gainst|tween|specially|scuse|member|ello|ere|im|er|e|ave|alf|ome|ead|ya|ye|ee|un|uns|appen|fraid|pon|less)(?!\\p{L})';

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Fanfic',
  scopeName: 'source.fanfic',
  comment:
    "Fan fiction prose as posted on archives. Line-level structure first (scene breaks, chapter headings, flashback markers, end markers, author's notes, front matter, POV headers), then inline prose (dialogue, thoughts, emphasis). Quotes and notes never run past their paragraph: every begin/end rule also ends at a blank line. The block-boundary lookaheads in the end patterns repeat the scene-break, chapter-heading and end-marker regexes; change them together.",
  patterns: [
    { include: '#scene-break' },
    { include: '#chapter-heading' },
    { include: '#flashback' },
    { include: '#flashback-stray-end' },
    { include: '#end-marker' },
    { include: '#authors-note' },
    { include: '#front-matter' },
    { include: '#pov-header' },
    { include: '#prose' },
  ],
  repository: {
    'scene-break': {
      comment:
        'A line of symbols only, often centered: "***", "* * *", "~*~*~", "-o-o-o-", "----", "#". Letter-only breaks are restricted to the archive shapes "xXx", "XXX", "oOo" so that a line such as "Ooo" or "ox" stays prose.',
      name: 'meta.separator.scene.fanfic',
      match: SCENE,
    },
    'chapter-heading': {
      comment:
        'Whole-line headings: "Chapter One: His Decision", "Chapter 12", "Ch. 3 - The Well", "~Chapter 2~", "# Chapter 2", "Prologue". A spelled-out number needs a colon and a title ("Forty-seven: To say our final goodbyes."), so "Seven men walked in." stays prose; "Chapter one was done" stays prose because a lowercase word follows the number.',
      name: 'markup.heading.chapter.fanfic',
      match: CHAPTER,
    },
    flashback: {
      comment:
        'Opens at a marker at line start or right after a sentence ("...she remembered. Flashback: ..."), so "She had a flashback to that night." is prose. Closes at a closer anywhere ("... and she never answered. End flashback."), or, when never closed, before the next scene break, chapter heading or end marker so it cannot swallow the rest of the file.',
      name: 'meta.flashback.fanfic',
      begin: FB_BEGIN,
      beginCaptures: { 0: { name: 'keyword.control.flashback.begin.fanfic' } },
      end: `${FB_END}|${BLOCK_END}|(?=^${LEAD}${DECO_OPEN}${FB_OPEN_WORDS})`,
      endCaptures: { 0: { name: 'keyword.control.flashback.end.fanfic' } },
      patterns: [{ include: '#authors-note' }, { include: '#pov-header' }, { include: '#prose' }],
    },
    'flashback-stray-end': {
      comment: 'An own-line closer with no open flashback ("*End Flashback*" after the opener was forgotten) is still a marker.',
      name: 'keyword.control.flashback.end.fanfic',
      match: FB_STRAY_END,
    },
    'end-marker': {
      comment: '"-To be Continued-", "TBC", "~Fin~", "The End" alone on a line.',
      name: 'comment.line.end-marker.fanfic',
      match: END_MARKER,
    },
    'authors-note': {
      patterns: [
        {
          comment:
            '"(A/N: I know, I know (again) - sorry!) Harry sighed." ends at its own closing parenthesis; nested parentheses are balanced; a forgotten ")" stops at the paragraph end.',
          name: 'comment.block.authors-note.fanfic',
          begin: `\\((?=${S}*${AN_WORDS})`,
          end: `\\)|${PARA_END}|${BLOCK_END}`,
          patterns: [{ include: '#paren-group' }],
        },
        {
          name: 'comment.block.authors-note.fanfic',
          begin: `\\[(?=${S}*${AN_WORDS})`,
          end: `\\]|${PARA_END}|${BLOCK_END}`,
          patterns: [{ include: '#bracket-group' }],
        },
        {
          comment:
            '"A/N: ...", "AN: ...", "Author\'s Note:" run to the end of their paragraph, which may be hard-wrapped over several lines. Mid-line only after whitespace ("...the end. A/N: thanks!"); "AN" needs a colon or dash.',
          name: 'comment.block.authors-note.fanfic',
          begin: `(?:^${LEAD}(?:[*~=_\\-]+${S}*)?|(?<=\\s))${AN_WORDS}`,
          end: `${PARA_END}|${BLOCK_END}`,
        },
      ],
    },
    'paren-group': { begin: '\\(', end: `\\)|${PARA_END}`, patterns: [{ include: '#paren-group' }] },
    'bracket-group': { begin: '\\[', end: `\\]|${PARA_END}`, patterns: [{ include: '#bracket-group' }] },
    'front-matter': {
      patterns: [
        {
          comment:
            '"Disclaimer: I don\'t own Naruto.", "Don\'t own Harry Potter, ...", "I don\'t own anything". "I don\'t own a car, so I walked." is first-person prose: a series name is capitalized.',
          name: 'comment.line.disclaimer.fanfic',
          match: DISCLAIMER,
        },
        { name: 'meta.summary.fanfic', match: SUMMARY },
        {
          comment:
            '"By Night-Dragon", "by xXsakuraXx": a short line with no sentence punctuation at its end. "By the time he arrived, ..." and "By morning" are prose.',
          name: 'meta.byline.fanfic',
          match: BYLINE,
        },
      ],
    },
    'pov-header': {
      comment:
        'Whole-line headers, so the "**" of "**Hermione\'s POV**" is never bold. The word before POV must be capitalized ("Draco POV", "1 week later Draco POV", "3rd person POV"), so prose ending "...understand his POV" stays prose. A lone decorated name ("*Sasuke*", "~Sakura~") is a POV header; "*sigh*" mid-sentence is emphasis.',
      patterns: [
        { name: 'markup.heading.pov.fanfic', match: POV_END },
        { name: 'markup.heading.pov.fanfic', match: POV_START },
        { name: 'markup.heading.pov.fanfic', match: POV_NAME },
        { name: 'markup.heading.pov.fanfic', match: TIMESKIP },
      ],
    },
    prose: {
      patterns: [{ include: '#dialogue' }, { include: '#thought' }, { include: '#strong' }, { include: '#emphasis' }],
    },
    dialogue: {
      comment:
        'Straight and curly quotes in any mix. A speech over several paragraphs opens a quote in each and closes only the last, so an open quote ends at the blank line; a hard-wrapped paragraph may close it on a later line.',
      name: 'string.quoted.double.dialogue.fanfic',
      begin: '["“]',
      end: `["”]|${PARA_END}|${BLOCK_END}`,
      patterns: [{ include: '#strong' }, { include: '#emphasis' }],
    },
    thought: {
      comment:
        'Opens only at a word start: "don\'t", "Hermione\'s", "goin\'", "the boys\' room", "o\'clock" never open one, and the elisions "\'cause", "\'em", "\'til", "rock \'n\' roll" are excluded. Closes at a quote not followed by a letter, except the g-dropping "goin\' home" (an "in\'" followed by a lowercase word), which stays inside the thought.',
      name: 'string.quoted.single.thought.fanfic',
      begin: `(?:^|(?<=[\\s(\\[{—–\\-~*_]))['‘](?=\\p{L})(?!${ELISIONS})`,
      end: `(?:(?<!\\p{L}in)['’](?!\\p{L})|['’](?!\\p{L}|${S}+\\p{Ll}))|${PARA_END}|${BLOCK_END}`,
      patterns: [{ include: '#strong' }, { include: '#emphasis' }],
    },
    strong: {
      patterns: [
        {
          name: 'markup.bold.fanfic',
          match: '(?<![\\w*])\\*\\*(?![\\s*])((?:[^*]|\\*(?!\\*))+?)(?<![\\s*])\\*\\*(?![\\w*])',
          captures: { 1: { patterns: [{ include: '#emphasis' }] } },
        },
        {
          name: 'markup.bold.fanfic',
          match: '(?<![\\w_])__(?![\\s_])((?:[^_]|_(?!_))+?)(?<![\\s_])__(?![\\w_])',
          captures: { 1: { patterns: [{ include: '#emphasis' }] } },
        },
      ],
    },
    emphasis: {
      comment: 'Closed on the same line only: a stray "*" ("**Please review!") must not italicize a paragraph.',
      patterns: [
        { name: 'markup.italic.fanfic', match: '(?<![\\w*])\\*(?![\\s*])[^*]*?(?<![\\s*])\\*(?![\\w*])' },
        { name: 'markup.italic.fanfic', match: '(?<![\\w_])_(?![\\s_])[^_]*?(?<![\\s_])_(?![\\w_])' },
      ],
    },
  },
};

const out = process.argv[2] ?? new URL('../syntaxes/fanfic.tmLanguage.json', import.meta.url);
const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--print')) process.stdout.write(text);
else writeFileSync(out, text);
