// The seed episodes' dates (Oct–Nov 2018 and Jan 2024) as a store, for the time tests.
import { isoToDay } from '../../../src/core/days';
import { IncidentStore } from '../../../src/core/incidentStore';
import { DATE_PRECISIONS, type DatePrecision } from '../../../src/core/types';

/** [id, date, date_end or null, precision] of the eight seed incidents. */
export const SEED_DATES: [string, string, string | null, DatePrecision][] = [
  ['2018-abduction', '2018-10-16', null, 'day'],
  ['2018-release', '2018-11-15', null, 'day'],
  ['2018-captivity', '2018-10-16', '2018-11-15', 'range'],
  ['2024-iran-strike', '2024-01-17', null, 'approximate'],
  ['2024-pakistan-strike', '2024-01-18', null, 'approximate'],
  ['2024-statement', '2024-01-19', null, 'day'],
  ['2024-meeting', '2024-01-26', null, 'day'],
  ['2024-islamabad', '2024-01-29', null, 'day'],
];

/** The seed incidents as a store (input in reverse order, to prove sorting). */
export function seedStore(): IncidentStore {
  const rows = [...SEED_DATES].reverse();
  return new IncidentStore({
    start: rows.map((r) => isoToDay(r[1])),
    end: rows.map((r) => isoToDay(r[2] ?? r[1])),
    lon: rows.map((_, i) => 60 + i),
    lat: rows.map((_, i) => 28 + i),
    precision: rows.map((r) => DATE_PRECISIONS.indexOf(r[3])),
    ids: rows.map((r) => r[0]),
  });
}

/** Day number of an ISO date (short alias for tests). */
export const d = isoToDay;

/** Deterministic PRNG (mulberry32) for seeded random tests: the synthetic generator's own. */
export { mulberry32 } from '../../../src/core/synthetic';
