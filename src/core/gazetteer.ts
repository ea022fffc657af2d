// Gazetteer matching: resolves a place as an article writes it ("Saravan county", "Mirjaveh",
// "Pakistan") to one gazetteer entry. News spellings go through a curated alias table;
// organisations are refused; a name that stays ambiguous after ranking, or is unknown, is an
// error listing the candidates — never a silent guess.
import {
  clearWinner,
  describeEntry,
  indexFor,
  namesOf,
  normalizePlaceName,
  rankCandidates,
  suggestions,
} from './gazetteerNames.ts';
import { lookupCrossing, type CrossingSide } from './gazetteerCrossings.ts';
import type { PlacePrecision } from './types.ts';

export {
  describeEntry,
  indexGazetteer,
  normalizePlaceName,
  rankCandidates,
  typeRank,
} from './gazetteerNames.ts';

/** Kind of gazetteer entry, coarsest last. */
export type PlaceKind = 'town' | 'province' | 'country';

/** One place in the generated gazetteer (`geodata/generated/gazetteer.json`). */
export interface GazetteerEntry {
  /** Display name (GeoNames `name`, or the area name for provinces/countries). */
  name: string;
  /** Other spellings: GeoNames ASCII name and Latin-script alternate names. */
  alt: string[];
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Province name the entry belongs to (GeoNames admin1 name), null for countries. */
  admin1: string | null;
  /** GeoNames population; null when the source gives none. */
  population: number | null;
  kind: PlaceKind;
  /** GeoNames feature code (PPL, PPLA, PPLC …) for towns; `ADM1` / `PCLI` for areas. */
  feature: string;
  /** Id of the polygon in `areas.geojson` for provinces and countries. */
  area?: string;
  /** A border crossing's side (src/core/gazetteerCrossings.ts): the radius its point holds. */
  radius_km?: number;
}

/** A curated alias: a news spelling and the gazetteer name it stands for. */
export interface PlaceAlias {
  alias: string;
  name: string;
  country?: string;
}

/** Everything place lookup needs. */
export interface Gazetteer {
  entries: GazetteerEntry[];
  aliases: PlaceAlias[];
  /** Names of organisations that must never be geocoded (Jaish al-Adl …). */
  organisations: string[];
  /**
   * Curated districts and counties (geodata/districts.yaml), each as an entry at its seat with
   * the spellings news use: "X county" / "X district" resolves to these first.
   */
  districts?: { names: string[]; entry: GazetteerEntry }[];
  /** Curated border crossings, one entry per side: names no other entry knows resolve to these. */
  crossings?: CrossingSide[];
}

/** A successful lookup: the entry and the precision the phrase implies. */
export interface PlaceMatch {
  entry: GazetteerEntry;
  precision: PlacePrecision;
  /** The name actually looked up after stripping qualifiers and applying aliases. */
  key: string;
}

/** Why a place could not be resolved; `candidates` lists what the curator can choose from. */
export class PlaceError extends Error {
  readonly fix: string;
  readonly candidates: string[];
  constructor(message: string, fix: string, candidates: string[] = []) {
    super(message);
    this.name = 'PlaceError';
    this.fix = fix;
    this.candidates = candidates;
  }
}

const QUALIFIER = /\s+(county|district|city|town|village|province|region)$/;
const QUALIFIER_PRECISION: Record<string, PlacePrecision> = {
  county: 'county',
  district: 'county',
  city: 'town',
  town: 'town',
  village: 'town',
  province: 'province',
  region: 'province',
};
const KIND_PRECISION: Record<PlaceKind, PlacePrecision> = {
  town: 'town',
  province: 'province',
  country: 'country',
};

/** What the text or the record says about where a place lies; narrows candidates first. */
export interface PlaceClaim {
  /** ISO2 of the country named in the text or claimed by the record. */
  country?: string | undefined;
  /** Province named in the text or claimed by the record (any spelling the gazetteer knows). */
  admin1?: string | undefined;
  /**
   * The name is a province's (a record's `admin1`): a province of that name wins over its
   * capital ("Kandahar", "Herat"), as "Kandahar province" would.
   */
  province?: boolean;
}

/**
 * Every entry a name may stand for: its own gazetteer entries and those of every alias it is,
 * each alias still restricted to its country. The alias's country is a default, not a wall: a
 * namesake in another country stays reachable for a claim that names that country.
 */
function candidatesFor(key: string, gazetteer: Gazetteer, claimed?: string): GazetteerEntry[] {
  const index = indexFor(gazetteer.entries);
  const out = new Set<GazetteerEntry>(index.get(key) ?? []);
  for (const a of gazetteer.aliases) {
    if (normalizePlaceName(a.alias) !== key) continue;
    for (const e of index.get(normalizePlaceName(a.name)) ?? []) {
      if (!a.country || e.country === a.country || e.country === claimed) out.add(e);
    }
  }
  const all = [...out];
  const pins = gazetteer.aliases.filter((a) => normalizePlaceName(a.alias) === key && a.country);
  if (claimed || pins.length === 0) return all;
  // No claim: an alias pinned to a country wins over namesakes elsewhere.
  const pinned = all.filter((e) => pins.some((a) => a.country === e.country));
  return pinned.length > 0 ? pinned : all;
}

