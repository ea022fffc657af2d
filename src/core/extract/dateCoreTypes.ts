// What a date phrase says before a reference date is applied (the types `makeCore` in
// dateCores.ts fills from a grammar rule's match). Types only.
import type { TimeUnit } from '../dateRules.ts';

/** Words that name a day or a period by its distance from the reference. */
export type Casual =
  | 'today'
  | 'yesterday'
  | 'dayBeforeYesterday'
  | 'tomorrow'
  | 'overnight'
  | 'weekend'
  | 'lastWeek'
  | 'thisWeek'
  | 'pastWeek'
  | 'lastMonth'
  | 'thisMonth'
  | 'pastMonth'
  | 'lastYear'
  | 'thisYear'
  | 'pastYear';

/** What a date phrase says, before a reference date is applied. */
export type DateCore =
  /** "March 3", "Friday, 12 May 2023", "February 14-15": a day, with its year and weekday if given. */
  | {
      kind: 'day';
      year: number | null;
      month: number;
      day: number;
      endDay: number | null;
      weekday: number | null;
    }
  /** "12/05/2023": day and month in an order the text may not settle. */
  | { kind: 'numeric'; first: number; second: number; year: number }
  /** "in March", "March 2019", "late March last year", "last March". */
  | {
      kind: 'month';
      month: number;
      year: number | null;
      shift: 'lastYear' | 'thisYear' | 'last' | null;
      /** The phrase carries its own preposition or qualifier ("in", "since", "late"). */
      cued: boolean;
    }
  /** "in 2019", "early 2019", "the 2018 abduction", "2019-20". */
  | { kind: 'year'; year: number; endYear: number | null; cued: boolean }
  /**
   * "on Friday", "last Friday", "next Friday"; `coming` for a bare weekday after a future verb
   * ("will open … on Thursday"): the first such day on or after the reference.
   */
  | { kind: 'weekday'; weekday: number; which: 'on' | 'last' | 'this' | 'next' | 'coming' }
  /** "two weeks ago", "a few days ago" (a count range). */
  | { kind: 'ago'; count: [number, number]; unit: TimeUnit }
  | { kind: 'casual'; what: Casual }
  /**
   * A step from another event: "two days later" (+), "a day earlier" (−), "the next day".
   * `named`: the phrase names what it counts from ("a day after the bombing").
   * `describesAnchor`: "It comes a day after X": X lies a day before the event "It" refers to.
   */
  | {
      kind: 'relative';
      count: [number, number];
      unit: TimeUnit;
      sign: 1 | -1;
      named: boolean;
      describesAnchor: boolean;
    };
