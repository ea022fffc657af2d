// The words the date extractor reads: month and weekday names, counts, units, and the regular
// expression pieces built from them. Names are matched case-sensitively (Title Case or ALL CAPS),
// so "may" the verb and "a protest march" are never months; small words are matched with either
// first letter ("On", "on").
import { COUNT_WORDS, type TimeUnit } from '../dateRules.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Abbreviations allowed only next to a day or a year ("Jan. 5", "Sept 3, 2020"). */
const MONTH_ABBREVIATIONS: Record<string, number> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const caps = (words: string[]): string[] => [...words, ...words.map((w) => w.toUpperCase())];

/** A full month name, Title Case or upper case (a capture-free regex source). */
export const MONTH_FULL = `(?:${alt(caps(MONTHS))})(?![A-Za-z])`;
/** A full or abbreviated month name ("Jan.", "Sept"); use only beside a day or a year. */
export const MONTH_ANY = `(?:(?:${alt(caps(MONTHS))})|(?:${alt(caps(Object.keys(MONTH_ABBREVIATIONS)))})\\.?)(?![A-Za-z])`;
/** A weekday name, Title Case or upper case; not a plural ("Mondays"). */
export const WEEKDAY = `(?:${alt(caps(WEEKDAYS))})(?![A-Za-z])`;
/** A day of the month, with an optional ordinal suffix ("5", "05", "5th"). */
export const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])`;
/** A year from 1950 to 2099; not "2,019" nor a decade ("1990s"). */
export const YEAR = `(?:19[5-9]\\d|20\\d\\d)(?!\\d|,\\d|s\\b)`;

/** `word` with either first letter: "on" → "[Oo]n". */
export function anyFirst(word: string): string {
  const first = word[0] as string;
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}

/** Alternation of words, each with either first letter. */
export function words(list: string[]): string {
  return `(?:${[...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.startsWith('\\') ? w : anyFirst(w)))
    .join('|')})`;
}

/**
 * A count: digits, a number word, "a couple of", the vague "a few" / "several" / "many", or a
 * range ("15 to 20", "two or three").
 */
const ONE_COUNT = words([...COUNT_WORDS.keys(), '\\d{1,3}']);
/** "15 to 20", "two or three", "15-20": a count the text gives as a range. */
const COUNT_SPAN = `${ONE_COUNT}\\s*(?:to|or|-|–)\\s*${ONE_COUNT}`;
export const COUNT = `(?:${COUNT_SPAN}|${words([...COUNT_WORDS.keys(), 'a few', 'few', 'several', 'many', '\\d{1,3}'])})`;
/** A unit of elapsed time, singular or plural. */
export const UNIT = '(?:hour|day|week|fortnight|month|year)s?';

/** Month number (1–12) of a full or abbreviated name ("Sept." → 9), or null. */
export function monthNumber(name: string): number | null {
  const n = name.replace(/\.$/, '');
  const full = MONTHS.findIndex((m) => m.toLowerCase() === n.toLowerCase());
  if (full >= 0) return full + 1;
  const abbr = Object.entries(MONTH_ABBREVIATIONS).find(
    ([a]) => a.toLowerCase() === n.toLowerCase(),
  );
  return abbr ? abbr[1] : null;
}

/** Weekday number (0 = Sunday) of a name, or null. */
export function weekdayNumber(name: string): number | null {
  const i = WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase());
  return i >= 0 ? i : null;
}

/** English name of a weekday number, for review messages. */
export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday] as string;
}

/** Day of month from "5", "05" or "5th". */
export function dayNumber(text: string): number {
  return Number.parseInt(text, 10);
}

/**
 * A count as a range of numbers: exact counts give [n, n]; "a few" and "several" are read as 2
 * to 9 (a range, never a guessed number); "many" as 2 to 30.
 */
export function countRange(text: string | undefined): [number, number] | null {
  if (text === undefined) return [2, 9];
  const t = text.trim().toLowerCase();
  if (t === 'a few' || t === 'few' || t === 'several') return [2, 9];
  if (t === 'many') return [2, 30];
  if (/^\d{1,3}$/.test(t)) return [Number(t), Number(t)];
  const span = /^(.+?)\s*(?:\bto\b|\bor\b|-|–)\s*(.+)$/.exec(t);
  if (span) {
    const lo = countRange(span[1]);
    const hi = countRange(span[2]);
    if (lo && hi && lo[0] === lo[1] && hi[0] === hi[1] && lo[0] < hi[0]) return [lo[0], hi[0]];
    return null;
  }
  const n = COUNT_WORDS.get(t);
  return n === undefined ? null : [n, n];
}

/** The unit of "days", "hour", … ("fortnight" is read as weeks: see `inUnits`). */
export function unitOf(text: string): TimeUnit {
  const unit = text.toLowerCase().replace(/s$/, '');
  return (unit === 'fortnight' ? 'week' : unit) as TimeUnit;
}

/** A count in the unit `unitOf` gives: fortnights are twice as many weeks. */
export function inUnits(count: [number, number], unitText: string): [number, number] {
  return /^fortnight/i.test(unitText) ? [count[0] * 2, count[1] * 2] : count;
}

/** A future verb ("will", "is due to", "are to") and what follows it, up to the end. */
const FUTURE_VERB =
  /\b(?:will|shall|(?:is|are)\s+(?:(?:due|set|scheduled|expected|going)\s+)?to)\s+((?:\S+\s+){0,11})$/i;
/** A word between the future verb and the weekday that starts another, past clause. */
const PAST_BETWEEN = /\b(?:who|which|that|were|was|had|has|have|killed|said)\b/i;

/**
 * True when the weekday at `at` is governed by a future verb of its clause: "will jointly open a
 * border market at the crossing on Thursday", "are due to meet in Quetta on Monday"; not "will
 * attend the funeral of those who were killed on Monday".
 */
export function futureBefore(text: string, at: number): boolean {
  let back = text.slice(Math.max(0, at - 160), at);
  const stop = Math.max(back.lastIndexOf('.'), back.lastIndexOf(';'), back.lastIndexOf('\n'));
  if (stop >= 0) back = back.slice(stop + 1);
  const m = FUTURE_VERB.exec(back);
  if (!m) return false;
  const between = m[1] ?? '';
  return !PAST_BETWEEN.test(between) && !/\b\w+ed\b/.test(between.replace(/\bbe\s+\w+ed\b/gi, ''));
}

/** Days of fixed date the grammar reads (rule 'holiday' of dateGrammar.ts): month and day. */
const HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  'christmas day': [12, 25],
  'christmas eve': [12, 24],
};

/** The month and day of a holiday as written ("New Year’s Day"); 1 January if unknown. */
export function holidayMonthDay(name: string): [number, number] {
  return HOLIDAYS[name.toLowerCase().replace(/\s+/g, ' ').replace('’', "'")] ?? [1, 1];
}
