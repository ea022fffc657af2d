// The halo radius of an incident by place precision, when the record gives none.
import type { AreaFeature } from '../src/core/geo-checks.ts';
import { equalAreaRadiusKm } from '../src/core/geo-checks.ts';
import type { PlacePrecision } from '../src/core/types.ts';

/** Radius for `town` precision: GeoNames gives one point for a town of a few km across. */
export const TOWN_UNCERTAINTY_KM = 5;
/**
 * Radius for `county` precision. There are no county polygons offline; 50 km is the radius of
 * a ~7,850 km² circle, the order of size of a county (shahrestan) in Sistan and Baluchestan.
 */
export const COUNTY_UNCERTAINTY_KM = 50;

/**
 * Uncertainty radius in km: 0 for a point, the town or county radius, else the radius of a
 * circle as large as the `area` (province or country), the county radius without one.
 */
export function uncertaintyKm(precision: PlacePrecision, area: AreaFeature | undefined): number {
  if (precision === 'point') return 0;
  if (precision === 'town') return TOWN_UNCERTAINTY_KM;
  if (precision === 'county') return COUNTY_UNCERTAINTY_KM;
  return area ? equalAreaRadiusKm(area) : COUNTY_UNCERTAINTY_KM;
}
