// Why a proposal needs a person: the readers' own reasons, plus what the assembly can see — no
// date, no place, only a country, a relative date with nothing to count from, a date after
// publication, event words of two kinds. Several counts of dead are no reason: the proposal then
// states no count (extract.ts), and its date and place are as settled as with one. Each message names the phrase at
// fault in plain words.
import { aggregatePhrase, pointsBackOnly, quotedIn, type Trigger } from './events.ts';
import { onlyFollowUpPlaces } from './followUpPlaces.ts';
import { abroadReview } from './placeAbroad.ts';
import { photoCredit } from './photoCaption.ts';
import { saidOnly } from './saidOnly.ts';
import { whileAnother } from './whileAnother.ts';
import { dateInRelative } from './dateInRelative.ts';
import type { Fatalities } from './fatalities.ts';
import type { Segment } from './segments.ts';
import type { ArticleContext, DateMention, PlaceMention, Review } from './types.ts';
import { isoToDay } from '../days.ts';

/** Matches the review a sentence gets when its event words only point back (see below). */
export const POINTS_BACK_REVIEW = /points back at an incident told elsewhere/;

/** A date spanning this many days past its first (a week, a month) names no day. */
const WIDE_SPAN_DAYS = 3;

/**
 * A place known only within more than this radius (km) is not an answer: a province, a long road,
 * a large district or a widened district would put a confident marker where the incident may not
 * be (the evaluation counts an answer more than 100 km off as a serious error). A county is 50 km.
 */
export const CONFIDENT_RADIUS_KM = 50;
/**
 * A road between two named towns of one country is an answer up to this radius (km): the
 * incident lies on it, so it is at most the radius from the midpoint (a road up to ~190 km).
 */
export const CONFIDENT_ROAD_KM = 100;
/**
 * A district or county the text names as the place itself ("a village in Panjgur district"), with
 * a published area, is an answer up to this radius (km): the text claims no more than the
 * division, so its extent is the answer's, not a guess. Larger ones (Chagai, 119 km) stay review.
 */
export const CONFIDENT_DIVISION_KM = 100;

/** Largest radius (km) at which a resolved place is an answer (see the constants above). */
function confidentKm(p: NonNullable<PlaceMention['resolved']>): number {
  if (p.road) return CONFIDENT_ROAD_KM;
  if (p.whole_division) return CONFIDENT_DIVISION_KM;
  return CONFIDENT_RADIUS_KM;
}

/** What the reviews of one proposal are decided from. */
export interface ReviewInput {
  ctx: Omit<ArticleContext, 'previousEvent'>;
  seg: Segment;
  event: DateMention | null;
  /** The event's place, null when the segment names none usable (a government, the dateline). */
  place: PlaceMention | null;
  chosen: { trigger: Trigger; close: boolean };
  fatalities: Fatalities | null;
}

/**
 * For a statement, the date or place phrase that lies inside its quoted words ("'[The attack took
 * place] today … in Manzakai sector, district Zhob,' read a statement" in a report five months
 * later: the quote's "today" is the day of the statement, not of the report), else null.
 */
function quotedWords(r: ReviewInput): string | null {
  if (r.chosen.trigger.category !== 'statement') return null;
  const quotes = quotedIn(r.ctx.text, r.seg.span);
  const within = (s: { start: number; end: number } | undefined) =>
    s !== undefined && quotes.some((q) => q.start <= s.start && s.end <= q.end);
  if (r.event && within(r.event.span)) return `"${r.event.text}" is`;
  if (r.place && within(r.place.span)) return `"${r.place.text}" is`;
  return null;
}

