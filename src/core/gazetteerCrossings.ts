// The curated border crossings (geodata/crossings.yaml) as places the record lookup knows, so a
// record can name one ("place: Torkham border crossing, country: PK") and the pipeline builds it:
// one entry per side, at the crossing's point, in the province that side lies in, with the
// crossing's radius. A crossing lies on the border line, where no polygon test can tell the side,
// so pipeline/incident-feature.ts checks its country and province against the side the entry is.
// Pure: the extractor's place records of crossings are src/core/extract/placeCrossings.ts.
import type { Crossing } from './extract/gazetteerData.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { normalizePlaceName } from './gazetteerNames.ts';

/** `GazetteerEntry.feature` of a crossing's side (GeoNames has no such code). */
export const CROSSING_FEATURE = 'CROSSING';

/**
 * Admin-1 areas of the province polygons that no longer exist, and the province that took them
 * in: Pakistan's Federally Administered Tribal Areas merged into Khyber Pakhtunkhwa in 2018 (the
 * 25th Amendment), so the Torkham crossing's Pakistani side is in Khyber Pakhtunkhwa.
 */
export const MERGED_AREAS: Readonly<Record<string, string>> = { 'PK-TA': 'PK-NW' };

/** One side of a crossing as the lookup knows it: its normalized names and its entry. */
export interface CrossingSide {
  names: string[];
  entry: GazetteerEntry;
}

/** Words after a crossing's or a side town's name that still name the crossing. */
const CROSSING_WORDS = /\s(?:border\s)?(?:crossing(?:\spoint)?|terminal|gate|point)$|\sborder$/;

/**
 * The sides of `crossings` whose province is known (`Crossing.provinces`, area ids), each named by
 * the crossing's names and its own side's town ("Mand" names only Pakistan's side). `entries`
 * gives each province area's admin-1 name.
 */
export function crossingSides(
  crossings: readonly Crossing[],
  entries: readonly GazetteerEntry[],
): CrossingSide[] {
  const admin1Of = (area: string) =>
    entries.find((e) => e.kind === 'province' && e.area === (MERGED_AREAS[area] ?? area))?.admin1;
  const out: CrossingSide[] = [];
  for (const c of crossings) {
    for (const country of c.countries) {
      const admin1 = admin1Of(c.provinces[country] ?? '');
      if (!admin1) continue;
      const names = [c.name, ...c.names, c.sides[country] ?? ''].filter(Boolean);
      out.push({
        names: [...new Set(names.map(normalizePlaceName))],
        entry: {
          name: c.name,
          alt: c.names,
          lat: c.lat,
          lon: c.lon,
          country,
          admin1,
          population: null,
          kind: 'town',
          feature: CROSSING_FEATURE,
          radius_km: c.radius_km,
        },
      });
    }
  }
  return out;
}

/**
 * The side of a crossing `name` (normalized) stands for, with or without "border crossing",
 * "crossing", "border" after it: the claimed country's side, else the first side named. Null
 * when no crossing has that name.
 */
export function lookupCrossing(
  name: string,
  sides: readonly CrossingSide[],
  country?: string,
): GazetteerEntry | null {
  const bare = name.replace(CROSSING_WORDS, '');
  const named = sides.filter((s) => s.names.includes(name) || s.names.includes(bare));
  return (named.find((s) => s.entry.country === country) ?? named[0])?.entry ?? null;
}
