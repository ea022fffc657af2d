// A sentence that names no place may take the place of the sentences before it, when the text
// settles it: words that point back ("exchanged fire there", "in the town", "in the same border
// area") within its paragraph, or a clause whose own sentence named the place just before ("… in
// Turbat, and on Oct 14 gunmen shot dead six labourers"). Only one place may be in play before it
// (the finer of places that frame each other); several, or a sentence that says it tells of
// something else ("In another attack", "Separately"), keep it for review with the reason. The
// carried mention keeps the span of the phrase it came from, so the user sees where. Pure.
import { kmBetween as km } from './distance.ts';
import { FINENESS } from './placeEvent.ts';
import type { PlaceCandidate, PlaceMention, Review, SentencePlaces, Span } from './types.ts';

/** Words pointing back at a place named before ("there", "the town", "the same area"). */
const ANAPHOR =
  /\b(?:there(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|should|seems?|appears?|remains?|be)\b)|(?:the|this|that)\s+(?:same\s+)?(?:town|city|village|area|border\s+area|district|county|region|place|spot|site|locality|crossing|border\s+crossing)|the\s+same\s+(?:area|place|spot|location))\b/i;
/** Anaphors that name a town ("the town", "this city"): only a town or a finer place answers. */
const TOWN_ANAPHOR = /\b(?:the|this|that)\s+(?:same\s+)?(?:town|city|village)\b/i;
/** Anaphors that name a district ("the district", "this tehsil"): only a district answers. */
const DISTRICT_ANAPHOR = /\b(?:the|this|that)\s+(?:same\s+)?(?:district|county|tehsil|agency)\b/i;
/** Words saying the sentence tells of another event, elsewhere or at another time. */
const ANOTHER =
  /\b(?:another|other|separately|separate|elsewhere|meanwhile|earlier|last\s+(?:year|month|week)|in\s+\d{4})\b/i;

/** Words before a place that make it where people went or came from, not where it happened. */
const WHERE_TO_OR_FROM = /\b(?:to|from|towards?|into|for)\s+(?:the\s+)?$/i;

/** Does `outer` (coarser) frame `inner`: same country, same province, or within its radius? */
function frames(outer: PlaceCandidate, inner: PlaceCandidate): boolean {
  if (outer.precision === 'country') return outer.country === inner.country;
  if (outer.precision === 'province') {
    return outer.country === inner.country && outer.admin1 === inner.admin1;
  }
  return km(outer, inner) <= outer.uncertainty_km + inner.uncertainty_km;
}

/** What `carryPlace` decided: the carried mention, or the reason none was carried. */
export type Carry = { event: PlaceMention } | { review: Review } | null;

/**
 * The place a sentence (or clause) that names none takes from the text before it in its
 * paragraph (`before`, the places read there in the article `text`), or why it takes none; a
 * place people went to or came from ("a bus travelling to Quetta") is never carried. `sentenceText` is the
 * sentence itself; `sameSentence` says it is a clause of a sentence begun in that text. Null
 * when nothing points back.
 */
export function carryPlace(
  text: string,
  sentenceText: string,
  before: SentencePlaces | null,
  sameSentence = false,
): Carry {
  if (!before) return null;
  const anaphor = ANAPHOR.exec(sentenceText);
  // Without words that point back, only a clause takes the place its own sentence named: a
  // sentence of its own ("A brief exchange of fire followed.") often retells the incident.
  if ((!sameSentence && !anaphor) || ANOTHER.test(sentenceText)) return null;
  // "crossed back from there", "fled to the town": where people came from or went, not the event.
  if (anaphor && WHERE_TO_OR_FROM.test(sentenceText.slice(0, anaphor.index))) return null;
  const origin = before.origin;
  let found = before.mentions.filter(
    (m) =>
      m.role === 'place' &&
      m !== origin &&
      !WHERE_TO_OR_FROM.test(text.slice(Math.max(0, m.span.start - 20), m.span.start)) &&
      m.resolved !== null &&
      m.resolved.precision !== 'country' &&
      m.resolved.precision !== 'border',
  );
  if (anaphor && TOWN_ANAPHOR.test(anaphor[0])) {
    found = found.filter((m) => ['town', 'point'].includes(m.resolved?.precision ?? ''));
  }
  // "parts of the district": a district named before, never a town in it (too fine a point)
  if (anaphor && DISTRICT_ANAPHOR.test(anaphor[0])) {
    found = found.filter((m) => m.resolved?.precision === 'county');
  }
  if (found.length === 0) return null;
  const rank = (m: PlaceMention) => FINENESS[m.resolved?.precision ?? 'country'] ?? 9;
  const finest = [...found].sort((a, b) => rank(a) - rank(b))[0] as PlaceMention;
  const f = finest.resolved as PlaceCandidate;
  const others = found.filter(
    (m) =>
      m.resolved?.name !== f.name &&
      !(rank(m) > rank(finest) && frames(m.resolved as PlaceCandidate, f)),
  );
  if (others.length > 0) {
    const names = [...new Set([finest, ...others].map((m) => `'${m.text}'`))].join(', ');
    return {
      review: {
        code: 'no_place',
        message: `the sentence names no place${anaphor ? ` ("${anaphor[0]}")` : ''}, and the text before it names several (${names}); pick the one meant`,
      },
    };
  }
  const span: Span = { ...finest.span };
  return {
    event: {
      ...finest,
      span,
      carried: true,
      reviews: finest.reviews,
    },
  };
}

/**
 * The text before the sentence in its paragraph, and whether the sentence is a clause of a
 * sentence that began there (no sentence end between them: "… in Turbat, and on Oct 14 …"). A
 * sentence opening its paragraph with "the district" looks back one paragraph: a real Times of
 * Islamabad report named Anar Dara district, then began the next paragraph "After taking control
 * of parts of the district early Monday", which had been left with no place.
 */
export function textBefore(
  text: string,
  sentence: Span,
): { span: Span | null; sameSentence: boolean } {
  const start = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const before = text.slice(start, sentence.start);
  if (before.trim() === '') {
    const own = text.slice(sentence.start, sentence.end);
    const prevEnd = text.slice(0, start).trimEnd().length;
    if (!DISTRICT_ANAPHOR.test(own) || prevEnd === 0) return { span: null, sameSentence: false };
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    return { span: { start: prevStart, end: prevEnd }, sameSentence: false };
  }
  return {
    span: { start, end: sentence.start },
    sameSentence: !/[.!?]["'’”)]*\s*$/u.test(before),
  };
}
