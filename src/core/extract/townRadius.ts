// How far round its GeoNames point a town is drawn: a few km, or for a big city as far as its
// population would spread. Pure.

/** Radius (km) of a town: GeoNames gives one point for a town a few km across. */
export const TOWN_RADIUS_KM = 5;
/**
 * People per km² of a big city's built-up area, the order of the region's (Kabul ~4.4 million on
 * ~275 km² of city, Karachi's urban core denser): a city of P people spans about P / this km².
 */
export const CITY_DENSITY_PER_KM2 = 10_000;

/**
 * Radius (km) of a town of this population: the town radius, or for a big city the radius of a
 * circle as large as its built-up area (Kabul ~12 km, Karachi ~19 km), so that "in Karachi" is
 * not drawn as a point a few km across.
 */
export function townRadiusKm(population: number | null): number {
  const city = population ? Math.sqrt(population / CITY_DENSITY_PER_KM2 / Math.PI) : 0;
  return Math.max(TOWN_RADIUS_KM, Math.round(city));
}
