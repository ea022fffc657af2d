// The extractor's assembly: an article's text in, one proposal per incident it reports out.
// Sentences are read in order; event words decide whether a sentence (or clause) reports an
// incident and of which category; the injected readers give its dates and places (each date
// reader call knows the previous event, for "a day after"); a sentence that continues the
// previous one's event is merged into it; a lead without its date and the detail that dates it
// become one (leadDetail.ts); summaries and back-references of an incident already
// proposed are folded into it. Each segment's record is written by propose.ts. A proposal is
// `proposed` only when its date and place are settled; every doubt is a `Review` in plain words.
// Pure: no I/O, Node and browser alike.
import { chooseTrigger, findTriggers, nonEventReason, pointsBackOnly } from './events.ts';
import { isDatingSentence, refinesPlace, takesDate } from './datingDetail.ts';
import { joinLeadAndDetail } from './leadDetail.ts';
import { cameAfterParts, datesTheLead, locatingPart, takesLocation } from './locatedLead.ts';
import { placeAhead } from './placeAhead.ts';
import { placeNear } from './placeNear.ts';
import { facilityLater } from './facilityLater.ts';
import { twoClauses } from './twoClauses.ts';
import { placeDefined } from './placeDefined.ts';
import { answerPointedBack } from './pointedBack.ts';
import { flagDayApart } from './dayApart.ts';
import { flagWeekdayAfterRecalled } from './weekdayAfterRecalled.ts';
import { propose } from './propose.ts';
import { reportedDay } from './reportAnchor.ts';
import { samePlace } from './samePlace.ts';
import { storyPlace } from './storyPlace.ts';
import { foldQuotedPlace } from './quotedPlace.ts';
import { reportedQuote } from './reportedQuote.ts';
import { foldRepeats } from './repeats.ts';
import { leadIntoDetail } from './leadIntoDetail.ts';
import { foldStandfirst } from './standfirst.ts';
import { asWritten, mendBrokenWords } from './brokenWords.ts';
import { flagRetoldDates, narrowOvernight } from './retold.ts';
import { articleSentences, continues, splitClauses, type Segment } from './segments.ts';
import { nextAnchor, opensOnPlace, storyDay, type StoryAnchor } from './storyTime.ts';
import { placedStory } from './placedStory.ts';
import { lastNamedDate, skippedDate } from './skippedDate.ts';
import { splitTwoPlaces } from './twoPlaces.ts';
import { offerDateline } from './datelineOffer.ts';
import type {
  ArticleContext,
  DateMention,
  DateReader,
  Dateline,
  ExtractOptions,
  PlaceReader,
  Proposal,
  Span,
} from './types.ts';

/** The readers the extractor is given (dependency injection keeps it pure and testable). */
export interface Readers {
  dates: DateReader;
  places: PlaceReader;
  findDateline: (text: string, published: string | null) => Dateline | null;
}

/** Lower-case slug of an article id for proposal ids (`000_9286…` → `000-9286…`). */
export function slugId(s: string): string {
  const slug = s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return slug.replace(/^-+|-+$/g, '') || 'article';
}

/** True when `s` lies within `span`. */
const inside = (span: Span, s: Span) => s.start >= span.start && s.end <= span.end;

/** Longest span (days) of a date that later phrases may hang on ("the same night", "days after"). */
export const ANCHOR_MAX_DAYS = 31;

/**
 * True when `m` may be the previous event of later sentences: a day, or a range of at most a
 * month. "years ago" (a range of seven years) is background; "the same night" after it would
 * inherit a night somewhere in those years.
 */
export function anchorable(m: DateMention): boolean {
  if (!m.date || !m.date_end) return true;
  return (Date.parse(m.date_end) - Date.parse(m.date)) / 86_400_000 <= ANCHOR_MAX_DAYS;
}

/** Words opening a sentence that turns to another story ("Meanwhile,", "Separately,"). */
const NEW_STORY =
  /^\s*(?:Meanwhile|Separately|Elsewhere|In other (?:news|violence|developments?))\b/i;

/**
 * Reads every sentence (or clause) that may report an incident, merging continuations. Only a
 * segment that makes a proposal becomes the previous event of the next one; before the first, a
 * sentence dating only the report stands in for it (reportAnchor.ts).
 */
