// The grammar of date phrases: one regular expression per form wire reports use, most specific
// first (on overlap an earlier rule wins). dateCores.ts reads each rule's match.
import { COUNT, DAY, MONTH_ANY, MONTH_FULL, UNIT, WEEKDAY, YEAR, words } from './dateWords.ts';

/** The name of a grammar rule; `makeCore` turns its match into a `DateCore`. */
export type RuleName =
  | 'iso'
  | 'numeric'
  | 'weekdayParenMD'
  | 'weekdayParenDM'
  | 'dayMonth'
  | 'monthDay'
  | 'monthYear'
  | 'holiday'
  | 'dayBeforeYesterday'
  | 'countRelative'
  | 'theNextDay'
  | 'theDayBefore'
  | 'sameDay'
  | 'ago'
  | 'vagueRelative'
  | 'monthCue'
  | 'yearCue'
  | 'weekday'
  | 'yesterday'
  | 'today'
  | 'tomorrow'
  | 'lastPeriod'
  | 'weekend'
  | 'overnight';

const CUES = ['in', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'throughout'];
const MORE_CUES = ['early', 'late', 'of', 'before', 'after', 'end of', 'beginning of'];
const PART_CUES = ['start of', 'middle of', 'the end of', 'the beginning of', 'the start of'];
const CUE = `(?<cue>\\b${words([...CUES, ...MORE_CUES, ...PART_CUES])}\\s+|\\b[Mm]id-\\s?)`;
const WD_DATE = `(?:(?<wd>${WEEKDAY}),?\\s+)?`;
// "September 17, 2017", and "September 17. 2017" (a chronicle heading with a full stop)
const OPT_YEAR = `(?:[,.]?\\s+(?<y>${YEAR}))?`;
const TIME_OF_DAY = '(?:day|night|morning|afternoon|evening)';
/**
 * "two days later", "a week on" — but not the "on" of a date after the span ("exchanged fire for
 * several hours on Thursday", "for two days on the border"): there the span is how long it lasted.
 */
const REL_DIR = `(?<dir>later|after|earlier|before|afterwards?|prior(?:\\s+to)?|on(?!\\s+(?:${WEEKDAY}|${MONTH_ANY}|\\d|(?:the|a|an|its|their|that|this|each|end)\\b)))`;

