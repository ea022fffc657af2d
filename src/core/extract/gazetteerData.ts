// Everything the place reader needs, as one compact artifact the browser can load
// (`public/data/extract-gazetteer.json`, written by `npm run data`): GeoNames towns, provinces
// and countries, curated aliases, organisations, districts, border crossings and border lines,
// plus two word lists that keep ordinary English from matching place names. The pure
// `parseExtractGazetteer` checks the file and rebuilds the objects; nothing here touches disk.
import * as v from 'valibot';
import type { GazetteerEntry, PlaceAlias } from '../gazetteer.ts';

/** An organisation the text may name: never a place. */
export interface Organisation {
  /** Canonical name ("Inter-Services Public Relations"). */
  name: string;
  /** "news agency", "military press office", "armed group", … */
  kind: string;
  /** Spellings news use (acronyms included: "ISPR"). */
  names: string[];
}

/** A district (Pakistan, Afghanistan) or county/shahrestan (Iran), placed at its seat. */
export interface District {
  /** "Saravan County". */
  name: string;
  /** Bare spellings of the division ("Saravan"); the reader adds "county"/"district" itself. */
  names: string[];
  /**
   * `area`: a named town, tehsil, sector or pass that GeoNames lacks ("Nok Kundi", "Bolan
   * Pass"), placed at `coordinates` with `radius_km` covering it; read as a place of its own, not
   * as a division ("the Bolan Pass", "in Khanozai").
   */
  kind: 'county' | 'district' | 'area';
  country: string;
  admin1: string;
  /** The seat's coordinates. */
  lat: number;
  lon: number;
  /** Seat town's name. */
  seat: string;
  radius_km: number;
  /**
   * The division's published area (km²) when a source gives it; `radius_km` is then the radius
   * of the circle of that area, the division's known extent. Null: size unknown (50 km default).
   */
  area_km2: number | null;
  /** Where the division and its seat come from. */
  source: string;
}

/** An official border crossing, curated with its coordinates and source. */
export interface Crossing {
  /** "Taftan–Mirjaveh crossing". */
  name: string;
  /** Spellings news use ("Taftan-Mirjaveh", "Mirjaveh border crossing"). */
  names: string[];
  /** The two countries (ISO2), sorted. */
  countries: [string, string];
  /** Town on each side, keyed by ISO2. */
  sides: Record<string, string>;
  lat: number;
  lon: number;
  radius_km: number;
  source: string;
  /**
   * The province (area id, `AF-NG`) each side lies in, keyed by ISO2: the Natural Earth admin-1
   * polygon of that country nearest the crossing, found at build time.
   */
  provinces: Record<string, string>;
}

/** A stretch of international border drawn in `border.geojson` (`id` like `IR-PK`). */
export interface BorderLine {
  /** `AF-IR`, `AF-PK`, `IR-PK`: the two ISO2 codes sorted, joined by a hyphen. */
  id: string;
  countries: [string, string];
  /** "Iran–Pakistan border". */
  name: string;
  /** A point halfway along the line. */
  lat: number;
  lon: number;
  /** Length of the line in km (Natural Earth 10m). */
  length_km: number;
  /**
   * A stretch two provinces share (`id` like `AF-NM/IR-SB`): their area ids, in the order of
   * `countries`. Absent for a whole shared border.
   */
  provinces?: [string, string];
  /**
   * A whole shared border only: the line's parts simplified to about a kilometre, as
   * `[lat, lon]` points, so the extractor can tell how far a place lies from the border.
   */
  path?: [number, number][][];
}

/** What `createPlaceReader` is built from. */
export interface ExtractGazetteer {
  entries: GazetteerEntry[];
  aliases: PlaceAlias[];
  organisations: Organisation[];
  districts: District[];
  crossings: Crossing[];
  borders: BorderLine[];
  /** Radius (km) of the circle with each province's or country's area, by area id (`PK-BA`). */
  areaRadiusKm: Record<string, number>;
  /**
   * Normalized place names that are also ordinary English words ("band", "most"): they match
   * only where the sentence uses them as a place ("in Band", "Band district").
   */
  englishNames: string[];
  /** English words within one edit of a place name: never read as a misspelt place. */
  typoBlocked: string[];
}

/** Thrown when the artifact is malformed; the message names the file and the fix. */
export class ExtractGazetteerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractGazetteerError';
  }
}

/** Version of the file format; bump when the tuple layouts below change. */
export const EXTRACT_GAZETTEER_VERSION = 3;

const num = v.number();
const str = v.string();
const iso2 = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));
const lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const lon = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const pair = v.tuple([iso2, iso2]);

/** The file as stored: tuples keep it small (see `formatExtractGazetteer`). */
const FileSchema = v.strictObject({
  version: v.literal(EXTRACT_GAZETTEER_VERSION),
  admin1: v.array(str),
  features: v.array(str),
  // [name, alt joined by "|", lat, lon, country, admin1 index (-1 none), population (0 none),
  //  feature index, kind 0 town / 1 province / 2 country, area id or ""]
  entries: v.array(v.tuple([str, str, lat, lon, iso2, num, num, num, v.picklist([0, 1, 2]), str])),
  aliases: v.array(v.tuple([str, str, str])),
  organisations: v.array(v.tuple([str, str, v.array(str)])),
  districts: v.array(
    v.tuple([
      str,
      v.array(str),
      v.picklist(['county', 'district', 'area']),
      iso2,
      str,
      lat,
      lon,
      str,
      num,
      str,
      num,
    ]),
  ),
  crossings: v.array(
    v.tuple([str, v.array(str), pair, v.record(str, str), lat, lon, num, str, v.record(str, str)]),
  ),
  borders: v.array(
    v.tuple([str, pair, str, lat, lon, num, v.array(str), v.array(v.array(v.tuple([lat, lon])))]),
  ),
  areaRadiusKm: v.record(str, num),
  englishNames: v.array(str),
  typoBlocked: v.array(str),
});
type FileShape = v.InferOutput<typeof FileSchema>;