/** An accusation of an attack: "accused the military of firing", "blamed Pakistan for shelling". */
const ACCUSED =
  /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing))\s+(?:[\w'’-]+\s+){0,6}?(?:of|for)\s+(?:[\w-]+\s+){0,2}?(?:firing|shelling|attacking|targeting|launching|bombing|striking|killing|raiding|carrying\s+out)\b/i;
/** Attack words in a statement: what it reports ("said rockets hit the district"). */
const ATTACK_WORDS =
  /\b(?:missiles?|rockets?|mortars?|shells|artillery|air\s?strikes?|drone\s+strikes?|bombardment|shelling|cross-border\s+(?:fire|firing|attacks?))\b/i;

/**
 * The words that report an attack when the proposal's one date is that of a statement about it,
 * else null: an accusation dated right before or inside it ("officials on Monday accused the
 * military of firing 40 missiles over Kunar within the last 24 hours", "accused Pakistan on
 * Monday of shelling"), or a statement with attack words. The date is the accusation's; the
 * attack's own day is left open ("within the last 24 hours", "in recent days", or nothing), so
 * the proposal follows the attack's status, review (a regression from a real Anadolu report,
 * settled at Kunar province on the day of the accusation).
 */
function reportedAttack(r: ReviewInput): string | null {
  if (!r.event || r.seg.dates.mentions.length > 1) return null;
  const { start, end } = r.seg.span;
  const words = r.ctx.text.slice(start, end);
  const accused = ACCUSED.exec(words);
  if (accused) {
    const at = start + accused.index;
    const gap = r.ctx.text.slice(r.event.span.end, at);
    const inside = r.event.span.start >= at && r.event.span.end <= at + accused[0].length;
    if (inside || (r.event.span.end <= at && /^\s*$/.test(gap))) return accused[0];
  }
  if (r.chosen.trigger.category !== 'statement') return null;
  return ATTACK_WORDS.exec(words)?.[0] ?? null;
}

/** Every reason for review, without duplicates, readers' reasons first. */
export function reviewsFor(r: ReviewInput): Review[] {
  const out: Review[] = [];
  const add = (review: Review) => {
    if (!out.some((o) => o.code === review.code && o.message === review.message)) out.push(review);
  };
  r.seg.dates.reviews.forEach(add);
  r.event?.reviews.forEach(add);
  // "forces on Friday searched Balochistan for policemen seized in Saravan on Thursday": the
  // search's place is no rival of the seizure's
  const followUp = onlyFollowUpPlaces(r.seg.dates, r.seg.places);
  r.seg.places.reviews.filter((v) => !(followUp && v.code === 'several_places')).forEach(add);
  r.place?.reviews.forEach(add);
  const has = (code: Review['code']) => out.some((o) => o.code === code);

  if (!r.event) {
    if (!has('no_date'))
      add({ code: 'no_date', message: 'The text gives no date for this event.' });
  } else if (!r.event.date) {
    if (!has('no_date') && !has('no_date_anchor') && !has('several_dates')) {
      add({ code: 'no_date', message: `"${r.event.text}" does not settle a date.` });
    }
  } else {
    const anchored = r.ctx.published !== null || r.ctx.dateline?.date;
    if (!anchored && r.event.basis !== 'absolute' && !has('no_date_anchor')) {
      add({
        code: 'no_date_anchor',
        message: `"${r.event.text}" needs a reference date, and the article has no publication date or dated dateline.`,
      });
    }
    const last = r.event.date_end ?? r.event.date;
    // "In September", "last week", "earlier this month": a span the "3 days off" of a wrong
    // answer cannot hold is no day (the sixteenth try's three months and the fourteenth's two
    // weeks were each proposed, while the real day was one of them)
    if (isoToDay(last) - isoToDay(r.event.date) >= WIDE_SPAN_DAYS) {
      add({
        code: 'other',
        message: `"${r.event.text}" gives only ${r.event.precision === 'month' ? 'the month' : r.event.precision === 'year' ? 'the year' : 'a stretch of days'} (${r.event.date} to ${last}), not the day of the event`,
      });
    }
    if (r.ctx.published && last > r.ctx.published && !has('date_after_publication')) {
      add({
        code: 'date_after_publication',
        message: `"${r.event.text}" resolves to ${last}, after the publication date ${r.ctx.published}.`,
      });
    }
  }

  const told = r.seg.dates.incident;
  if (r.place && told && (r.place.span.start < told.start || r.place.span.end > told.end)) {
    add({
      code: 'several_dates',
      message: `"${r.place.text}" is named outside the words that tell the incident dated "${r.event?.text ?? ''}"; it may be where a later step happened (a search, an arrest, a statement).`,
    });
  }

  if (!r.place) {
    if (!has('no_place')) {
      const said = r.seg.places.event;
      add({
        code: 'no_place',
        message:
          said && said.role !== 'place'
            ? `"${said.text}" stands for ${said.role === 'dateline' ? 'where the report was filed' : 'an actor'} here, not for where it happened; the text names no place.`
            : 'The text names no place where this happened.',
      });
    }
  } else if (!r.place.resolved) {
    if (!r.place.reviews.length && !has('no_place')) {
      add({ code: 'no_place', message: `"${r.place.text}" is not a place the gazetteer knows.` });
    }
  } else if (r.place.resolved.precision === 'country' && !has('coarse_place')) {
    add({
      code: 'coarse_place',
      message: `The only place read as where it happened is a country ("${r.place.text}"): the incident may lie anywhere in it.`,
    });
  } else if (
    r.place.resolved.uncertainty_km > confidentKm(r.place.resolved) &&
    !has('coarse_place')
  ) {
    add({
      code: 'coarse_place',
      message: `"${r.place.text}" places it only within about ${Math.round(r.place.resolved.uncertainty_km)} km of ${r.place.resolved.name}; the excerpt names no finer place that the gazetteer knows.`,
    });
  }
  if (r.place?.resolved?.division_size_unknown && !has('coarse_place') && !has('fallback_admin')) {
    add({
      code: 'coarse_place',
      message: `"${r.place.text}" places it only somewhere in ${r.place.resolved.name}, whose size is not known offline: it may reach well beyond the ${Math.round(r.place.resolved.uncertainty_km)} km drawn round its seat.`,
    });
  }

  const abroad =
    r.place?.resolved && abroadReview(r.ctx.text, r.seg.span, r.place.text, r.place.resolved.name);
  if (abroad) add(abroad);

  if (r.chosen.close) {
    const words = [...new Set(r.seg.triggers.map((t) => `"${t.text}"`))].join(', ');
    add({
      code: 'unclear_category',
      message: `The sentence uses words of several kinds of event (${words}); check that it is a ${r.chosen.trigger.category}.`,
    });
  }
  // "The blast in … Mingora came one day after the army said …": the day is the statement's, the
  // place the blast's (a thirty-fourth-try page, proposed a day off)
  if (r.event?.datesAnchor && r.place && r.place.span.end <= r.event.span.start) {
    add({
      code: 'other',
      message: `"${r.event.text}" dates what came before the event the sentence tells, while "${r.place.text}" is that event's place; the sentence's own day is not given.`,
    });
  }
  const said = saidOnly(r.ctx.text.slice(r.seg.span.start, r.seg.span.end), r.seg.triggers);
  if (said) {
    add({
      code: 'other',
      message: `The sentence's only event word is "${said}": it may report no incident (weather, sport, prices); check that it belongs on the map.`,
    });
  }
  const back = pointsBackOnly(r.ctx.text, r.seg.triggers);
  if (back) {
    add({
      code: 'other',
      message: `"${back.text}" points back at an incident told elsewhere; the sentence's date and place may be of something else (a burial, a trial, a statement).`,
    });
  }
  const attack = reportedAttack(r);
  if (attack) {
    add({
      code: 'other',
      message: `"${r.event?.text ?? ''}" dates a statement or accusation ("${attack}"), not the attack it reports, to which the text gives no single day of its own.`,
    });
  }
  const quoted = quotedWords(r);
  if (quoted) {
    add({
      code: 'other',
      message: `${quoted} inside the quoted words: the statement's own date and place are not given, and a "today" in a quote counts from when the words were said.`,
    });
  }
  const credit = photoCredit(r.ctx.text, r.seg.span);
  if (credit) {
    add({
      code: 'other',
      message: `The sentence is a photo caption ("${credit}"): it tells where and when a picture was taken, which may not be the incident's place and day.`,
    });
  }
  const relative = r.event && dateInRelative(r.ctx.text, r.seg.span, r.event.span);
  if (relative) {
    add({
      code: 'several_dates',
      message: `"${r.event?.text ?? ''}" dates the clause "${relative.clause} …"; the sentence's own event ("${relative.main}") came after it.`,
    });
  }
  const second = r.place && whileAnother(r.ctx.text.slice(0, r.seg.span.end), r.place.span.end);
  if (second) {
    add({
      code: 'several_places',
      message: `The sentence tells a second incident ("${second}"); "${r.place?.text ?? ''}" is the first one's place, and the second may have happened elsewhere.`,
    });
  }
  const aggregate = aggregatePhrase(r.ctx.text, r.seg.span);
  if (aggregate) {
    add({
      code: 'other',
      message: `The text sums up several events ("${aggregate}"); map each one on its own, if the text dates and places it.`,
    });
  }
  return out;
}
