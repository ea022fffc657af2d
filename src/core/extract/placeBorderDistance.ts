// How far a place lies from its country's international borders, and the review when a sentence
// puts the event on the border while the place it resolved to lies far from it: "26 were killed
// in a cross-border attack in the Chitral region on the Pakistan-Afghanistan border" was placed at
// Chitral town within 5 km, ~30 km from the border and ~60 km from the posts attacked; "fencing
// along the border in the Manzakai sector in Balochistan's Zhob" at Zhob town, 54 km from it.
import { FOREIGN_COUNTRY_NAMES } from './foreignCountries.ts';
import type { PlaceIndex } from './placeIndex.ts';
import type { PlaceMention, Review, Span } from './types.ts';

/** Beyond this distance (km) plus the place's own radius, a town is not "on the border". */
export const ON_BORDER_KM = 20;
/**
 * The border phrase must stand this close (characters) to the place's: "closed the gate at its
 * border … after the killing of 26 pilgrims in Mastung" puts the closure, not the killing, there.
 */
const NEAR_CHARS = 60;
/** Beyond the nearest border point, the widened radius reaches this far (km) along the line. */
export const ON_BORDER_SIDE_KM = 5;

/** "on the border", "along the Pak-Afghan border", "at the frontier", "on the Durand Line". */
const ON_BORDER =
  /\b(?:on|along|at|astride)\s+(?:the|its|their|our)\s+(?:[\p{L}'’.-]+(?:\s+|[-–—])){0,3}(?:border|frontier|boundary|Durand\s+Line|zero\s+(?:point|line))\b(?!\s+(?:town|city|district|province|crossing|village|areas?|region|markets?|walls?))/giu;

/**
 * "some 4km inside Pakistani territory", "two miles into Afghan territory", "10 km from the
 * border": the event a stated distance from the line (`n`, `unit`).
 */
const INSIDE_BORDER =
  /\b(?<n>\d+(?:\.\d+)?)\s*(?<unit>km|kilomet(?:er|re)s?|miles?)\s+(?:inside|into|within|from)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,2}(?:territory|border|frontier|boundary|soil)\b/giu;

/**
 * True when the border phrase ending at `end` names a country outside the region ("about 100
 * kilometers from the border with Iraq": a two-hundred-and-seventieth-try page's Kermanshah was
 * measured against Iran's borders with Pakistan and Afghanistan, 1,234 km off, and held).
 */
function foreignBorder(text: string, end: number): boolean {
  const m = /^\s+(?:with|of)\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
  if (!m) return false;
  const after = text.slice(end + m[0].length, end + m[0].length + 50);
  return FOREIGN_COUNTRY_NAMES.some(
    (n) => after.startsWith(n) && !/^\w/.test(after.slice(n.length)),
  );
}

const KM_PER_DEG = 111.32;

/** Distance (km) from `p` to the segment `a`–`b` on a local equirectangular plane. */
function segmentKm(p: [number, number], a: [number, number], b: [number, number]): number {
  const k = Math.cos((p[0] * Math.PI) / 180);
  const ax = (a[1] - p[1]) * k;
  const ay = a[0] - p[0];
  const bx = (b[1] - p[1]) * k;
  const by = b[0] - p[0];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEG;
}

/**
 * Kilometres from (`lat`, `lon`) to the nearest international border of `country` the gazetteer
 * draws (with `other`, only its border with that country), or null when it draws none.
 */
export function kmFromBorder(
  index: PlaceIndex,
  country: string,
  lat: number,
  lon: number,
  other?: string,
): number | null {
  let best: number | null = null;
  for (const b of index.borders.values()) {
    if (!b.path || !b.countries?.includes(country)) continue;
    if (other !== undefined && !b.countries.includes(other)) continue;
    for (const part of b.path) {
      for (let i = 1; i < part.length; i++) {
        const km = segmentKm(
          [lat, lon],
          part[i - 1] as [number, number],
          part[i] as [number, number],
        );
        if (best === null || km < best) best = km;
      }
    }
  }
  return best;
}

/** What the border check decides: a review, or a radius wide enough to reach the border. */
export interface OnBorder {
  reviews: Review[];
  /** The place's new radius (km) when the text says the border stretch is near it. */
  radiusKm?: number;
}

/** "on the frontier near the city of Saravan": the writer puts that stretch near the town. */
const SAID_NEAR = /\b(?:near|close\s+to|adjacent\s+to|next\s+to)\b/i;

/**
 * The border check of an event's place: when the words of `sentence` (a span of `text`) put the
 * event on a border (ON_BORDER, within NEAR_CHARS of the place's phrase) while its place, a town
 * or point, lies farther than ON_BORDER_KM beyond its own radius from every border of its
 * country, a review; unless the words between say the border is near the place ("on the frontier
 * near … Saravan", 42 km off), which widens the radius to reach the border instead.
 */
export function onBorderCheck(
  text: string,
  sentence: Span,
  event: PlaceMention | null,
  index: PlaceIndex,
): OnBorder {
  const c = event?.resolved;
  if (!event || !c || !['town', 'point'].includes(c.precision)) return { reviews: [] };
  let saidNear = false;
  let statedKm = 0;
  const words = text.slice(sentence.start, sentence.end);
  const inside = [...words.matchAll(INSIDE_BORDER)];
  for (const m of inside) {
    const n = Number(m.groups?.n) * (/^mile/i.test(m.groups?.unit ?? '') ? 1.609 : 1);
    statedKm = Math.max(statedKm, n);
  }
  const phrases = [...words.matchAll(ON_BORDER), ...inside];
  const near = phrases.some((m) => {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (Math.max(event.span.start - end, start - event.span.end) > NEAR_CHARS) return false;
    if (foreignBorder(text, end)) return false;
    const between = text.slice(Math.min(end, event.span.end), Math.max(start, event.span.start));
    saidNear = SAID_NEAR.test(between);
    return true;
  });
  if (!near) return { reviews: [] };
  const km = kmFromBorder(index, c.country, c.lat, c.lon);
  if (km === null || km <= c.uncertainty_km + ON_BORDER_KM + statedKm) return { reviews: [] };
  if (saidNear) return { reviews: [], radiusKm: Math.ceil(km + ON_BORDER_SIDE_KM) };
  return {
    reviews: [
      {
        code: 'other',
        message: `The sentence puts the event ${statedKm > 0 ? `about ${Math.round(statedKm)} km from` : 'on'} the border, but ${c.name} lies about ${Math.round(km)} km from it: the event may be anywhere along that stretch of border.`,
      },
    ],
  };
}
