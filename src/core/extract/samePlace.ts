// "On Wednesday, militants attacked another post in the same district": a sentence that names no
// place but says in so many words that its event happened where the one told before did. It
// takes that earlier event's place, carried (its span stays where the name is written), with the
// earlier place's own reviews and no other: the text settles it ("the same area" widens a town as
// "the X area" does). Only when the word matches the earlier place's kind ("the same town" after
// a town, "the same district" after a district); otherwise the sentence keeps no place. Pure.
import type { PlacePrecision } from '../types.ts';
import { WIDENING_KM } from './placeResolve.ts';
import type { Segment } from './segments.ts';

/** "in the same district", "at the same spot", "from the same area". */
const SAME =
  /\b(?<how>in|at|near|from|inside)\s+the\s+same\s+(?<what>town|city|village|locality|place|spot|location|site|area|district|county|province)\b/i;

/** The earlier place's precisions each word may stand for. */
const LEVELS: Record<string, PlacePrecision[]> = {
  town: ['town'],
  city: ['town'],
  village: ['town'],
  locality: ['point', 'town'],
  place: ['point', 'town'],
  spot: ['point', 'town'],
  location: ['point', 'town'],
  site: ['point', 'town'],
  area: ['point', 'town', 'county'],
  district: ['county'],
  county: ['county'],
  province: ['province'],
};
/** At most this many sentences back to the earlier event. */
const BACK_SENTENCES = 8;

/**
 * Gives each segment with no place that says "in the same <kind>" the place of the latest
 * earlier segment's event, when its kind matches (see the file comment). Returns the segments,
 * changed in place.
 */
export function samePlace(text: string, segments: Segment[]): Segment[] {
  segments.forEach((seg, i) => {
    // a place of its own wins; one carried from before (placeCarry.ts) gives way to the words
    if (seg.places.event && !seg.places.event.carried) return;
    const said = SAME.exec(text.slice(seg.span.start, seg.span.end))?.groups;
    const what = said?.what?.toLowerCase();
    if (!what) return;
    const before = segments
      .slice(0, i)
      .reverse()
      .find((s) => seg.sentence - s.lastSentence <= BACK_SENTENCES && s.places.event?.resolved);
    const place = before?.places.event;
    if (!place?.resolved || place.role !== 'place') return;
    if (!(LEVELS[what] ?? []).includes(place.resolved.precision)) return;
    if (place.carried && seg.places.event) return;
    // "the same area" and "near the same town" widen a town as "the X area" and "near X" do
    const widen =
      place.resolved.precision === 'county'
        ? 0
        : (what === 'area' ? WIDENING_KM.area : 0) +
          (said?.how?.toLowerCase() === 'near' ? WIDENING_KM.near : 0);
    const resolved = {
      ...place.resolved,
      uncertainty_km: place.resolved.uncertainty_km + widen,
    };
    seg.places = {
      ...seg.places,
      event: { ...place, resolved, carried: true },
      reviews: [...place.reviews, ...seg.places.reviews.filter((r) => r.code !== 'no_place')],
    };
  });
  return segments;
}
