// "CHAMAN: … a roadside explosion occurred near their vehicle at the Pak-Afghan border here on
// Monday evening": in a dated report, "here" is the dateline's city. A sentence whose event has
// no place, or only a country, border or province that holds that city, takes the city: the
// mention is the dateline's, carried (its words and span), so the user sees where it came from. "Here" in quoted words
// (a speaker's "here") and "from here" (where people set out) are not read so. Pure.
import { haversineKm } from './distance.ts';
import { quotedIn } from './events.ts';
import { FALLBACK_KM } from './placeIndex.ts';
import { inTown } from './placeWords.ts';
import type { PlaceMention, Review, SentencePlaces, Span } from './types.ts';

/** "at the Pak-Afghan border here", "in a market here", "here on Monday". */
const HERE =
  /\b(?:in|at|near|outside|inside)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?here\b|\bhere\s+(?:on|late|early|this|last|yesterday|today|tonight|overnight)\b/gi;

/**
 * "a blast at Mission Chowk area of the provincial capital on Tuesday" under "QUETTA -": the
 * province is not named, so "the provincial capital" is the dateline's city when that city is
 * its province's capital (a ninety-sixth-try page); not "the provincial capital of Helmand" nor
 * "the provincial capital Quetta", which name it.
 */
const PROVINCIAL_CAPITAL =
  /\b(?:[Ii]n|[Aa]t|of|near|outside|inside)\s+the\s+provincial\s+capital\b(?!\s+of\b|,?\s+[A-Z])/g;

/** Places a dateline city may refine: none, a country, a border or a province holding it. */
const COARSE = new Set(['country', 'border', 'province']);

/**
 * How `sentence` points at the dateline's city outside quoted words: "here", or an unnamed "the
 * provincial capital" (the city only when it is its province's capital); null when it does not.
 */
export function datelineWord(text: string, sentence: Span): 'here' | 'provincial capital' | null {
  if (firstOutsideQuotes(text, sentence, HERE, /here\b/i)) return 'here';
  const capital = /the\s+provincial\s+capital/i;
  return firstOutsideQuotes(text, sentence, PROVINCIAL_CAPITAL, capital)
    ? 'provincial capital'
    : null;
}

/** The span of `word` in the first match of `re` in `sentence` that lies outside quotes. */
function firstOutsideQuotes(text: string, sentence: Span, re: RegExp, word: RegExp): Span | null {
  const words = text.slice(sentence.start, sentence.end);
  const quotes = quotedIn(text, sentence);
  for (const m of words.matchAll(re)) {
    const w = word.exec(m[0]);
    const at = sentence.start + (m.index ?? 0) + (w?.index ?? 0);
    if (quotes.some((q) => q.start <= at && at < q.end)) continue;
    return { start: at, end: at + (w?.[0].length ?? 0) };
  }
  return null;
}

/**
 * The dateline's city (`city`, the dateline's mention) as the event's place of a sentence that
 * points at it (`datelineWordAt`; see the file comment), when the sentence's own event (`event`)
 * is none or a coarse place holding the city; else null.
 */
export function placeHere(
  event: PlaceMention | null,
  city: PlaceMention | null,
): PlaceMention | null {
  const c = city?.resolved;
  if (!city || !c) return null;
  const own = event?.resolved;
  if (event && !own) return null;
  if (own) {
    if (event?.role !== 'place' || !COARSE.has(own.precision)) return null;
    if (own.precision === 'country' || own.precision === 'province') {
      if (own.country !== c.country) return null;
      if (own.precision === 'province' && own.admin1 !== c.admin1) return null;
    } else {
      const km = haversineKm(own.lat, own.lon, c.lat, c.lon);
      if (km > own.uncertainty_km + c.uncertainty_km) return null;
    }
  }
  // the dateline's city, carried here: its words and span are the dateline's
  return { ...city, role: 'place', carried: true, reviews: [] };
}

/** After a name the gazetteer lacks: a word that makes it a locality ("Shergarh area here"). */
const LOCALITY_AFTER =
  /^\s+(?:area|village|locality|valley|tehsil|town|neighbou?rhood|mohalla|colony)\b/i;

/**
 * The dateline's city taken for "here" (`here`) when the sentence names a locality the gazetteer
 * lacks ("at a funeral in Shergarh area here", under "MARDAN": Shergarh lies 25 km from Mardan,
 * where a try's page had been proposed within 6 km): the city stands only as the place it is
 * said to be in, within a district's reach, for review, as "the Shergarh area of Mardan" is.
 * Streets and buildings ("Mall Road") lie in the city. Null when the sentence names no such place.
 */
export function hereLacking(
  text: string,
  read: SentencePlaces,
  here: PlaceMention,
): { event: PlaceMention; review: Review } | null {
  const lacked = (read.unknown ?? [])
    .map((s) => ({ name: text.slice(s.start, s.end), after: text.slice(s.end, s.end + 20) }))
    .find((u) => !inTown(u.name) && LOCALITY_AFTER.test(u.after));
  if (!lacked || !here.resolved) return null;
  const km = Math.max(here.resolved.uncertainty_km, FALLBACK_KM);
  return {
    event: { ...here, resolved: { ...here.resolved, uncertainty_km: km } },
    review: {
      code: 'fallback_admin',
      message: `'${lacked.name}' is not in the gazetteer; placed at ${here.resolved.name}, the dateline's city the report calls "here", within about ${km} km`,
    },
  };
}
