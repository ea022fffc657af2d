// What a date phrase says, read from one grammar rule's match (datePhrases.ts), before any
// reference date is applied: a day of a month, a month, a year, a weekday, "N units ago", a word
// like "yesterday", or a step from another event ("two days later").
import { weekOfMonth } from './dateWeeks.ts';
import { ymdToDay, type TimeUnit } from '../dateRules.ts';
import type { RuleName } from './dateGrammar.ts';
import {
  countRange,
  dayNumber,
  futureBefore,
  holidayMonthDay,
  inUnits,
  monthNumber,
  unitOf,
  weekdayNumber,
} from './dateWords.ts';
import type { Casual, DateCore } from './dateCoreTypes.ts';
import type { Span } from './types.ts';

export type { Casual, DateCore } from './dateCoreTypes.ts';

/** A rule's reading of its match: what it says, and whether it only qualifies something else. */
export interface Made {
  core: DateCore;
  background: boolean;
}

const BOUND_CUES = /^(?:since|until|till|by|through|before|after)\b/i;
const DESCRIBES_ANCHOR =
  /\b(?:comes?|came|coming|follows?|followed|following|occurs|occurred|happens|happened|(?:takes|took)\s+place)\s+(?:just\s+|only\s+|barely\s+|exactly\s+|some\s+|about\s+|nearly\s+|almost\s+|roughly\s+|around\s+|over\s+|more\s+than\s+|less\s+than\s+)?$/i;
/** A plural noun after a number means a count ("in 2000 attacks"), not a year. */
const PLURAL_AFTER = /^\s+([a-z]{2,})\b/;
const NOT_PLURAL = /(?:ss|us|is|ous|as|ws|ys)$|^(?:this|his|its)$/;

function g(m: RegExpExecArray, name: string): string | undefined {
  return m.groups?.[name];
}

function dayCore(m: RegExpExecArray): DateCore | null {
  const month = monthNumber(g(m, 'm') ?? '');
  const week = weekOfMonth(g(m, 'ord'), month);
  const day = week?.day ?? dayNumber(g(m, 'd') ?? '');
  const yearText = g(m, 'y');
  const year = yearText ? Number(yearText) : null;
  const d2 = g(m, 'd2');
  const endDay = week?.endDay ?? (d2 !== undefined && dayNumber(d2) > day ? dayNumber(d2) : null);
  const wd = g(m, 'wd') ?? g(m, 'wd2');
  if (month === null || (year !== null && ymdToDay(year, month, day) === null)) return null;
  return { kind: 'day', year, month, day, endDay, weekday: wd ? weekdayNumber(wd) : null };
}

