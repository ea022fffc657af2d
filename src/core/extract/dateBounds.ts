// The days a date mention stands for, to compare two dates of one sentence: "in March" covers
// "on March 3"; "roughly three weeks after" covers a calendar day within a week of it (a
// two-hundred-and-thirty-fifth-try page had "roughly three weeks after … on February 16" dated
// three days early for review). Pure.
import { isoToDay } from '../days.ts';
import type { DateMention } from './types.ts';

/** Days either side of a round step ("roughly three weeks after"): a date that near is its own. */
const stepSlack = (m: DateMention): number =>
  m.precision !== 'approximate'
    ? 0
    : /\bmonths?\b/i.test(m.text)
      ? 15
      : /\bweeks?\b/i.test(m.text)
        ? 7
        : 0;
/** A mention's first and last day, widened by a round step's slack; null when unresolved. */
export const bounds = (m: DateMention): [number, number] | null =>
  m.date === null
    ? null
    : [isoToDay(m.date) - stepSlack(m), isoToDay(m.date_end ?? m.date) + stepSlack(m)];

/** True when `a` covers `b` and more ("in March" around "on March 3"). */
export function covers(a: [number, number] | null, b: [number, number] | null): boolean {
  return !!a && !!b && a[0] <= b[0] && b[1] <= a[1] && (a[0] < b[0] || b[1] < a[1]);
}