function readSegments(text: string, base: Omit<ArticleContext, 'previousEvent'>, readers: Readers) {
  const segments: Segment[] = [];
  let previousEvent: DateMention | null = null;
  let story: StoryAnchor | null = null;
  let skipped: DateMention | null = null;
  const category = (s: Segment) => chooseTrigger(s.triggers, s.dates.event?.span ?? null, text);
  const sentences = articleSentences(text, base.dateline);
  sentences.forEach((sentence, index) => {
    // "Meanwhile, …" starts another story (no detail inherits the last day), but "Elsewhere in
    // Kalat, …" after a lead that summed up "separate incidents … on Friday" is one of them
    const opening = text.slice(sentence.start, sentence.end);
    if (NEW_STORY.test(opening) && !(story?.several && opensOnPlace(opening))) story = null;
    let triggers = findTriggers(text, sentence, base.dateline?.span ?? null);
    // before any dated event, "This is reported by Tolo News on Wednesday" dates "the previous day"
    if (triggers.every((t) => t.category === 'statement'))
      previousEvent ??= reportedDay(readers.dates({ ...base, previousEvent }, sentence));
    // a quote retelling the incident before it ("the deputy governor said, "… in Rask, 11 …"")
    if (triggers.every((t) => t.category === 'statement')) {
      const prev = segments.at(-1);
      const kind = prev && category(prev)?.trigger.category;
      const read = (span: Span) => readers.places({ ...base, previousEvent }, span);
      if (foldQuotedPlace(text, sentence, index, prev, kind, read)) return;
      // ""… was martyred during clashes last night," the commander told Mehr News."
      const dated = (s: Span) => readers.dates({ ...base, previousEvent }, s).mentions.length > 0;
      const told = reportedQuote(text, sentence, base.dateline?.span ?? null, dated);
      if (told) triggers = [...told, ...triggers];
    }
    // "The incident occurred in X": the dated lead before it takes X (locatedLead.ts); "The attack
    // in X came a day after …": so does the subject, and the rest is read on its own
    const cameAfter = cameAfterParts(text, sentence);
    const locating = cameAfter?.subject ?? locatingPart(text, sentence);
    if (locating) {
      const prev = segments.at(-1);
      const ctx = { ...base, previousEvent };
      const located = readers.places(ctx, locating);
      const own = readers.dates(ctx, cameAfter?.subject ?? sentence);
      const dating = datesTheLead(prev, own);
      const undated = own.mentions.length === 0 || dating !== null;
      const decision = takesLocation(prev, index, located, undated, dating !== null);
      if (prev && decision) {
        if (decision.take && story?.sentence === prev.lastSentence)
          story = placedStory(story, located.event);
        prev.span = { start: prev.span.start, end: sentence.end };
        prev.lastSentence = index;
        if (dating === 'earlier' && decision.take) prev.dates = own;
        if (decision.take) {
          prev.extraMentions = [...prev.extraMentions, ...prev.places.mentions];
          prev.places = located;
        } else {
          prev.extraMentions = [...prev.extraMentions, ...located.mentions];
          prev.places = { ...prev.places, reviews: [...prev.places.reviews, decision.review] };
        }
        if (!cameAfter) return;
        sentence = cameAfter.rest;
        triggers = findTriggers(text, sentence, base.dateline?.span ?? null);
      }
    }
    // "The incident occurred on Monday": the undated lead before it takes the date (datingDetail.ts)
    if (isDatingSentence(text, sentence)) {
      const prev = segments.at(-1);
      const ctx = { ...base, previousEvent };
      const dates = readers.dates(ctx, sentence);
      const places = readers.places(ctx, sentence);
      // up to two sentences naming nothing may stand between ("The gunmen had escaped the site."):
      // only those are read, never the whole stretch back to an old lead
      const near = prev !== undefined && index - prev.lastSentence <= 3;
      const gap = near ? sentences.slice(prev.lastSentence + 1, index) : [];
      const between = gap.map((s) => ({
        dates: readers.dates(ctx, s),
        places: readers.places(ctx, s),
      }));
      if (takesDate(prev, index, dates, places, between)) {
        prev.span = { start: prev.span.start, end: sentence.end };
        prev.lastSentence = index;
        prev.dates = dates;
        if (refinesPlace(prev, places)) {
          prev.extraMentions = [...prev.extraMentions, ...prev.places.mentions];
          prev.places = places;
        }
        return;
      }
    }
    // "… after Indian jets intruded … on February 26 …": a date in a sentence that tells no
    // incident, which a later "A day later" may count from (`skippedDate`)
    if (triggers.length === 0) {
      skipped = lastNamedDate(readers.dates({ ...base, previousEvent }, sentence)) ?? skipped;
      return;
    }
    const whole = readers.dates({ ...base, previousEvent }, sentence);
    const clauses = splitClauses(text, sentence, triggers, whole.mentions);
    for (const clause of clauses) {
      const ctx: ArticleContext = { ...base, previousEvent };
      const dates = clauses.length === 1 ? whole : readers.dates(ctx, clause);
      const own = triggers.filter((t) => inside(clause, t.span));
      const claim = /\bclaimed responsibility\b/i.test(text.slice(clause.start, clause.end));
      if (nonEventReason(text, clause, own, dates.mentions.length > 0) && !claim) continue;
      const places = readers.places(ctx, clause);
      const seg: Segment = {
        span: clause,
        sentence: index,
        lastSentence: index,
        triggers: own,
        dates,
        places,
        extraMentions: [],
      };
      const prev = segments.at(-1);
      // a responsibility claim continues the attack or abduction before it (for its actors)
      const claimOnly = claim && own.every((t) => t.category === 'statement');
      const same =
        prev && (claimOnly || category(prev)?.trigger.category === category(seg)?.trigger.category);
      if (prev && continues(text, prev, seg, same === true)) {
        prev.span = { start: prev.span.start, end: seg.span.end };
        prev.lastSentence = index;
        if (!claimOnly) prev.triggers = [...prev.triggers, ...seg.triggers];
        prev.extraMentions = seg.places.mentions;
        continue;
      }
      if (claimOnly) continue;
      // "Security forces began searching the area after the blast": event words that only point
      // back, with no date and no place of their own, tell nothing new
      const placed = places.event?.role === 'place';
      if (dates.mentions.length === 0 && !placed && pointsBackOnly(text, own)) continue;
      const kind = category(seg)?.trigger.category;
      // the story's day for an undated detail or a report-dated one (storyTime.ts)
      seg.dates = storyDay(text, clause, index, kind, places.event, dates, story);
      seg.dates = skippedDate(seg.dates, previousEvent, skipped);
      if (!propose(text, base, seg)) continue;
      segments.push(seg);
      // a detail that inherited the story's day carries the story on: the reach counts from it
      if (story && dates.mentions.length === 0 && seg.dates !== dates)
        story = { ...story, sentence: index };
      const dated = seg.dates.mentions.length > 0 ? seg.dates : null;
      if (dated?.event?.date && anchorable(dated.event)) {
        previousEvent = dated.event;
        skipped = null;
        const place = places.event?.resolved?.name ?? null;
        const resolved = places.event?.role === 'place' ? places.event.resolved : null;
        const lead = text.slice(clause.start, clause.end);
        if (kind) {
          const next = { mention: dated.event, sentence: index, category: kind, place };
          const two = splitTwoPlaces(text, seg);
          const listed = two?.flatMap((t) => t.places.event?.resolved ?? []) ?? [];
          story = nextAnchor(story, next, resolved, lead, listed);
        }
      }
    }
  });
  return segments;
}