function relativeCore(
  m: RegExpExecArray,
  text: string,
  span: Span,
  from: number,
  count: [number, number],
  unit: TimeUnit,
): DateCore {
  const dir = (g(m, 'dir') ?? 'later').toLowerCase().replace(/\s+/g, ' ');
  const sign = /^(?:earlier|before|prior|prior to|previous|preceding)$/.test(dir) ? -1 : 1;
  const next = text.slice(span.end, span.end + 3);
  const named = /^(?:after|before|prior to)$/.test(dir) && /^\s*[\w“"‘']/.test(next);
  // "It comes a day after X" tells X's day; "the incident came two days earlier" tells the
  // incident's, two days before the event told before it (a regression from a real Dawn report,
  // read two days after that event)
  const describesAnchor =
    /^(?:after|before|prior to)$/.test(dir) &&
    DESCRIBES_ANCHOR.test(text.slice(Math.max(from, span.start - 40), span.start));
  return { kind: 'relative', count, unit, sign, named, describesAnchor };
}

function casual(what: Casual): Made {
  return { core: { kind: 'casual', what }, background: false };
}

function periodCasual(which: string, unit: string): Casual {
  if (unit === 'weekend') return 'weekend';
  const w = which.toLowerCase().replace(/^the\s+/, '');
  const prefix = w === 'last' ? 'last' : w === 'this' ? 'this' : 'past';
  return `${prefix}${unit[0]?.toUpperCase()}${unit.slice(1)}` as Casual;
}

/** Four or more digits right after a day and month: a year written, but not one the grammar reads. */
const UNREAD_YEAR_AFTER = /^,?\s?\d{4,}/;

/** "Bloody Friday", "Black Friday": a weekday in the name of an event ("Zahedan's Bloody Friday"). */
const NAMED_DAY_BEFORE = /\b(?:Bloody|Black)\s*["“]?$/;
/**
 * "Friday prayer leader", "the Friday prayers imam": a cleric's title, no date (a
 * hundred-and-eighty-third-try cleric shot on a Thursday had been proposed on the Friday before).
 */
const TITLE_AFTER = /^\s+prayers?\s+(?:leader|imam|preacher|khatib)\b/i;
/** "who leads Friday prayers", "delivered the Friday sermon": a cleric's role, no date. */
const LEADS_BEFORE = /\b(?:leads?|led|leading|delivers?|delivered|delivering)\s+(?:the\s+)?$/i;
const PRAYERS_AFTER = /^\s+(?:prayers?|sermons?)\b/i;

/**
 * Reads one grammar rule's match, or rejects it (null): an impossible date, a number that is a
 * count rather than a year ("in 2000 attacks"), a weekday naming an event ("Bloody Friday").
 */
export function makeCore(
  rule: RuleName,
  m: RegExpExecArray,
  text: string,
  span: Span,
  from: number,
): Made | null {
  switch (rule) {
    case 'iso': {
      const [y, mo, d] = [Number(g(m, 'y')), Number(g(m, 'm')), Number(g(m, 'd'))];
      if (y < 1900 || y > 2100 || ymdToDay(y, mo, d) === null) return null;
      const core: DateCore = {
        kind: 'day',
        year: y,
        month: mo,
        day: d,
        endDay: null,
        weekday: null,
      };
      return { core, background: false };
    }
    case 'numeric': {
      const [a, b] = [Number(g(m, 'a')), Number(g(m, 'b'))];
      if (a < 1 || b < 1 || (a > 12 && b > 12)) return null;
      return {
        core: { kind: 'numeric', first: a, second: b, year: Number(g(m, 'y')) },
        background: false,
      };
    }
    case 'weekdayParenMD':
    case 'weekdayParenDM':
    case 'dayMonth':
    case 'monthDay': {
      const core = dayCore(m);
      // "3 March 99999", "March 3, 20224": a year the grammar could not read follows; the day is
      // not read against the publication year (a confident wrong date), it is left unread.
      if (
        core?.kind === 'day' &&
        core.year === null &&
        UNREAD_YEAR_AFTER.test(text.slice(span.end, span.end + 12))
      ) {
        return null;
      }
      return core ? { core, background: false } : null;
    }
    case 'holiday': {
      const [month, day] = holidayMonthDay(g(m, 'hol') ?? '');
      const year = g(m, 'y') ? Number(g(m, 'y')) : null;
      const core: DateCore = { kind: 'day', year, month, day, endDay: null, weekday: null };
      return { core, background: false };
    }
    case 'monthYear': {
      const month = monthNumber(g(m, 'm') ?? '') as number;
      const core: DateCore = {
        kind: 'month',
        month,
        year: Number(g(m, 'y')),
        shift: null,
        cued: false,
      };
      return { core, background: false };
    }
    case 'monthCue': {
      const cue = (g(m, 'cue') ?? '').trim().toLowerCase();
      const rel = g(m, 'rel');
      const shift =
        rel === 'last'
          ? 'lastYear'
          : rel === 'this' || cue === 'this'
            ? 'thisYear'
            : cue === 'last'
              ? 'last'
              : null;
      const month = monthNumber(g(m, 'm') ?? '') as number;
      return {
        core: { kind: 'month', month, year: null, shift, cued: true },
        background: BOUND_CUES.test(cue),
      };
    }
    case 'yearCue': {
      const cue = (g(m, 'cue') ?? '').trim().toLowerCase();
      const word = PLURAL_AFTER.exec(text.slice(span.end, span.end + 30))?.[1];
      if (word && word.endsWith('s') && !NOT_PLURAL.test(word)) return null;
      const year = Number(g(m, 'y'));
      const y2 = g(m, 'y2');
      const end =
        y2 === undefined ? null : y2.length === 2 ? year - (year % 100) + Number(y2) : Number(y2);
      const core: DateCore = {
        kind: 'year',
        year,
        endYear: end !== null && end > year ? end : null,
        cued: true,
      };
      return { core, background: cue === '' || BOUND_CUES.test(cue) };
    }
    case 'weekday': {
      // "Zahedan's "Bloody Friday"", "known as Black Friday": the name of an event, no date (a
      // hundred-and-sixty-fifth-try page's 2022 massacre had a Friday of 2024 among its dates)
      if (NAMED_DAY_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) return null;
      if (TITLE_AFTER.test(text.slice(span.end, span.end + 24))) return null;
      const led = LEADS_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start));
      if (led && PRAYERS_AFTER.test(text.slice(span.end, span.end + 12))) return null;
      const which = (g(m, 'which') ?? g(m, 'after') ?? 'on').toLowerCase();
      const core: DateCore = {
        kind: 'weekday',
        weekday: weekdayNumber(g(m, 'wd') ?? '') as number,
        which:
          which === 'past'
            ? 'last'
            : which === 'on' && futureBefore(text, span.start)
              ? 'coming'
              : (which as 'on' | 'last' | 'this' | 'next'),
      };
      return { core, background: false };
    }
    case 'ago': {
      const n = g(m, 'n');
      const unitText = g(m, 'u') ?? '';
      const count = countRange(n);
      if (!count || (n === undefined && !unitText.endsWith('s'))) return null;
      return {
        core: { kind: 'ago', count: inUnits(count, unitText), unit: unitOf(unitText) },
        background: false,
      };
    }
    case 'countRelative': {
      const count = countRange(g(m, 'n'));
      if (!count) return null;
      const u = g(m, 'u') ?? 'day';
      const core = relativeCore(m, text, span, from, inUnits(count, u), unitOf(u));
      return { core, background: false };
    }
    case 'vagueRelative': {
      const u = (g(m, 'u') ?? '').toLowerCase();
      const instant = u === 'minutes' || u === 'moments';
      const count: [number, number] = instant ? [0, 0] : [2, 9];
      const core = relativeCore(m, text, span, from, count, instant ? 'day' : unitOf(u));
      return { core, background: false };
    }
    case 'theNextDay':
    case 'theDayBefore': {
      const unit: TimeUnit = g(m, 'u')?.toLowerCase() === 'week' ? 'week' : 'day';
      return { core: relativeCore(m, text, span, from, [1, 1], unit), background: false };
    }
    case 'sameDay':
      return { core: relativeCore(m, text, span, from, [0, 0], 'day'), background: false };
    case 'dayBeforeYesterday':
      return casual('dayBeforeYesterday');
    case 'yesterday':
      return casual('yesterday');
    case 'today':
      return casual('today');
    case 'tomorrow':
      return casual('tomorrow');
    case 'weekend':
      return casual('weekend');
    case 'overnight':
      return casual('overnight');
    case 'lastPeriod':
      // "earlier in the month" is this month's
      return casual(
        periodCasual(
          g(m, 'which') ?? (/\bin\s+the\b/i.test(m[0]) ? 'this' : 'last'),
          (g(m, 'u') ?? 'week').toLowerCase(),
        ),
      );
  }
}
