// Resolving one place phrase through the gazetteer: the country and province the sentence, then
// the article, names narrow the candidates before ranking; ambiguity, typos, roads across the
// border, districts the gazetteer lacks and fallbacks become reviews with the radius they leave.
import { kmFromBorder, ON_BORDER_SIDE_KM } from './placeBorderDistance.ts';
import type { Combined } from './placeCombine.ts';
import { fitsCompass, type Compass } from './placeCompass.ts';
import { FALLBACK_KM, type PlaceIndex, type PlaceRecord } from './placeIndex.ts';
import { ownNameOfBiggest, ownNameOwner } from './placeOwnName.ts';
import { capitalOf } from './placeCapital.ts';
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
/** A border area farther than this (km) from every border the gazetteer holds is another's. */
const UNHELD_BORDER_KM = 150;
/** Radius (km) of a village placed at the town or county it is said to be in (placeIndex.ts). */
export { FALLBACK_KM };
/** At most this many alternatives are offered for one name. */
const MAX_CANDIDATES = 8;
/** How far from its namesake town a place in a Pakistani division may lie (a division holds 3–6 districts). */
const DIVISION_KM = 150;

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
  /** Article level: the names it gives persons ("candidate Saddam Tareen"), normalized. */
  persons?: Set<string>;
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
  /** The part of its country the text puts it in, when `best` lies there ("southwestern"). */
  compass?: Compass;
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
  // namesakes in two countries: a provincial capital ("Qalat", Zabul) does not outrank a
  // district town across the border ("Kalat", Balochistan) by its rank alone
  if (a.rank < b.rank && (a.country === b.country || a.kind !== b.kind)) return true;
  return (a.population ?? 0) > 0 && (a.population ?? 0) >= 10 * (b.population ?? 0);
}

function inProvince(r: PlaceRecord, provinces: Set<string>): boolean {
  return r.kind !== 'province' && (r.provinceKeys ?? []).some((k) => provinces.has(k));
}

/**
 * A review when the article's other names narrowed `all` to `kept` although a place they
 * dropped is far better known ("Abadan": the city of 370,000 in Khuzestan, dropped for a hamlet
 * of Sistan and Baluchestan because the article names that province elsewhere).
 */
function hintedAway(phrase: string, all: PlaceRecord[], kept: PlaceRecord[]): Review[] {
  if (kept.length === all.length) return [];
  const dropped = all.filter((r) => !kept.includes(r)).sort(byRank)[0];
  const stays = [...kept].sort(byRank)[0];
  if (!dropped || !stays || !clearWinner([dropped, stays])) return [];
  // "the town Balkh, Balkh" against "the province Balkh": the kind tells namesakes of one province
  // apart (a two-hundred-and-ninety-fourth-try page's review named "Balkh, Balkh" twice)
  const same = stays.name === dropped.name && stays.admin1 === dropped.admin1;
  const where = (r: PlaceRecord) =>
    same ? `the ${r.kind} ${r.name}` : `${r.name}, ${r.admin1 ?? r.country}`;
  return [
    {
      code: 'ambiguous_place',
      message: `${phrase} is read as ${where(stays)}, in a province or country the article names elsewhere, but the best-known place of that name is ${where(dropped)}; pick one`,
    },
  ];
}

