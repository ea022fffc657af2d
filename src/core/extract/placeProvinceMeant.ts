// "15 soldiers dead in Kandahar, in the third assault this week in the southern province": a name
// both a town and its province bears, that the same sentence then calls "the province", is the
// province (a ninety-ninth-try page: the attack, in Shah Wali Kot district, had been answered at
// Kandahar city ±5 km). Pure; used by `readSentence` (places.ts).
import type { RawMatch } from './placeMatch.ts';
import type { Token } from './placeTokens.ts';

/** "in the southern province", "across the province": the province unnamed, pointed back at. */
const PROVINCE_AFTER =
  /\b(?:in|of|across|throughout|around)\s+the\s+(?:[a-z-]+\s+){0,2}province\b(?!\s+of\b)(?!,?\s+[A-Z])/;
/** Words saying the name is the town: "the city of Kandahar", "the provincial capital". */
const TOWN_SAID = /\b(?:city|town|capital)\b/i;

/**
 * Marks `m` as the province (`hint`) when its records hold a town and the province of that name
 * the town lies in, the rest of the sentence (up to `end`) calls the place "the province", and
 * nothing in the sentence calls it a town or a capital.
 */
export function provinceSaidAfter(text: string, tokens: Token[], m: RawMatch, end: number): void {
  if (m.type !== 'place' || m.hint || m.widening || m.feature) return;
  const province = m.records.find((r) => r.kind === 'province');
  if (!province || !m.records.some((r) => r.kind === 'town' && r.admin1 === province.admin1))
    return;
  const start = (tokens[0] as Token).start;
  if (TOWN_SAID.test(text.slice(start, end))) return;
  if (PROVINCE_AFTER.test(text.slice(m.end, end))) m.hint = 'province';
}