const KINDS = ['town', 'province', 'country'] as const;

/** Serialises the gazetteer compactly (one JSON document; stable order from the inputs). */
export function formatExtractGazetteer(g: ExtractGazetteer): string {
  const admin1 = [...new Set(g.entries.map((e) => e.admin1).filter((a) => a !== null))].sort();
  const features = [...new Set(g.entries.map((e) => e.feature))].sort();
  const file: FileShape = {
    version: EXTRACT_GAZETTEER_VERSION,
    admin1,
    features,
    entries: g.entries.map((e) => [
      e.name,
      e.alt.join('|'),
      e.lat,
      e.lon,
      e.country,
      e.admin1 === null ? -1 : admin1.indexOf(e.admin1),
      e.population ?? 0,
      features.indexOf(e.feature),
      KINDS.indexOf(e.kind) as 0 | 1 | 2,
      e.area ?? '',
    ]),
    aliases: g.aliases.map((a) => [a.alias, a.name, a.country ?? '']),
    organisations: g.organisations.map((o) => [o.name, o.kind, o.names]),
    districts: g.districts.map((d) => [
      d.name, d.names, d.kind, d.country, d.admin1, d.lat, d.lon, d.seat, d.radius_km, d.source,
      d.area_km2 ?? 0,
    ]), // prettier-ignore
    crossings: g.crossings.map((c) => [
      c.name, c.names, c.countries, c.sides, c.lat, c.lon, c.radius_km, c.source, c.provinces,
    ]), // prettier-ignore
    borders: g.borders.map((b) => [
      b.id, b.countries, b.name, b.lat, b.lon, b.length_km, b.provinces ?? [], b.path ?? [],
    ]), // prettier-ignore
    areaRadiusKm: g.areaRadiusKm,
    englishNames: g.englishNames,
    typoBlocked: g.typoBlocked,
  };
  return `${JSON.stringify(file)}\n`;
}

/**
 * Parses and checks the artifact written by `npm run data`. Throws `ExtractGazetteerError`
 * naming the file and what is wrong; never returns a partial gazetteer.
 */
export function parseExtractGazetteer(
  text: string,
  file = 'extract-gazetteer.json',
): ExtractGazetteer {
  const fix = 'regenerate it with `npm run data`';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ExtractGazetteerError(`${file}: not valid JSON (${(e as Error).message}) — ${fix}`);
  }
  const parsed = v.safeParse(FileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = (issue?.path ?? []).map((p) => String(p.key)).join('.');
    throw new ExtractGazetteerError(
      `${file}: ${path ? `\`${path}\` ` : ''}${issue?.message ?? 'malformed'} — ${fix}`,
    );
  }
  const f = parsed.output;
  const entries: GazetteerEntry[] = f.entries.map(
    ([name, alt, la, lo, country, a1, pop, feat, kind, area]) => {
      const admin1 = a1 >= 0 ? f.admin1[a1] : undefined;
      const feature = f.features[feat];
      if ((a1 >= 0 && admin1 === undefined) || feature === undefined) {
        throw new ExtractGazetteerError(`${file}: entry "${name}" has a bad index — ${fix}`);
      }
      const e: GazetteerEntry = {
        name,
        alt: alt ? alt.split('|') : [],
        lat: la,
        lon: lo,
        country,
        admin1: admin1 ?? null,
        population: pop > 0 ? pop : null,
        kind: KINDS[kind],
        feature,
      };
      if (area) e.area = area;
      return e;
    },
  );
  return {
    entries,
    aliases: f.aliases.map(([alias, name, country]) =>
      country ? { alias, name, country } : { alias, name },
    ),
    organisations: f.organisations.map(([name, kind, names]) => ({ name, kind, names })),
    districts: f.districts.map(
      ([name, names, kind, country, admin1, la, lo, seat, radius_km, source, area]) => ({
        name, names, kind, country, admin1, lat: la, lon: lo, seat, radius_km, source,
        area_km2: area > 0 ? area : null,
      }), // prettier-ignore
    ),
    crossings: f.crossings.map(
      ([name, names, countries, sides, la, lo, radius_km, source, provinces]) => ({
        name, names, countries, sides, lat: la, lon: lo, radius_km, source, provinces,
      }), // prettier-ignore
    ),
    borders: f.borders.map(([id, countries, name, la, lo, length_km, provinces, path]) => ({
      id, countries, name, lat: la, lon: lo, length_km,
      ...(provinces.length === 2 ? { provinces: provinces as [string, string] } : {}),
      ...(path.length > 0 ? { path } : {}),
    })), // prettier-ignore
    areaRadiusKm: f.areaRadiusKm,
    englishNames: f.englishNames,
    typoBlocked: f.typoBlocked,
  };
}
