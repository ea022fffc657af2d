// How each category looks on the map and in the legend: colour AND shape, so the categories stay
// apart for colour-blind readers (Okabe–Ito palette) and in greyscale print.
import { CATEGORIES, type Category, type PlacePrecision } from '../core/types.ts';

/** Marker shapes the map draws (see src/map/icons.ts). */
export type MarkerShape = 'triangle' | 'diamond' | 'circle' | 'square' | 'hexagon' | 'star';

/** Look of one category. */
export interface CategoryStyle {
  /** Okabe–Ito colour. */
  color: string;
  shape: MarkerShape;
  /** Legend label. */
  label: string;
}

/** The legend, in `CATEGORIES` order. */
export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  attack: { color: '#D55E00', shape: 'triangle', label: 'Attack or strike' },
  abduction: { color: '#CC79A7', shape: 'diamond', label: 'Abduction' },
  release: { color: '#009E73', shape: 'circle', label: 'Release' },
  diplomacy: { color: '#0072B2', shape: 'square', label: 'Diplomacy' },
  statement: { color: '#E69F00', shape: 'hexagon', label: 'Statement' },
  protest: { color: '#56B4E9', shape: 'star', label: 'Protest' },
};

/** Legend rows in display order. */
export const LEGEND = CATEGORIES.map((category) => ({ category, ...CATEGORY_STYLES[category] }));

/** A place is "coarse" (drawn hollow, never as a confident pin) above town level or on a border. */
export function isCoarse(precision: PlacePrecision): boolean {
  return (
    precision === 'county' ||
    precision === 'province' ||
    precision === 'country' ||
    precision === 'border'
  );
}

/** Name of the map image for a category, solid for precise places and hollow for coarse ones. */
export function markerIcon(category: Category, precision: PlacePrecision): string {
  return `marker-${category}-${isCoarse(precision) ? 'hollow' : 'solid'}`;
}

/** Every marker image name the map needs. */
export const MARKER_ICONS: { name: string; category: Category; hollow: boolean }[] =
  CATEGORIES.flatMap((category) => [
    { name: `marker-${category}-solid`, category, hollow: false },
    { name: `marker-${category}-hollow`, category, hollow: true },
  ]);

/**
 * How the large-dataset layer draws a place precision (in `PLACE_PRECISIONS` order): disc
 * diameter in CSS pixels and fill opacity. Coarser places get bigger, paler discs, so a
 * province-level incident never looks like a pin. The list draws the same discs.
 */
export const DISC_SIZE_BY_PLACE = [7, 7, 11, 17, 25, 17];
/** Fill opacity of the disc of each place precision (see `DISC_SIZE_BY_PLACE`). */
export const DISC_ALPHA_BY_PLACE = [0.9, 0.9, 0.45, 0.25, 0.15, 0.25];
