// Calendar arithmetic on UTC day numbers: months and ISO weeks for keyboard steps and histogram
// bins.

const MS_PER_DAY = 86_400_000;

function toDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

function fromUtc(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m, d) / MS_PER_DAY);
}

/** Number of days in month `m` (0-based) of year `y`. */
function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

/** The same day of the month `n` months later (earlier when negative), clamped to month end. */
export function addMonths(day: number, n: number): number {
  const d = toDate(day);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  return fromUtc(y, m, Math.min(d.getUTCDate(), daysInMonth(y, m)));
}

/** First day of the month containing `day`. */
export function startOfMonth(day: number): number {
  const d = toDate(day);
  return fromUtc(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** Monday of the ISO week containing `day`. */
export function startOfWeek(day: number): number {
  // Day 0 (1970-01-01) was a Thursday: Monday-based weekday = (day + 3) mod 7.
  return day - ((((day + 3) % 7) + 7) % 7);
}
