// Reads the curated place tables: border crossings (geodata/crossings.yaml), districts and
// counties (geodata/districts.yaml) and organisations (geodata/organisations.yaml). Each is
// checked against its schema and against the data: a district's seat must be a gazetteer town
// of its country and province, a crossing must lie on (within its radius of) the shared border
// of its two countries. Problems go to `issues` as `file:line: … — fix`.
import { point, pointToLineDistance, lineString } from '@turf/turf';
import * as v from 'valibot';
import { COUNTY_UNCERTAINTY_KM } from './uncertainty-radius.ts';
import type { SharedBorder } from './build-boundaries.ts';
import { lookupPlace, PlaceError, type Gazetteer } from '../src/core/gazetteer.ts';
import type { Crossing, District, Organisation } from '../src/core/extract/gazetteerData.ts';
import type { DataIssue } from '../src/core/validation.ts';
import type { SourceFile } from './load-sources.ts';
import { readYamlAs } from './read-yaml.ts';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const iso2 = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. IR'),
);
const lonLat = v.tuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
]);
const radius = v.pipe(v.number(), v.minValue(0.5), v.maxValue(300));
const names = v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one spelling'));
const sources = v.pipe(v.array(nonEmpty), v.minLength(1, 'needs at least one source'));

/** Radius (km, whole) of the circle with a division's published area, as for provinces. */
export function areaRadiusKm(areaKm2: number): number {
  return Math.round(Math.sqrt(areaKm2 / Math.PI));
}

/**
 * Radius (km, whole) of the circle round a district's seat that holds the district: twice the
 * radius of the circle of its area, which holds a compact district wherever in it the seat lies
 * (Panjgur reaches ~130 km from its seat; its equal-area circle is 73 km, this one 146 km).
 */
export function districtReachKm(areaKm2: number): number {
  return 2 * areaRadiusKm(areaKm2);
}

/** `geodata/crossings.yaml`. */
export const CrossingFileSchema = v.strictObject({
  crossings: v.array(
    v.strictObject({
      name: nonEmpty,
      names,
      countries: v.tuple([iso2, iso2]),
      sides: v.record(iso2, nonEmpty),
      coordinates: lonLat,
      radius_km: radius,
      coordinates_basis: nonEmpty,
      sources,
    }),
  ),
});

/** `geodata/districts.yaml`. */
export const DistrictFileSchema = v.strictObject({
  districts: v.array(
    v.strictObject({
      name: nonEmpty,
      names,
      kind: v.picklist(['county', 'district', 'area'], 'must be county, district or area'),
      country: iso2,
      admin1: nonEmpty,
      seat: nonEmpty,
      coordinates: v.optional(lonLat),
      radius_km: v.optional(radius),
      /** The division's published area (km²), named with its page in `sources`. */
      area_km2: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(300_000))),
      sources,
    }),
  ),
});

/** `geodata/organisations.yaml`. */
export const OrganisationFileSchema = v.strictObject({
  organisations: v.array(
    v.strictObject({ name: nonEmpty, kind: nonEmpty, names, source: nonEmpty }),
  ),
});

/** The curated tables, checked. */
export interface Curated {
  crossings: Crossing[];
  districts: District[];
  organisations: Organisation[];
}

function kmToLine(lonLat: [number, number], line: SharedBorder): number {
  let best = Infinity;
  for (const c of line.geometry.coordinates) {
    if (c.length < 2) continue;
    best = Math.min(
      best,
      pointToLineDistance(point(lonLat), lineString(c), { units: 'kilometers' }),
    );
  }
  return best;
}