/**
 * Proposes one record per incident `text` reports. `options.published` anchors relative dates
 * (else the dateline, else they need review); `options.articleId` prefixes the ids, which are
 * stable for the same text: `<article-slug>-<n>` in text order.
 */
export function extractIncidents(
  article: string,
  options: ExtractOptions,
  readers: Readers,
): Proposal[] {
  // "Cha- man": words broken at a printed line's end are read whole (brokenWords.ts); the copy
  // has the article's length, so every span below points into the article as given
  const mended = mendBrokenWords(article);
  const text = mended.text;
  const published = options.published ?? null;
  const dateline = readers.findDateline(text, published);
  const ctx = { text, published, dateline };
  // "… in Khost province on Monday night. The strike hit the town of Matun.": the finer place
  // (placeAhead.ts), and a place a sentence or two away that points back (placeNear.ts)
  const read = { ...ctx, previousEvent: null };
  const sentences = articleSentences(text, dateline);
  const around = {
    dates: (s: Span) => readers.dates(read, s),
    places: (s: Span) => readers.places(read, s),
  };
  const ahead = placeAhead(text, readSegments(text, ctx, readers), sentences, around);
  const segments = placeNear(text, ahead, sentences, around);
  // "A second skirmish broke out on Sunday": the story's place, for review (storyPlace.ts)
  // "… in the same district": the place of the event told before (samePlace.ts)
  // "… a police station in Dera Ismail Khan … the Kulachi Police Station": review (facilityLater.ts);
  // "… rockets at a base in eastern Afghanistan, and … outside the Kabul airport" (twoClauses.ts)
  const checked = twoClauses(
    text,
    facilityLater(text, segments, sentences, (s) => readers.places(read, s)),
  );
  const proposals = storyPlace(text, samePlace(text, checked))
    .flatMap((seg) => {
      // "attacks in Chabahar and Rask": one proposal at each place (twoPlaces.ts)
      const two = splitTwoPlaces(text, seg);
      return two ? two.map((s) => propose(text, ctx, s, true)) : [propose(text, ctx, seg)];
    })
    .filter((p): p is Proposal => p !== null);
  const slug = slugId(options.articleId ?? 'article');
  // "Lulakdan is located 150 kilometers southeast of Zahedan" places its incidents (placeDefined.ts)
  const defined = placeDefined(text, sentences, (s) => readers.places(read, s), proposals);
  const joined = foldStandfirst(text, answerPointedBack(text, joinLeadAndDetail(text, defined)));
  // a lead in "Farah province" folded into the detail at Farah city: one excerpt from the lead
  const folded = leadIntoDetail(text, joined, foldRepeats(joined));
  // "… overnight … The fighting began at about 10 p.m. on Wednesday": the night's first day
  const narrowed = narrowOvernight(ctx, readers.dates, folded);
  const retold = flagWeekdayAfterRecalled(
    text,
    flagDayApart(text, flagRetoldDates(ctx, readers.dates, narrowed)),
  );
  // "QUETTA: Two people were killed …" naming no place: the city offered as a choice
  const filed = dateline?.date ?? published;
  const offered = offerDateline(retold, dateline, filed, (s) => readers.places(read, s));
  return offered.map((p, i) => ({
    ...(text === article ? p : asWritten(article, mended, p)),
    id: `${slug}-${i + 1}`,
  }));
}
