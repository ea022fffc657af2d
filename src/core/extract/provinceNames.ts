// One name per province: GeoNames files a province's towns under its own spelling ("Khowst",
// "Nimroz"), Natural Earth names the province otherwise ("Khost", "Nimruz"); a curated alias
// (geodata/aliases.yaml) links the two, and `provinceName` gives every record the province record's name.
import type { PlaceRecord } from './placeIndex.ts';

/**
 * The province's own name for a record's province: GeoNames files towns under other spellings
 * ("Khowst", "Nimroz") than the province record has ("Khost", "Nimruz"); with the curated alias
 * linking them, every record says the province's name, so comparing two places' provinces by
 * name holds.
 */
export function provinceName(r: PlaceRecord, provinces: Map<string, PlaceRecord>): string | null {
  if (r.kind === 'province' || r.kind === 'country' || !r.admin1) return r.admin1;
  for (const k of r.provinceKeys ?? []) {
    const p = provinces.get(k);
    if (p && p.country === r.country && p.admin1) return p.admin1;
  }
  return r.admin1;
}