/** Countries and provinces named by unambiguous matches. */
export function hintsOf(matches: Combined[], index: PlaceIndex): Hints {
  const h: Hints = { countries: new Set(), provinces: new Set(), inPlay: new Set() };
  for (const m of matches) {
    if (m.type !== 'place' || m.typo) continue;
    const where = new Set(m.records.map((r) => r.country));
    if (where.size === 1) h.inPlay.add(m.records[0]?.country as string);
    // "in Pishin in Sarbaz county": a division named as one says which country the text is in
    if (m.hint === 'district' && where.size === 1) h.countries.add(m.records[0]?.country as string);
    // "Khost province": the province, although a town bears its name too.
    const records =
      m.hint === 'province' ? narrow(m.records, (x) => x.kind === 'province') : m.records;
    const kinds = new Set(records.map((r) => r.kind));
    if (kinds.size !== 1) continue;
    const r = records[0] as PlaceRecord;
    if (r.kind === 'country' && records.length === 1) h.countries.add(r.country);
    if (r.kind === 'province' && records.length === 1) {
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
  compass?: Compass | null,
): Resolved {
  const reviews: Review[] = [];
  let list = unique(m.records);
  if (m.hint === 'district') {
    const d = index.districts.get(m.key);
    if (d) list = d;
  }
  if (m.hint === 'province') {
    list = narrow(list, (r) => r.kind === 'province');
    // "Zabol province": the Afghan province Zabul, not the Iranian town (a province the
    // gazetteer does not know by that name is no town of the name, settled)
    if (
      m.divisionWord === 'province' &&
      list.length > 0 &&
      !list.some((r) => r.kind === 'province')
    )
      reviews.push({
        code: 'ambiguous_place',
        message: `'${m.name}' is called a province, but no province of that name is known: the town ${list[0]?.name} (${list[0]?.admin1 ?? list[0]?.country}) is only a namesake; check the province meant`,
      });
  }
  // Divisions are Pakistan's: "Makran Division" is no town of Iran's, whatever its name
  if (m.hint === 'division') list = list.filter((r) => r.country === 'PK' && r.kind !== 'province');
  if (m.hint === 'town') list = narrow(list, (r) => r.kind === 'town');
  if (before) list = narrow(list, (r) => r.country === before.country);
  const phrase = `'${m.name}'`;
  let located: Compass | undefined;
  if (compass) {
    const fit = list.filter((r) => fitsCompass(r, compass, index));
    if (fit.length === 0 && list.length > 0)
      reviews.push({
        code: 'ambiguous_place',
        message: `${phrase} is said to be ${compass.words}, but no place of that name the gazetteer holds lies there (${list[0]?.name}, ${list[0]?.admin1 ?? list[0]?.country}); the place meant may be missing`,
      });
    else [list, located] = [fit, compass];
  }
  list = narrow(list, (r) => inProvince(r, sentence.provinces));
  list = narrow(list, (r) => r.kind === 'country' || sentence.countries.has(r.country));
  const unhinted = list;
  list = narrow(list, (r) => inProvince(r, article.provinces));
  list = narrow(list, (r) => r.kind === 'country' || article.countries.has(r.country));
  const hinted = hintedAway(phrase, unhinted, list);
  reviews.push(...hinted);
  const ranked = [...list].sort(byRank);
  let best = clearWinner(ranked)
    ? (ranked[0] as PlaceRecord)
    : ownNameOfBiggest(m.key, ranked, index);
  // "Shahdadpur": the town of that name, not Shahdad Kot, which GeoNames also calls so
  const owned = best && !m.typo ? ownNameOwner(phrase, m.key, best, ranked, index) : null;
  if (owned) {
    reviews.push(owned.review);
    best = owned.owner;
  }
  // "the capital of Nimroz province": Zaranj, not the province
  const capital = best && m.capital ? capitalOf(best, index) : null;
  if (capital) best = capital;
  let others = ranked.filter((r) => r !== best).slice(0, MAX_CANDIDATES);
  if (hinted.length > 0) others = unique([...others, ...unhinted.filter((r) => r !== best)]);
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
    // "Miranshah tehsil": the review names the division the text names
    const kind = m.divisionWord ?? 'district';
    reviews.push({
      code: 'coarse_place',
      message: `${phrase} names a ${kind} the gazetteer does not hold: placed at its namesake town ${best.name}, which is usually its seat; the ${kind}'s size is unknown, so the event may lie farther than ${radius} km from there`,
    });
  }
  // "Quetta Division": its namesake town (usually its headquarters) stands for several districts
  if (best && m.hint === 'division') {
    radius = Math.max(radius, DIVISION_KM);
    precision = 'province';
    reviews.push({
      code: 'coarse_place',
      message: `${phrase} names a division, several districts the gazetteer does not hold: placed at its namesake ${best.name}, usually its headquarters; the event may lie anywhere in the division, farther than ${radius} km from there`,
    });
  }
  if (best && m.part) {
    reviews.push({
      code: 'coarse_place',
      message: `${phrase} is the ${m.part.toLowerCase()} part of ${best.name}: placed at the whole of it, within about ${radius} km`,
    });
  }
  if (best && m.plural) {
    reviews.push({
      code: 'several_places',
      message:
        m.hint === 'town'
          ? `${phrase} heads a list of places the text names (ending "… ${m.plural}"); the event may lie in another of them`
          : `${phrase} is one of the ${m.plural} the text names; the event may lie in another of them`,
    });
  }
  if (best && m.widening) radius = best.uncertainty_km + WIDENING_KM[m.widening];
  // "the Panjgur sector of the border": the stretch of frontier, 78 km from Panjgur town, lies
  // within the radius (a drone "inside its territory in the Punjgur sector" had been ±45 km)
  const toBorder =
    m.widening === 'border-area' && best && kmFromBorder(index, best.country, best.lat, best.lon);
  // "Baneh border region": the frontier with Iraq, a border the gazetteer does not hold (the
  // nearest held one lay 1,337 km off); the usual reach of a border area, for review
  if (best && toBorder && toBorder > UNHELD_BORDER_KM) {
    reviews.push({
      code: 'coarse_place',
      message: `${phrase} names a border the gazetteer does not hold (the nearest it holds lies ${Math.round(toBorder)} km from ${best.name}): how far the border area reaches is unknown`,
    });
  } else if (toBorder) radius = Math.max(radius, Math.ceil(toBorder + ON_BORDER_SIDE_KM));
  if (best && m.fallbackFrom) {
    radius = Math.max(best.uncertainty_km, FALLBACK_KM);
    reviews.push({
      code: 'fallback_admin',
      message: `'${m.fallbackFrom}' is not in the gazetteer${m.farNamesakes ? ` (only ${m.farNamesakes} namesakes far from ${best.name})` : ''}; placed at ${best.name} (${best.kind === 'district' ? 'its seat' : 'the place it is said to be in'}), within about ${radius} km`,
    });
  }
  if (!best && list.length === 0) best = null;
  return {
    match: m,
    best,
    others,
    reviews,
    radius,
    ...(precision ? { precision } : {}),
    ...(best && located ? { compass: located } : {}),
  };
}
