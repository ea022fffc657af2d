// A province in the possessive before a place of its own: "Kandahar's border area of Spin
// Boldak", "Balochistan's Panjgur district". The possessive names the province the place lies
// in, not a second place: "Kandahar" was read as the city, 100 km from Spin Boldak, and the
// sentence sent to review with two places (a regression from a real Afghanistan Times page).
// Pure.
import type { Combined } from './placeCombine.ts';
import { shareProvince } from './placeContains.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import type { Token } from './placeTokens.ts';

/** The province a possessive name stands for: a province record, or a town's province namesake. */
function provinceOf(m: Combined, index: PlaceIndex): PlaceRecord | undefined {
  return m.records.find((r) => r.kind === 'province') ?? index.provinces.get(m.key);
}

/** True when `r`, a place finer than a province, lies in `province` by the gazetteer's names. */
function inProvince(r: PlaceRecord, province: PlaceRecord): boolean {
  const finer = r.kind !== 'province' && r.kind !== 'country';
  return finer && r.country === province.country && shareProvince(r, province);
}

/**
 * Folds "X's Y" into Y when X, in the possessive right before Y, is a
 * province (or a town whose province namesake) holding Y; Y's namesakes elsewhere are dropped.
 */
export function foldPossessiveProvinces(
  text: string,
  tokens: Token[],
  matches: Combined[],
  index: PlaceIndex,
): Combined[] {
  const out: Combined[] = [];
  for (let n = 0; n < matches.length; n++) {
    const a = matches[n] as Combined;
    const b = matches[n + 1];
    const province =
      a.type === 'place' && (tokens[a.last] as Token).possessive && !a.road
        ? provinceOf(a, index)
        : undefined;
    if (province && b?.type === 'place' && /^(?:['’]s?)?\s*$/u.test(text.slice(a.end, b.start))) {
      const inside = b.records.filter((r) => inProvince(r, province));
      if (inside.length > 0) {
        out.push({ ...b, records: inside });
        n++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
