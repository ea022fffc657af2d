// Kurdistan, the region, is not Iran's Kurdistan province: "Iranian Kurdistan (Rojhelat)" spans
// four provinces, and "Iraqi Kurdistan", "the Kurdistan Region" (of Iraq) and its "Kurdistan
// Regional Government" lie abroad. Read as the province, a Revolutionary Guard killed "in
// Iranian Kurdistan … near the border with Iraqi Kurdistan" was held 188 km from Piranshahr, the
// town the next sentence names (a hundred-and-fifteenth-try page). Such a phrase names no place
// the gazetteer holds. Pure.
import type { Token } from './placeTokens.ts';

/** Adjectives that make "Kurdistan" the region of a country. */
const OF_COUNTRY = new Set(['iranian', 'iraqi', 'turkish', 'syrian', 'greater']);
/** Words after "Kurdistan" that make it Iraq's region or government. */
const IRAQ_AFTER = new Set(['region', 'regional']);

/**
 * The token index right after such a phrase starting at token `i` ("Iranian Kurdistan",
 * "Kurdistan Region", "Kurdistan Regional Government"), or null.
 */
export function kurdishRegionEnd(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next) return null;
  if (OF_COUNTRY.has(t.lower) && t.cap && next.lower === 'kurdistan') return i + 2;
  if (t.lower !== 'kurdistan' || !IRAQ_AFTER.has(next.lower) || !next.cap) return null;
  return next.lower === 'regional' && tokens[i + 2]?.lower === 'government' ? i + 3 : i + 2;
}
