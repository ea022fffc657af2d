// The pipeline's record lookup rebuilt from the place data (public/data/extract-gazetteer.json):
// GeoNames entries, curated aliases, organisations (never places), districts at their seats and
// border crossings by side, as pipeline/build-all.ts gives them to `npm run data`. The app's
// export and the CLI's drafts both place names through it, so a record they write is one the
// build accepts. Pure.
import { districtEntries, lookupPlace, PlaceError, type Gazetteer } from '../gazetteer.ts';
import { crossingSides } from '../gazetteerCrossings.ts';
import type { ExtractGazetteer } from './gazetteerData.ts';
import type { PlacePrecision } from '../types.ts';

/** Where the pipeline's gazetteer puts a place name (with the claimed country), or null. */
export type PlaceLookup = (
  place: string,
  country: string | undefined,
  /** The name is a province's (an `admin1`): a province of that name wins over its capital. */
  province?: boolean,
) => {
  lat: number;
  lon: number;
  precision: PlacePrecision;
  admin1?: string | null;
  /** The radius the place itself holds, when the gazetteer gives one (a border crossing). */
  uncertainty_km?: number;
} | null;

/** The lookup gazetteer of the place data, as the pipeline's build makes it. */
export function lookupGazetteer(data: ExtractGazetteer): Gazetteer {
  return {
    entries: data.entries,
    aliases: data.aliases,
    organisations: data.organisations.flatMap((o) => [o.name, ...o.names]),
    districts: districtEntries(data.districts),
    crossings: crossingSides(data.crossings, data.entries),
  };
}

/** Where the pipeline's lookup puts a place name with the claimed country, or null. */
export function recordLookup(g: Gazetteer): PlaceLookup {
  return (place, country, province) => {
    try {
      const m = lookupPlace(place, g, { country, province });
      return {
        lat: m.entry.lat,
        lon: m.entry.lon,
        precision: m.precision,
        admin1: m.entry.admin1,
        ...(m.entry.radius_km !== undefined ? { uncertainty_km: m.entry.radius_km } : {}),
      };
    } catch (e) {
      if (e instanceof PlaceError) return null;
      throw e;
    }
  };
}
