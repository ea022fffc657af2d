// A district named after its province: "Khas Kunar", "Bar Kunar", "Kuz Kunar" are districts of
// Kunar (and Nangarhar), while "Khas" alone is Khāsh, a town of Nimroz 900 km off (a
// thirty-ninth-try page). A town's name right before the name of a province it does not lie in
// is the head of one longer name the gazetteer does not know. Pure; used by `matchPhrases`
// (placeMatch.ts), beside the other longer names of placeLongerName.ts.
import type { RawMatch } from './placeMatch.ts';
import { gap, type Token } from './placeTokens.ts';

/** Words after a pair that make it two places on a route ("the Chaman Kandahar highway"). */
const ROUTE_AFTER = /^\s+(?:road|highway|route|motorway|corridor|border)\b/i;

/**
 * True when town `prev` is the first word of a district named after a province, right before
 * that province's name ("Khas Kunar", "Bar Kunar": the Kunar districts; Khāsh is a town of
 * Nimroz, 900 km off, a thirty-ninth-try page): a one-word name of towns none of which lies in
 * the province `m` names, then that province of the same country, one space apart, and no route
 * word after it. The pair is then one name the gazetteer does not know.
 */
export function townBeforeProvince(
  text: string,
  tokens: Token[],
  prev: RawMatch,
  m: RawMatch,
): boolean {
  if (prev.type !== 'place' || prev.first !== prev.last || prev.next !== m.first) return false;
  if (prev.hint || prev.widening || m.hint || m.widening) return false;
  const word = tokens[prev.first] as Token;
  if (word.possessive || word.upper || gap(text, word, tokens[m.first] as Token) !== ' ')
    return false;
  if (ROUTE_AFTER.test(text.slice((tokens[m.last] as Token).end))) return false;
  const provinces = m.records.filter((r) => r.kind === 'province');
  return (
    provinces.length > 0 &&
    prev.records.length > 0 &&
    prev.records.every(
      (r) =>
        r.kind === 'town' &&
        provinces.some((p) => p.country === r.country && p.admin1 !== r.admin1),
    )
  );
}