function readCrossings(file: SourceFile, borders: SharedBorder[], issues: DataIssue[]): Crossing[] {
  const read = readYamlAs(
    file,
    {
      schema: CrossingFileSchema,
      what: 'crossing table',
      fix: 'each crossing needs name, names, countries, sides, coordinates [lon, lat], radius_km, coordinates_basis and sources',
    },
    issues,
  );
  if (!read) return [];
  const out: Crossing[] = [];
  read.value.crossings.forEach((c, i) => {
    const line = (key: string) => read.yaml.lineOf(['crossings', i, key]);
    const countries = [...c.countries].sort() as [string, string];
    const border = borders.find((b) => b.id === countries.join('-'));
    if (!border) {
      issues.push({
        file: file.path,
        line: line('countries'),
        message: `crossing "${c.name}": no shared border ${countries.join('-')} is drawn`,
        fix: `use two of the neighbours ${borders.map((b) => b.id).join(', ')}`,
      });
      return;
    }
    const km = kmToLine(c.coordinates, border);
    if (km > c.radius_km) {
      issues.push({
        file: file.path,
        line: line('coordinates'),
        message: `crossing "${c.name}" lies ${km.toFixed(1)} km from the ${border.name}, beyond its radius_km ${c.radius_km}`,
        fix: 'check the coordinates ([lon, lat], not [lat, lon]) or widen radius_km with a reason in coordinates_basis',
      });
      return;
    }
    if (Object.keys(c.sides).sort().join('-') !== countries.join('-')) {
      issues.push({
        file: file.path,
        line: line('sides'),
        message: `crossing "${c.name}": sides must name one town for each of ${countries.join(' and ')}`,
        fix: 'write sides as { IR: Mirjaveh, PK: Taftan }',
      });
      return;
    }
    out.push({
      name: c.name,
      names: c.names,
      countries,
      sides: c.sides,
      lat: c.coordinates[1],
      lon: c.coordinates[0],
      radius_km: c.radius_km,
      source: c.sources.join(' ; '),
      provinces: {}, // filled from the province polygons by build-extract-gazetteer.ts
    });
  });
  return out;
}

function readDistricts(file: SourceFile, gazetteer: Gazetteer, issues: DataIssue[]): District[] {
  const read = readYamlAs(
    file,
    {
      schema: DistrictFileSchema,
      what: 'district table',
      fix: 'each district needs name, names, kind (county, district or area), country, admin1, seat and sources',
    },
    issues,
  );
  if (!read) return [];
  const out: District[] = [];
  read.value.districts.forEach((d, i) => {
    if (d.area_km2 !== undefined && (d.radius_km !== undefined || d.kind === 'area')) {
      issues.push({
        file: file.path,
        line: read.yaml.lineOf(['districts', i, 'area_km2']),
        message: `district "${d.name}": area_km2 is given ${d.kind === 'area' ? 'for an area (kind: area)' : 'with radius_km'}`,
        fix: 'give a county or district its published area_km2 (the radius is derived from it) or a radius_km, not both; an area has radius_km only',
      });
      return;
    }
    let lat: number;
    let lon: number;
    if (d.coordinates) {
      [lon, lat] = d.coordinates;
    } else {
      try {
        const { entry } = lookupPlace(d.seat, gazetteer, { country: d.country, admin1: d.admin1 });
        if (entry.kind !== 'town' || entry.country !== d.country) {
          throw new PlaceError(
            `seat "${d.seat}" of ${d.name} resolves to ${entry.name} (${entry.kind}, ${entry.country}), not a town of ${d.country}`,
            'name the seat town as the gazetteer spells it, or give `coordinates` with a source',
          );
        }
        ({ lat, lon } = entry);
      } catch (e) {
        if (!(e instanceof PlaceError)) throw e;
        const list = e.candidates.length ? ` (candidates: ${e.candidates.join('; ')})` : '';
        issues.push({
          file: file.path,
          line: read.yaml.lineOf(['districts', i, 'seat']),
          message: `district "${d.name}": ${e.message}${list}`,
          fix: 'name the seat town as the gazetteer spells it, or give `coordinates` [lon, lat] and a source for them',
        });
        return;
      }
    }
    out.push({
      name: d.name,
      names: d.names,
      kind: d.kind,
      country: d.country,
      admin1: d.admin1,
      lat,
      lon,
      seat: d.seat,
      radius_km:
        d.area_km2 !== undefined
          ? districtReachKm(d.area_km2)
          : (d.radius_km ?? COUNTY_UNCERTAINTY_KM),
      area_km2: d.area_km2 ?? null,
      source: d.sources.join(' ; '),
    });
  });
  return out;
}

function readOrganisations(file: SourceFile, issues: DataIssue[]): Organisation[] {
  const read = readYamlAs(
    file,
    {
      schema: OrganisationFileSchema,
      what: 'organisation table',
      fix: 'each organisation needs name, kind, names and source',
    },
    issues,
  );
  return read
    ? read.value.organisations.map(({ name, kind, names: n }) => ({ name, kind, names: n }))
    : [];
}

/** Reads the curated tables present in the sources (a missing file is an empty table). */
export function loadCurated(
  files: { crossings?: SourceFile; districts?: SourceFile; organisations?: SourceFile },
  gazetteer: Gazetteer,
  borders: SharedBorder[],
  issues: DataIssue[],
): Curated {
  return {
    crossings: files.crossings ? readCrossings(files.crossings, borders, issues) : [],
    districts: files.districts ? readDistricts(files.districts, gazetteer, issues) : [],
    organisations: files.organisations ? readOrganisations(files.organisations, issues) : [],
  };
}
