// Dates as whole UTC day numbers: the one representation the timeline, filters and GPU buffers
// share. Day 0 is 1970-01-01; ISO strings are `YYYY-MM-DD`, always UTC.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date `YYYY-MM-DD`; throws on a malformed or impossible date. */
export function isoToDay(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new Error(`Not a real calendar date: "${iso}"`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when `iso` is a well-formed, real calendar date. */
export function isIsoDate(iso: string): boolean {
  try {
    isoToDay(iso);
    return true;
  } catch {
    return false;
  }
}
