// Resolving one place phrase through the gazetteer: the country and province the sentence, then
// the article, names narrow the candidates before ranking; ambiguity, typos, roads across the
// border, districts the gazetteer lacks and fallbacks become reviews with the radius they leave.
import type { Combined } from './placeCombine.ts';
import { FALLBACK_KM, type PlaceIndex, type PlaceRecord } from './placeIndex.ts';
import type { Widening } from './placeMatch.ts';
import type { Cue } from './placeChecks.ts';
import type { CountrySupport, ProvinceSupport } from './placeSupport.ts';
import type { PlaceCandidate, PlaceMention, Review } from './types.ts';

/** Extra radius (km) the words around a name add to its own radius (README "Places"). */
export const WIDENING_KM: Record<Widening, number> = {
  near: 20,
  outskirts: 5,
  area: 15,
  'border-area': 40,
};
/** Radius (km) of a village placed at the town or county it is said to be in (placeIndex.ts). */
export { FALLBACK_KM };
/** At most this many alternatives are offered for one name. */
const MAX_CANDIDATES = 8;

/** Countries and provinces a text names unambiguously, to narrow other names. */
export interface Hints {
  countries: Set<string>;
  provinces: Set<string>;
  /** Article level: the countries it speaks of, and by which names. */
  support?: CountrySupport;
  /** Article level: the provinces it names, and which names lie in each. */
  provinceSupport?: ProvinceSupport;
  /** Countries of every unambiguous place (typo matches stay among them). */
  inPlay: Set<string>;
}

/** A place mention, how it resolved, and the word before it: "in"/"at" or "to". */
export interface Candidate {
  m: PlaceMention;
  r: Resolved;
  cue: Cue;
}

/** How one place phrase resolved: the best record, the others, reviews and radius. */
export interface Resolved {
  match: Combined;
  best: PlaceRecord | null;
  others: PlaceRecord[];
  reviews: Review[];
  radius: number;
  /** The precision the phrase supports when it is coarser than `best`'s own. */
  precision?: PlaceCandidate['precision'];
}

/** Gazetteer records best first: rank, then population, then name. */
export const byRank = (a: PlaceRecord, b: PlaceRecord) =>
  a.rank - b.rank || (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name);

function unique(list: PlaceRecord[]): PlaceRecord[] {
  return [...new Set(list)];
}

function narrow(list: PlaceRecord[], keep: (r: PlaceRecord) => boolean): PlaceRecord[] {
  const kept = list.filter(keep);
  return kept.length > 0 ? kept : list;
}

function clearWinner(ranked: PlaceRecord[]): boolean {
  const [a, b] = ranked;
  if (!a) return false;
  if (!b) return true;
  if (a.rank < b.rank) return true;
  return (a.population ?? 0) > 0 && (a.population ?? 0) >= 10 * (b.population ?? 0);
}

function inProvince(r: PlaceRecord, provinces: Set<string>): boolean {
  return r.kind !== 'province' && (r.provinceKeys ?? []).some((k) => provinces.has(k));
}

/** Countries and provinces named by unambiguous matches. */
export function hintsOf(matches: Combined[], index: PlaceIndex): Hints {
  const h: Hints = { countries: new Set(), provinces: new Set(), inPlay: new Set() };
  for (const m of matches) {
    if (m.type !== 'place' || m.typo) continue;
    const where = new Set(m.records.map((r) => r.country));
    if (where.size === 1) h.inPlay.add(m.records[0]?.country as string);
    const kinds = new Set(m.records.map((r) => r.kind));
    if (kinds.size !== 1) continue;
    const r = m.records[0] as PlaceRecord;
    if (r.kind === 'country' && m.records.length === 1) h.countries.add(r.country);
    if (r.kind === 'province' && m.records.length === 1) {
      for (const [k, p] of index.provinces) if (p === r) h.provinces.add(k);
      h.countries.add(r.country);
    }
  }
  return h;
}

/** Resolves one place phrase: hints first, then ranking; ambiguity and typos become reviews. */
export function resolve(
  m: Combined,
  index: PlaceIndex,
  sentence: Hints,
  article: Hints,
  before?: PlaceRecord,
): Resolved {
  const reviews: Review[] = [];
  let list = unique(m.records);
  if (m.hint === 'district') {
    const d = index.districts.get(m.key);
    if (d) list = d;
  }
  if (m.hint === 'province') list = narrow(list, (r) => r.kind === 'province');
  if (m.hint === 'town') list = narrow(list, (r) => r.kind === 'town');
  if (before) list = narrow(list, (r) => r.country === before.country);
  for (const hints of [sentence, article]) {
    list = narrow(list, (r) => inProvince(r, hints.provinces));
    list = narrow(list, (r) => r.kind === 'country' || hints.countries.has(r.country));
  }
  const ranked = [...list].sort(byRank);
  const phrase = `'${m.name}'`;
  let best = clearWinner(ranked) ? (ranked[0] as PlaceRecord) : null;
  let others = (best ? ranked.slice(1) : ranked).slice(0, MAX_CANDIDATES);
  if (!best) {
    reviews.push({
      code: 'ambiguous_place',
      message: `${phrase} names ${ranked.length} places that rank alike (${ranked
        .slice(0, 3)
        .map((r) => `${r.name}, ${r.admin1 ?? r.country}`)
        .join('; ')}); pick one`,
    });
  }
  if (m.typo) {
    reviews.push({
      code: 'typo_match',
      message: `${phrase} is not a known spelling; read as ${m.typo} (one letter differs)`,
    });
    if (best) {
      others = unique([...others, ...m.records.filter((r) => r !== best)]).slice(0, MAX_CANDIDATES);
    }
  }
  if (best && m.crossBorderRoad) {
    reviews.push({
      code: 'coarse_place',
      message: `${phrase} runs across the border between ${m.road?.from.name} and ${m.road?.to.name}; the text does not say on which side it happened`,
    });
  }
  let radius = best?.uncertainty_km ?? 0;
  // "Musakhel district" with no curated district: its namesake town (usually its seat) stands for
  // the whole district, whose size the gazetteer does not know (Pakistan's reach 150 km from
  // their seat): a district-level place that needs review, never a town.
  let precision: Resolved['precision'];
  if (best && m.hint === 'district' && best.kind === 'town') {
    radius = Math.max(radius, FALLBACK_KM);
    precision = 'county';
    reviews.push({
      code: 'coarse_place',
      message: `${phrase} names a district the gazetteer does not hold: placed at its namesake town ${best.name}, which is usually its seat; the district's size is unknown, so the event may lie farther than ${radius} km from there`,
    });
  }
  if (best && m.widening) radius = best.uncertainty_km + WIDENING_KM[m.widening];
  if (best && m.fallbackFrom) {
    radius = Math.max(best.uncertainty_km, FALLBACK_KM);
    reviews.push({
      code: 'fallback_admin',
      message: `'${m.fallbackFrom}' is not in the gazetteer; placed at ${best.name} (${best.kind === 'district' ? 'its seat' : 'the place it is said to be in'}), within about ${radius} km`,
    });
  }
  if (!best && list.length === 0) best = null;
  return { match: m, best, others, reviews, radius, ...(precision ? { precision } : {}) };
}