/** The grammar, most specific first: on overlap an earlier rule wins. */
const RULES: [RuleName, string][] = [
  [
    'iso',
    '\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d-])',
  ],
  ['numeric', `\\b(?<a>\\d{1,2})([/.])(?<b>\\d{1,2})\\2(?<y>${YEAR})`],
  [
    'weekdayParenMD',
    `(?<wd>${WEEKDAY})\\s*\\(\\s*(?<m>${MONTH_ANY})\\s+(?<d>${DAY})${OPT_YEAR}\\s*\\)`,
  ],
  [
    'weekdayParenDM',
    `(?<wd>${WEEKDAY})\\s*\\(\\s*(?<d>${DAY})\\s+(?<m>${MONTH_ANY})${OPT_YEAR}\\s*\\)`,
  ],
  // "the last week of December", "the first week of January": seven days of that month
  [
    'dayMonth',
    `\\b[Tt]he\\s+(?<ord>first|second|third|fourth|last|final)\\s+week\\s+of\\s+(?<m>${MONTH_FULL})${OPT_YEAR}`,
  ],
  [
    'dayMonth',
    `\\b${WD_DATE}(?:the\\s+)?(?<d>${DAY})(?:(?:\\s*[-–]\\s*|\\s+and\\s+(?:${WEEKDAY},?\\s+)?)(?<d2>${DAY}))?(?:\\s+of)?\\s+(?<m>${MONTH_ANY})${OPT_YEAR}`,
  ],
  [
    'monthDay',
    `\\b${WD_DATE}(?<m>${MONTH_ANY})\\s+(?:the\\s+)?(?<d>${DAY})(?:(?:\\s*[-–]\\s*|\\s+and\\s+(?=${DAY}(?![^\\S\\n]*[A-Za-z\\d])))(?<d2>${DAY}))?${OPT_YEAR}`,
  ],
  ['monthYear', `\\b(?<m>${MONTH_ANY})(?:\\s+of)?,?\\s+(?<y>${YEAR})`],
  // "on New Year's Day", "Christmas Eve 2016": days of fixed date
  [
    'holiday',
    `\\b(?<hol>New\\s+Year['’]s\\s+(?:Day|Eve)|Christmas\\s+(?:Day|Eve))(?:,?\\s+(?<y>${YEAR}))?`,
  ],
  ['dayBeforeYesterday', '\\b[Tt]he\\s+day\\s+before\\s+yesterday\\b'],
  ['countRelative', `\\b(?<n>${COUNT})\\s+(?<u>${UNIT})\\s+${REL_DIR}\\b`],
  [
    'theNextDay',
    `\\b(?:[Tt]he\\s+)?(?<dir>next|following|previous|preceding)\\s+(?<u>${TIME_OF_DAY}|week)\\b`,
  ],
  ['theDayBefore', `\\b[Tt]he\\s+(?<u>${TIME_OF_DAY})\\s+(?<dir>before|after)\\b`],
  // "later that day", "the same evening", "Also in the day" (Pakistani papers' "on that day too")
  [
    'sameDay',
    `\\b(?:(?:[Ll]ater|[Ee]arlier)\\s+(?:that|the\\s+same|in\\s+the)|[Aa]lso\\s+(?:in|during)\\s+the|[Tt]he\\s+same|[Tt]hat)\\s+${TIME_OF_DAY}\\b`,
  ],
  // "two days back" (South Asian English) is "two days ago"
  ['ago', `\\b(?:(?<n>${COUNT})\\s+)?(?<u>${UNIT})\\s+(?:ago|back)\\b`],
  [
    'vagueRelative',
    `\\b(?<u>${words(['minutes', 'moments', 'hours', 'days', 'weeks', 'months'])})\\s+(?<dir>later|after|earlier|before)\\b`,
  ],
  ['monthCue', `${CUE}(?<m>${MONTH_FULL})(?:\\s+(?<rel>last|this)\\s+year)?`],
  // the far end of "from April to July (this year)": a month cued by "to" only after "from <month>"
  [
    'monthCue',
    `(?<=\\bfrom\\s+${MONTH_FULL}\\s+)(?<cue>to\\s+)(?<m>${MONTH_FULL})(?:\\s+(?<rel>last|this)\\s+year)?`,
  ],
  [
    'yearCue',
    `(?:${CUE}|(?<=\\b[Tt]he\\s+))(?<y>${YEAR})(?:\\s*[-–]\\s*(?<y2>\\d{2}(?![\\d,])|${YEAR}))?`,
  ],
  // "Friday next", "Thursday last" (South Asian English), not "Sunday last week"
  [
    'weekday',
    `\\b(?:(?<which>${words(['last', 'this', 'next', 'past'])})\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<after>next|last)\\b(?!\\s+(?:week|month|year)\\b))?`,
  ],
  // "last night", "last evening", "late last afternoon"; not "the last night of Ramadan"
  [
    'yesterday',
    '\\b(?:[Yy]esterday(?:\\s+(?:morning|afternoon|evening))?|(?<!\\b[Tt]he\\s+)[Ll]ast\\s+(?:night|evening|afternoon))\\b',
  ],
  // "Today" after a capitalised word is a name's ("Pars Today", "USA Today", "Pakistan Today")
  [
    'today',
    "\\b(?:(?:[Ee]arlier\\s+)?(?:today|(?<![A-Z][\\w.&’'-]*\\s+)Today)|[Tt]onight|[Tt]his\\s+(?:morning|afternoon|evening))\\b",
  ],
  ['tomorrow', '\\b[Tt]omorrow\\b'],
  [
    'lastPeriod',
    `\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?<which>${words(['last', 'this', 'past', 'the past'])})\\s+(?<u>weekend|week|month|year)\\b`,
  ],
  // "Earlier in the month" (a Xinhua report's clash, dated by the sentence before it): this month
  ['lastPeriod', '\\b(?:[Ee]arlier|[Ll]ater)\\s+in\\s+the\\s+(?<u>week|month|year)\\b'],
  ['weekend', '\\b(?:[Oo]ver|[Aa]t|[Dd]uring)\\s+the\\s+weekend\\b'],
  // "overnight", "throughout the night" (not "through the night of May 3", a date of its own)
  [
    'overnight',
    '\\b(?:[Oo]vernight|(?:[Tt]hroughout|[Tt]hrough|[Aa]ll)\\s+the\\s+night(?!\\s+(?:of|before|between)\\b))\\b',
  ],
];
/** The rules compiled once, global, in order. */
export const COMPILED = RULES.map(([name, source]) => [name, new RegExp(source, 'g')] as const);
