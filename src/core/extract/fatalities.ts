// Fatalities: the number of dead a sentence states, with the verbatim phrase it comes from ("At
// least ten", "killing 12", "three soldiers were martyred"). Number words become numbers; a
// lower bound ("at least", "more than") stays the number written, the phrase saying so. Counts of
// the wounded are not deaths; a sentence with no count gives none (never a guess).
import type { Span } from './types.ts';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  a: 1,
  an: 1,
  single: 1,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const WORD =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|one hundred|\\d{1,3}(?:,\\d{3})*|\\d+';
const BOUND =
  '(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|approximately)\\s+';
/** A count as written: an optional bound, then digits or number words. */
const COUNT = `(?:${BOUND})?(?:${WORD})`;
const DEATH = '(?:killed|dead|died|martyred|slain|lost (?:their|his|her) lives|perished|shot dead)';
const PEOPLE_GAP = "(?:[\\w'’-]+,?\\s+){0,6}?";

/** Count before the death word: "At least ten people, children and women, were killed". */
const BEFORE = new RegExp(
  `\\b(${COUNT})\\s+${PEOPLE_GAP}(?:(?:were|was|have been|had been|are|is|have|had|being|been)\\s+)?(?:reportedly\\s+)?${DEATH}\\b`,
  'gi',
);
/** Count after the death word: "killing 12", "killed five", "toll rose to 9". */
const AFTER = new RegExp(
  `\\b(?:killing|killed|kills|claimed the lives of|claiming the lives of|death toll (?:rose to|climbed to|reached|of|stood at|stands at|to))\\s+(?:at least\\s+)?(${COUNT})\\b`,
  'gi',
);
const WOUNDED_AFTER =
  /^\s*(?:people\s+|others\s+|persons\s+)?(?:were\s+|was\s+)?(?:injured|wounded|hurt)\b/i;

/** The number a count phrase states ("at least ten" → 10, "twenty-one" → 21, "1,200" → 1200). */
export function countValue(phrase: string): number | null {
  const p = phrase
    .toLowerCase()
    .replace(new RegExp(`^${BOUND}`, 'i'), '')
    .trim();
  if (/^[\d,]+$/.test(p)) return Number(p.replace(/,/g, ''));
  if (p === 'a dozen') return 12;
  if (p === 'a hundred' || p === 'one hundred') return 100;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](\w+))?$/.exec(p);
  if (m) return (TENS[m[1] as string] as number) + (m[2] ? (UNITS[m[2]] ?? NaN) : 0);
  return UNITS[p] ?? null;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const MONTH_AFTER = new RegExp(`^\\s+${MONTH}(?![a-z])(?!\\s+(?:have|be|not)\\b)`, 'i');
const MONTH_BEFORE = new RegExp(`(?<![a-z])${MONTH}\\s+$`, 'i');

/** True when the number at `start`–`end` is the day of a date ("5 December", "December 5"). */
function partOfDate(seg: string, start: number, end: number): boolean {
  if (!/^\d{1,2}$/.test(seg.slice(start, end))) return false;
  return MONTH_AFTER.test(seg.slice(end, end + 12)) || MONTH_BEFORE.test(seg.slice(0, start));
}

/** Fatalities stated in a segment: the number, the verbatim phrase and its span. */
export interface Fatalities {
  count: number;
  phrase: string;
  span: Span;
  /** True when the segment states more than one count of dead (a person should add them up). */
  several: boolean;
}

/**
 * Fatalities in `text` within `span`, or null. The phrase is the count and its death word when
 * they are close (up to 40 characters: "killing 12", "three soldiers were martyred"), else the
 * count alone ("At least ten").
 */
export function findFatalities(text: string, span: Span): Fatalities | null {
  const seg = text.slice(span.start, span.end);
  const found: {
    count: number;
    start: number;
    end: number;
    countStart: number;
    countEnd: number;
  }[] = [];
  for (const re of [BEFORE, AFTER]) {
    for (const m of seg.matchAll(re)) {
      const count = m[1] as string;
      // BEFORE starts with the count; AFTER ends with it
      const countStart = re === BEFORE ? m.index : m.index + m[0].length - count.length;
      const countEnd = countStart + count.length;
      if (re === AFTER && WOUNDED_AFTER.test(seg.slice(countEnd))) continue;
      const value = countValue(count);
      if (value === null || Number.isNaN(value)) continue;
      if (/^(?:a|an)$/i.test(count)) continue; // "a man was killed": no stated count
      if (partOfDate(seg, countStart, countEnd)) continue; // "on Friday, 5 December, killed four
      found.push({
        count: value,
        start: m.index,
        end: m.index + m[0].length,
        countStart,
        countEnd,
      });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  const first = found[0] as (typeof found)[number];
  const distinct = new Set(found.map((f) => f.countStart));
  const whole = first.end - first.start <= 40;
  const s = whole ? first.start : first.countStart;
  const e = whole ? first.end : first.countEnd;
  return {
    count: first.count,
    phrase: seg.slice(s, e),
    span: { start: span.start + s, end: span.start + e },
    several: distinct.size > 1,
  };
}
