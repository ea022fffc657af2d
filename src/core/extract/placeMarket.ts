// "Shabqadar Bazaar of Charsadda district": a market named after a town, followed by the district
// or town that holds that town, is the town's own bazaar, not a facility named after a place
// elsewhere ("Tank Adda" in Dera Ismail Khan). Pure.
import { kmBetween } from './distance.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import type { Token } from './placeTokens.ts';

/** A market's name word after a town's name ("Shabqadar Bazaar"). */
export const MARKETS = new Set(['bazaar', 'bazar', 'market']);
/** How far (km) beyond a named district's reach its town's own bazaar may lie. */
const MARKET_SLACK_KM = 10;

/**
 * True when the market word at token `k` is followed by "of" or "in" and a district or town that
 * holds one of the `towns` ("Shabqadar Bazaar of Charsadda district"): the town's own bazaar (a
 * hundred-and-sixty-third-try page had lost Shabqadar and held the bombing anywhere in Charsadda).
 */
export function ownMarket(
  tokens: Token[],
  index: PlaceIndex,
  k: number,
  towns: PlaceRecord[],
): boolean {
  if (!['of', 'in'].includes(tokens[k + 1]?.lower ?? '')) return false;
  const at = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  const one = tokens[at];
  if (!one?.cap) return false;
  const two = tokens[at + 1]?.cap ? `${one.lower} ${tokens[at + 1]?.lower}` : null;
  const outers = [two, one.lower].flatMap((n) =>
    n ? [...(index.districts.get(n) ?? []), ...(index.byName.get(n) ?? [])] : [],
  );
  return towns.some(
    (t) =>
      t.kind === 'town' &&
      outers.some(
        (o) =>
          o !== t &&
          o.country === t.country &&
          kmBetween(o, t) <= o.uncertainty_km + t.uncertainty_km + MARKET_SLACK_KM,
      ),
  );
}
