// The time window in the URL hash: `#from=YYYY-MM-DD&to=YYYY-MM-DD`. Parsing never throws: a
// malformed or impossible date is dropped (the caller keeps its default), a window outside the
// data is clamped to it, and reversed bounds are swapped. Values quoted in messages are cut and
// their invisible characters shown (`showValue`).

import { dayToIso, isIsoDate, isoToDay } from '../days';
import { showValue } from '../hashProblems';
import { clampWindow, type TimeWindow } from './window';

/** Why a `from`/`to` pair from the hash was not used as is; null when it was. */
export type HashWindowProblem = 'malformed' | 'clamped' | null;

/**
 * The window named by hash values `from` and `to` (either may be missing: it defaults to the data
 * end it stands for). Null window when both are missing or malformed.
 */
export function parseHashWindow(
  from: string | null | undefined,
  to: string | null | undefined,
  extent: TimeWindow,
): { window: TimeWindow | null; problem: HashWindowProblem } {
  const f = from && isIsoDate(from) ? isoToDay(from) : null;
  const t = to && isIsoDate(to) ? isoToDay(to) : null;
  const malformed = (from != null && f === null) || (to != null && t === null);
  if (f === null && t === null) return { window: null, problem: malformed ? 'malformed' : null };
  const raw = { from: f ?? extent.from, to: t ?? extent.to };
  const window = clampWindow(raw, extent);
  const clamped = window.from !== raw.from || window.to !== raw.to;
  return { window, problem: malformed ? 'malformed' : clamped ? 'clamped' : null };
}

/** Hash entries for a window, e.g. `[['from', '2024-01-15'], ['to', '2024-01-31']]`. */
export function hashWindowEntries(w: TimeWindow): [key: 'from' | 'to', value: string][] {
  return [
    ['from', dayToIso(w.from)],
    ['to', dayToIso(w.to)],
  ];
}

/** A sentence for the user about a `from`/`to` pair that was not used as is; null when it was. */
export function describeHashWindowProblem(
  from: string | null | undefined,
  to: string | null | undefined,
  problem: HashWindowProblem,
  extent: TimeWindow,
): string | null {
  const given = [
    from != null ? `from=${showValue(from)}` : null,
    to != null ? `to=${showValue(to)}` : null,
  ]
    .filter(Boolean)
    .join('&');
  if (problem === 'malformed') {
    const bad = [from != null && !isIsoDate(from) ? `from=${showValue(from)}` : null]
      .concat(to != null && !isIsoDate(to) ? `to=${showValue(to)}` : null)
      .filter(Boolean)
      .join(' and ');
    return `The link's time window has ${bad}, not a real date in the form YYYY-MM-DD; that part was ignored.`;
  }
  if (problem === 'clamped') {
    return `The link's time window (${given}) reaches beyond the data (${dayToIso(extent.from)} to ${dayToIso(extent.to)}); showing the part inside it.`;
  }
  return null;
}
