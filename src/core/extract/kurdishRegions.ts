// Kurdistan, the region, is not Iran's Kurdistan province: "Iranian Kurdistan (Rojhelat)" spans
// four provinces, and "Iraqi Kurdistan", "the Kurdistan Region" (of Iraq) and its "Kurdistan
// Regional Government" lie abroad. Read as the province, a Revolutionary Guard killed "in
// Iranian Kurdistan … near the border with Iraqi Kurdistan" was held 188 km from Piranshahr, the
// town the next sentence names (a hundred-and-fifteenth-try page). Such a phrase names no place
// the gazetteer holds; nor does an organisation's name ending in it ("the Party for Free Life in
// Kurdistan", a spelling of PJAK the list lacked: a hundred-and-twenty-ninth-try lead had been
// placed in Kurdistan province, 260 km from Urmia). Pure.
import type { Token } from './placeTokens.ts';

/** Adjectives that make "Kurdistan" the region of a country. */
const OF_COUNTRY = new Set(['iranian', 'iraqi', 'turkish', 'syrian', 'greater']);
/** Words after "Kurdistan" that make it Iraq's region or government. */
const IRAQ_AFTER = new Set(['region', 'regional']);

/** Capitalised words that head an organisation's name ("Party", "Front"). */
const ORG_HEADS = new Set([
  'party', 'front', 'movement', 'union', 'organisation', 'organization', 'society', 'association',
]); // prettier-ignore
/** Lower-case words inside an organisation's name ("Party for Free Life in Kurdistan"). */
const ORG_LINKS = new Set(['for', 'of', 'in', 'a', 'the', 'and']);
/** Words an organisation's name may run over before "Kurdistan". */
const ORG_REACH = 6;

/** The token index after "Party … Kurdistan" starting at token `i`, one space apart, or null. */
function organisationEnd(tokens: Token[], i: number): number | null {
  if (!ORG_HEADS.has(tokens[i]!.lower) || !tokens[i]!.cap) return null;
  for (let k = i + 1; k <= i + ORG_REACH && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.start - tokens[k - 1]!.end !== 1) return null;
    if (w.lower === 'kurdistan' && w.cap) return k + 1;
    if (!w.cap && !ORG_LINKS.has(w.lower)) return null;
  }
  return null;
}

/**
 * The token index right after such a phrase starting at token `i` ("Iranian Kurdistan",
 * "Kurdistan Region", "Kurdistan Regional Government", "Party for Free Life in Kurdistan"), or
 * null.
 */
export function kurdishRegionEnd(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next) return null;
  const organisation = organisationEnd(tokens, i);
  if (organisation) return organisation;
  if (OF_COUNTRY.has(t.lower) && t.cap && next.lower === 'kurdistan') return i + 2;
  if (t.lower !== 'kurdistan' || !IRAQ_AFTER.has(next.lower) || !next.cap) return null;
  return next.lower === 'regional' && tokens[i + 2]?.lower === 'government' ? i + 3 : i + 2;
}
