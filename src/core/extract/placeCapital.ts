// "the capital of Nimroz province", "Helmand's provincial capital", "Afghanistan's capital", "the
// Afghan capital": the words name a town, the province's or country's capital, not the whole
// division (the twenty-eighth try's "Taliban on Friday captured the capital of Nimroz province"
// had been read as the province, 214 km round its point, for Zaranj). The capital is GeoNames'
// seat of the first order (PPLA) of that province, or the country's national capital (PPLC).
// Pure (the table of capitals is built once per index).
import { normalizePlaceName } from '../gazetteer.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import type { PlaceMention } from './types.ts';
import type { RawMatch } from './placeMatch.ts';
import type { Token } from './placeTokens.ts';

/** Rank `typeRank` gives a provincial seat (PPLA); the national capital ranks 1. */
const SEAT_RANK = 2;

const capitals = new WeakMap<PlaceIndex, Map<string, PlaceRecord>>();

/** Each province's and country's capital town, keyed `country|province` and `country|`. */
function capitalsOf(index: PlaceIndex): Map<string, PlaceRecord> {
  let map = capitals.get(index);
  if (map) return map;
  map = new Map();
  const towns = new Set([...index.byName.values()].flat().filter((r) => r.kind === 'town'));
  for (const r of towns) {
    if (r.capital) map.set(`${r.country}|`, r);
    if (r.rank > SEAT_RANK || !r.admin1) continue;
    const key = `${r.country}|${r.admin1}`;
    const held = map.get(key);
    if (!held || (r.population ?? 0) > (held.population ?? 0)) map.set(key, r);
  }
  capitals.set(index, map);
  return map;
}

/** The capital town of a province or country record, or null (other kinds, or none known). */
export function capitalOf(r: PlaceRecord, index: PlaceIndex): PlaceRecord | null {
  if (r.kind === 'country') return capitalsOf(index).get(`${r.country}|`) ?? null;
  if (r.kind === 'province') return capitalsOf(index).get(`${r.country}|${r.name}`) ?? null;
  return null;
}

/** The region's peoples, for "the Afghan capital". */
const DEMONYMS: Record<string, string> = { afghan: 'AF', pakistani: 'PK', iranian: 'IR' };

/**
 * "the Afghan capital", "the Pakistani capital": a match for the country's capital town at token
 * `i` (the people's word), or null.
 */
export function demonymCapital(tokens: Token[], index: PlaceIndex, i: number): RawMatch | null {
  const t = tokens[i] as Token;
  const country = index.countries.get(DEMONYMS[t.lower] ?? '');
  const town = country && capitalOf(country, index);
  const the = tokens[i - 1];
  const capital = tokens[i + 1];
  if (!town || the?.lower !== 'the' || capital?.lower !== 'capital') return null;
  return {
    type: 'place',
    start: the.start,
    end: capital.end,
    // the whole phrase is the name, so the words around it are read as around "Tehran"
    first: i - 1,
    last: i + 1,
    key: t.lower,
    name: `${the.text} ${t.text} ${capital.text}`,
    // the town itself, so that "the Iranian capital said" stands for the government as "Tehran"
    records: [town],
    next: i + 2,
  };
}

/**
 * True when the dateline's city (`m`) is the capital of its province (Quetta, Peshawar, Zahedan),
 * not the country's.
 */
export function isProvinceCapital(m: PlaceMention | null, index: PlaceIndex): boolean {
  const c = m?.resolved;
  const province = c?.admin1 ? index.provinces.get(normalizePlaceName(c.admin1)) : undefined;
  const capital = province ? capitalOf(province, index) : null;
  // "TEHRAN: … police stations in the provincial capital": under a national capital's dateline
  // the words mean another province's capital (Zahedan, named a sentence before: a try's unrest
  // had been proposed at Tehran, 1,121 km off)
  const national = c && capitalsOf(index).get(`${c.country}|`);
  if (national && national.name === c?.name) return false;
  return !!c && !!capital && capital.name === c.name && capital.country === c.country;
}