/** The curated district a name stands for, narrowed by the claim; null when none or several. */
function lookupDistrict(
  key: string,
  gazetteer: Gazetteer,
  country?: string,
  admin1?: string,
): GazetteerEntry | null {
  let found = (gazetteer.districts ?? [])
    .filter((d) => d.names.some((n) => normalizePlaceName(n) === key))
    .map((d) => d.entry);
  if (country) found = narrow(found, (e) => e.country === country);
  if (admin1)
    found = narrow(found, (e) => normalizePlaceName(e.admin1 ?? '') === normalizePlaceName(admin1));
  return found.length === 1 ? (found[0] as GazetteerEntry) : null;
}

/** Keeps the entries that `keep` accepts, unless that would leave none. */
function narrow(list: GazetteerEntry[], keep: (e: GazetteerEntry) => boolean): GazetteerEntry[] {
  const kept = list.filter(keep);
  return kept.length > 0 ? kept : list;
}

/**
 * Resolves `place` (as the text writes it) to one gazetteer entry. The country and province the
 * text names or the record claims narrow the candidates *before* ranking, so a claimed country
 * is never overruled by a bigger namesake across the border (a claim that matches no candidate
 * leaves them all, and the point check reports the mismatch). `claim` may be an ISO2 country.
 * Throws `PlaceError` for organisations, unknown names and names that stay ambiguous.
 */
export function lookupPlace(
  place: string,
  gazetteer: Gazetteer,
  claim?: string | PlaceClaim,
): PlaceMatch {
  const { country, admin1, province } =
    typeof claim === 'string'
      ? { country: claim, admin1: undefined, province: false }
      : (claim ?? {});
  const raw = normalizePlaceName(place);
  if (gazetteer.organisations.some((o) => normalizePlaceName(o) === raw)) {
    throw new PlaceError(
      `"${place}" is an organisation, not a place`,
      'write where it happened as the text names it (a town, province or country)',
    );
  }
  const q = QUALIFIER.exec(raw);
  const stripped = q ? raw.slice(0, q.index) : raw;
  if (q?.[1] === 'county' || q?.[1] === 'district') {
    const district = lookupDistrict(stripped, gazetteer, country, admin1);
    if (district) return { entry: district, precision: 'county', key: stripped };
  }
  const alias = gazetteer.aliases.find((a) => normalizePlaceName(a.alias) === stripped);
  const key = alias ? normalizePlaceName(alias.name) : stripped;
  let candidates = candidatesFor(stripped, gazetteer, country);
  const crossing =
    candidates.length === 0 && lookupCrossing(raw, gazetteer.crossings ?? [], country);
  if (crossing) return { entry: crossing, precision: 'point', key: raw };
  if (candidates.length === 0) {
    throw new PlaceError(
      `unknown place "${place}"`,
      'use a spelling the gazetteer knows or add an alias to geodata/aliases.yaml',
      suggestions(key, gazetteer.entries),
    );
  }
  if (country) candidates = narrow(candidates, (e) => e.country === country);
  if (admin1) {
    const a1 = normalizePlaceName(admin1);
    const provinceNames = (e: GazetteerEntry) =>
      gazetteer.entries
        .filter((p) => p.kind === 'province' && p.country === e.country && p.admin1 === e.admin1)
        .flatMap(namesOf);
    candidates = narrow(
      candidates,
      (e) =>
        e.admin1 !== null && (normalizePlaceName(e.admin1) === a1 || provinceNames(e).includes(a1)),
    );
  }
  const wantsArea = q?.[1] === 'province' || q?.[1] === 'region' || province === true;
  if (wantsArea && candidates.some((e) => e.kind === 'province')) {
    candidates = candidates.filter((e) => e.kind === 'province');
  }
  const ranked = rankCandidates(candidates);
  if (!clearWinner(ranked)) {
    throw new PlaceError(
      `ambiguous place "${place}": ${ranked.length} candidates rank alike`,
      'add an alias with a country to geodata/aliases.yaml, or set `country` on the record',
      ranked.slice(0, 8).map(describeEntry),
    );
  }
  const entry = ranked[0] as GazetteerEntry;
  const qualifier = q?.[1];
  const hinted = qualifier ? QUALIFIER_PRECISION[qualifier] : undefined;
  const precision =
    hinted === 'county' && entry.kind === 'town' ? 'county' : KIND_PRECISION[entry.kind];
  return { entry, precision, key };
}

/** A curated district as geodata/districts.yaml has it (seat coordinates, other names). */
export interface CuratedDistrict {
  name: string;
  names: string[];
  lat: number;
  lon: number;
  country: string;
  admin1: string | null;
}

/**
 * Curated districts as gazetteer entries at their seats (`Gazetteer.districts`), for the
 * pipeline's lookups and the browser's alike.
 */
export function districtEntries(
  districts: readonly CuratedDistrict[],
): { names: string[]; entry: GazetteerEntry }[] {
  return districts.map((d) => ({
    names: [d.name, ...d.names],
    entry: {
      name: d.name,
      alt: d.names,
      lat: d.lat,
      lon: d.lon,
      country: d.country,
      admin1: d.admin1,
      population: null,
      kind: 'town',
      feature: 'ADM2',
    },
  }));
}
