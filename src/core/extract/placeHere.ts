// "CHAMAN: … a roadside explosion occurred near their vehicle at the Pak-Afghan border here on
// Monday evening": in a dated report, "here" is the dateline's city. A sentence whose event has
// no place, or only a country, border or province that holds that city, takes the city: the
// mention is the dateline's, carried (its words and span), so the user sees where it came from. "Here" in quoted words
// (a speaker's "here") and "from here" (where people set out) are not read so. "In the city" (or
// town) is the dateline's city too when no other town is named between the dateline and it
// ("KARACHI: … a grenade attack on a mini-truck on the outskirts of the city on Saturday night").
// Pure.
import { haversineKm } from './distance.ts';
import { quotedIn } from './events.ts';
import { isProvinceCapital } from './placeCapital.ts';
import { FALLBACK_KM, type PlaceIndex } from './placeIndex.ts';
import { inTown } from './placeWords.ts';
import type { ArticleContext, PlaceMention, Review, SentencePlaces, Span } from './types.ts';

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

/**
 * "on the outskirts of the city", "in the town": the city not named ("the city of Quetta", "the
 * city's police chief" and "the town Chaman" are not this); a day's name after it is no town's
 * ("in the Qasimabad area of the city Monday": a two-hundred-and-fifty-eighth-try page).
 */
const THE_CITY =
  /\b(?:in|at|near|outside|inside|of|across|around)\s+the\s+(?:city|town)\b(?![’']s|\s+of\b|,?\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z])/g;

/** Places a dateline city may refine: none, a country, a border or a province holding it. */
const COARSE = new Set(['country', 'border', 'province']);

/**
 * How `sentence` points at the dateline's city outside quoted words: "here", or an unnamed "the
 * provincial capital" (the city only when it is its province's capital); null when it does not.
 */
export function datelineWord(
  text: string,
  sentence: Span,
): 'here' | 'provincial capital' | 'city' | null {
  if (firstOutsideQuotes(text, sentence, HERE, /here\b/i)) return 'here';
  const capital = /the\s+provincial\s+capital/i;
  if (firstOutsideQuotes(text, sentence, PROVINCIAL_CAPITAL, capital)) return 'provincial capital';
  return firstOutsideQuotes(text, sentence, THE_CITY, /the\s+(?:city|town)/i) ? 'city' : null;
}

/**
 * The sentence's places (`read`) with the dateline's city as the event's place when the sentence
 * points at it: "here"; "the provincial capital" when the city is its province's capital; "the
 * city" or "the town" when no other town is named between the dateline and the sentence. A
 * locality the gazetteer lacks widens it (`hereLacking`). Null when the sentence does not point
 * at the city or names its own finer place. `readSpan` reads the places of any span of the text.
 */
export function datelinePointed(
  ctx: ArticleContext,
  sentence: Span,
  read: SentencePlaces,
  readSpan: (span: Span) => SentencePlaces,
  index: PlaceIndex,
): SentencePlaces | null {
  const pointer = ctx.dateline ? datelineWord(ctx.text, sentence) : null;
  if (!ctx.dateline || !pointer) return null;
  const line = readSpan(ctx.dateline.span);
  const found = line.mentions.find((m) => m.role === 'dateline') ?? null;
  const pointed =
    pointer === 'here' ||
    (pointer === 'provincial capital' && isProvinceCapital(found, index)) ||
    (pointer === 'city' && onlyTownBefore(ctx, sentence, found, readSpan));
  const here = placeHere(read.event, pointed ? found : null);
  if (!here) return null;
  // "in Shergarh area here": a locality the gazetteer lacks, in the city's reach (review)
  const lacking = hereLacking(ctx.text, read, here);
  const reviews = read.reviews.filter((r) => r.code !== 'no_place' && r.code !== 'coarse_place');
  if (lacking) return { ...read, event: lacking.event, reviews: [lacking.review, ...reviews] };
  return { ...read, event: here, reviews };
}

/**
 * True when the dateline's city (`city`) is a town or city and no other town lies named between
 * the dateline and `sentence` (a town within both reaches of it counts as the city; a name the
 * gazetteer lacks may be another town, so it counts as one).
 */
function onlyTownBefore(
  ctx: ArticleContext,
  sentence: Span,
  city: PlaceMention | null,
  readSpan: (span: Span) => SentencePlaces,
): boolean {
  const c = city?.resolved;
  if (!c || !ctx.dateline || (c.precision !== 'town' && c.precision !== 'point')) return false;
  const start = ctx.dateline.span.end;
  if (ctx.text.slice(start, sentence.start).trim() === '') return true;
  const before = readSpan({ start, end: sentence.start });
  // "killed in Kuchlak … A blast in the city": a name the gazetteer lacks may be the town meant
  if ((before.unknown ?? []).length > 0) return false;
  return before.mentions.every((m) => {
    const r = m.resolved;
    if (!r || (r.precision !== 'town' && r.precision !== 'point')) return true;
    return haversineKm(r.lat, r.lon, c.lat, c.lon) <= r.uncertainty_km + c.uncertainty_km;
  });
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
