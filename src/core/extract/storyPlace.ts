// The story's place for a repeat told without one: "Clashes broke out on Nov. 17 at the border
// crossing in Paktia province. … A second skirmish broke out on Sunday, November 20." The dated
// repeat names no place and, opening its own paragraph, no word points back to one, so it had no
// place at all. A repeat ("a second", "fresh", "renewed", "again") of the same kind of event
// most often happened where the first did, but the text does not say so: the place of the
// story's earlier incident is proposed with the reason, always for review, and only when that
// story has one place (the finer of places that frame each other) within a few sentences. Pure.
import { kmBetween } from './distance.ts';
import { chooseTrigger } from './events.ts';
import type { Segment } from './segments.ts';
import type { PlaceCandidate, PlaceMention } from './types.ts';

/** Words that make the incident a repeat of the story's one. */
const REPEAT = /\b(?:a\s+(?:second|third|fresh|new)|fresh|renewed|resumed|again)\b/i;
/** Words that put it elsewhere or in another story. */
const ELSEWHERE =
  /\b(?:another|other|separately|separate|elsewhere|meanwhile|earlier|previous|last\s+(?:year|month|week)|in\s+\d{4})\b/i;
/** At most this many sentences back to the story's incident. */
const STORY_SENTENCES = 8;

/** Does `outer` frame `inner` (same country; same province, or within the two radii)? */
function frames(outer: PlaceCandidate, inner: PlaceCandidate): boolean {
  if (outer.country !== inner.country) return false;
  if (outer.precision === 'country') return true;
  if (outer.precision === 'province' && outer.admin1 === inner.admin1) return true;
  return kmBetween(outer, inner) <= outer.uncertainty_km + inner.uncertainty_km;
}

/** The one place of `places` the others frame, or null when they name several. */
function onePlace(places: PlaceMention[]): PlaceMention | null {
  // the finest, and among places alike the latest told
  const sorted = [...places]
    .reverse()
    .sort((a, b) => (a.resolved?.uncertainty_km ?? 0) - (b.resolved?.uncertainty_km ?? 0));
  const finest = sorted[0];
  if (!finest?.resolved) return null;
  const f = finest.resolved;
  const ok = sorted.every(
    (m) => m.resolved && (m.resolved.name === f.name || frames(m.resolved, f)),
  );
  return ok ? finest : null;
}

/**
 * Gives each dated repeat with no place (see the file comment) the place of the story's earlier
 * incident of the same kind, carried and for review. Returns the segments, changed in place.
 */
export function storyPlace(text: string, segments: Segment[]): Segment[] {
  const kind = (s: Segment) => chooseTrigger(s.triggers, s.dates.event?.span ?? null, text);
  segments.forEach((seg, i) => {
    if (seg.places.event || !seg.dates.event?.date) return;
    const words = text.slice(seg.span.start, seg.span.end);
    if (!REPEAT.test(words) || ELSEWHERE.test(words)) return;
    const category = kind(seg)?.trigger.category;
    if (!category || category === 'statement') return;
    const story = segments
      .slice(0, i)
      .filter(
        (s) =>
          seg.sentence - s.lastSentence <= STORY_SENTENCES &&
          kind(s)?.trigger.category === category &&
          s.places.event?.role === 'place' &&
          // a country ("Pakistan border forces … objected") frames or names a side, not the place
          !['country', 'border'].includes(s.places.event.resolved?.precision ?? 'country'),
      )
      .map((s) => s.places.event as PlaceMention);
    const place = story.length > 0 ? onePlace(story) : null;
    if (!place) return;
    seg.places = {
      ...seg.places,
      event: { ...place, carried: true, reviews: place.reviews },
      reviews: [
        {
          code: 'no_place',
          message: `the sentence names no place; '${place.text}', where the story's earlier incident of this kind happened, is proposed: check that this one happened there too`,
        },
        ...place.reviews,
        ...seg.places.reviews.filter((r) => r.code !== 'no_place'),
      ],
    };
  });
  return segments;
}
