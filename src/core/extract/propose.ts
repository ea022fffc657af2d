// One proposal from one read segment: its category, date, place, count of dead, actors,
// cross-border parties, title and reviews (extract.ts reads the segments; this file writes the
// record). Pure.
import { AFTERMATH } from './aftermath.ts';
import { chooseTrigger } from './events.ts';
import { findActors } from './actors.ts';
import { findCrossBorder } from './crossBorder.ts';
import { findFatalities } from './fatalities.ts';
import { reviewsFor } from './reviews.ts';
import type { Segment } from './segments.ts';
import { writeTitle } from './titles.ts';
import type { ArticleContext, Proposal } from './types.ts';

/**
 * A funeral, a burial (`AFTERMATH`) or a memorial: its day, in a sentence whose only event word is
 * a statement's, is no statement's (a two-hundred-and-twenty-fourth-try page proposed the memorial
 * service for a soldier at Kandahar as a statement).
 */
const CEREMONY = new RegExp(`${AFTERMATH.source}|\\bmemorial\\s+(?:service|ceremony)\\b`, 'i');

/**
 * Builds the proposal for one segment (id assigned later). `shared` says the segment is one of
 * two places its sentence names side by side: a count of dead is of both, so none is stated.
 */
export function propose(
  text: string,
  ctx: Omit<ArticleContext, 'previousEvent'>,
  seg: Segment,
  shared = false,
): Proposal | null {
  const event = seg.dates.event;
  const rawPlace = seg.places.event;
  // a dateline city is never the event's place, unless "here" carried it (placeHere.ts)
  const inDateline =
    rawPlace &&
    !rawPlace.carried &&
    ctx.dateline &&
    rawPlace.span.start < ctx.dateline.span.end &&
    rawPlace.span.end > ctx.dateline.span.start;
  const place = rawPlace && rawPlace.role === 'place' && !inDateline ? rawPlace : null;
  const chosen = chooseTrigger(seg.triggers, event?.span ?? null, text);
  if (!chosen) return null;
  const category = chosen.trigger.category;
  // a statement is mapped only with its own date and a place finer than a country, and not when
  // the date is a ceremony's ("where a memorial service was held Wednesday, the military said")
  if (
    category === 'statement' &&
    (!place ||
      !event ||
      place.resolved?.precision === 'country' ||
      CEREMONY.test(text.slice(seg.span.start, seg.span.end)))
  ) {
    return null;
  }
  // several counts of dead ("killed eight militants … two soldiers died") are left for the
  // reviewer to add up: no count is stated rather than the first one, and date and place stay
  // settled
  const found = category === 'attack' && !shared ? findFatalities(text, seg.span) : null;
  const fat = found && !found.several ? found : null;
  const resolved = place?.resolved ?? null;
  const cross = findCrossBorder(text, seg.span, category, resolved?.country ?? null);
  const reasons = reviewsFor({ ctx, seg, event, place, chosen, fatalities: fat });
  const p: Proposal = {
    id: '',
    status: reasons.length === 0 ? 'proposed' : 'needs_review',
    reasons,
    title: writeTitle({
      noun: chosen.trigger.noun,
      place: place?.text ?? null,
      origin: cross?.origin,
      fatalities: fat?.count,
      fatalitiesPhrase: fat?.phrase,
    }),
    category,
    excerpt: text.slice(seg.span.start, seg.span.end),
    excerpt_start: seg.span.start,
    excerpt_end: seg.span.end,
    date: event?.date ?? null,
    date_precision: event?.date ? event.precision : null,
    date_basis: event?.text ?? null,
    date_span: event?.span ?? null,
    place: place?.text ?? null,
    place_span: place?.span ?? null,
    resolved_place: resolved?.name ?? null,
    lat: resolved?.lat ?? null,
    lon: resolved?.lon ?? null,
    place_precision: resolved?.precision ?? null,
    admin1: resolved?.admin1 ?? null,
    country: resolved?.country ?? null,
    uncertainty_km: resolved?.uncertainty_km ?? null,
    candidates: place?.candidates ?? [],
    actors: findActors(text, seg.span, [...seg.places.mentions, ...seg.extraMentions]),
  };
  if (event?.date && event.date_end) p.date_end = event.date_end;
  if (resolved?.border_line) p.border_line = resolved.border_line;
  if (fat) {
    p.fatalities = fat.count;
    p.fatalities_basis = fat.phrase;
  }
  if (cross) {
    p.origin = cross.origin;
    p.target = cross.target;
    if (cross.origin_place) p.origin_place = cross.origin_place;
  }
  return p;
}
