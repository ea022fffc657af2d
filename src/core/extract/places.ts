// The place half of the extractor: finds every place phrase of a sentence, resolves it through
// the gazetteer (the country and province the sentence, then the article, names narrow the
// candidates before ranking), decides what it stands for (place, government, organisation,
// dateline) and picks where the event happened and where a cross-border action started. Every
// doubt becomes a review; nothing is guessed silently. Rules and radii: README "Places".
import type { ExtractGazetteer } from './gazetteerData.ts';
import { foldPossessiveProvinces } from './placePossessive.ts';
import { combine, type Combined } from './placeCombine.ts';
import { onBorderCheck } from './placeBorderDistance.ts';
import { farFromStory } from './placeFarFromStory.ts';
import { articleChecks, cueBefore, provinceCheck, unknownLoci } from './placeChecks.ts';
import { carryPlace, textBefore } from './placeCarry.ts';
import { districtMeant } from './placeDistrictMeant.ts';
import { datelinePointed } from './placeHere.ts';
import { provinceSaidAfter } from './placeProvinceMeant.ts';
import { pickEvent } from './placeEvent.ts';
import { buildPlaceIndex, toCandidate, type PlaceIndex } from './placeIndex.ts';
import { matchPhrases, type RawMatch } from './placeMatch.ts';
import { compassAround } from './placeCompass.ts';
import { regionRecords } from './placeRegions.ts';
import {
  byRank,
  hintsOf,
  resolve,
  type Candidate,
  type Hints,
  type Resolved,
} from './placeResolve.ts';
import { isPerson, namedPerson } from './placePersons.ts';
import { countryPair, withBorderPairs } from './placeBorderPairs.ts';
import { isGovernment, isOrigin, mayBeGovernment, namesItsPeople } from './placeRoles.ts';
import { anchorGivesWay } from './placeSeats.ts';
import { countrySupport, provinceSupport, storyMatches } from './placeSupport.ts';
import { tokenize, type Token } from './placeTokens.ts';
import { datelineRole } from './placeDatelineRole.ts';
import { apposedToOrigin } from './placeApposed.ts';
import type { ArticleContext, PlaceMention, PlaceReader, SentencePlaces, Span } from './types.ts';

export { FALLBACK_KM, WIDENING_KM, type Candidate } from './placeResolve.ts';

function mention(ctx: ArticleContext, r: Resolved, role: PlaceMention['role']): PlaceMention {
  const span: Span = { start: r.match.start, end: r.match.end };
  return {
    text: ctx.text.slice(span.start, span.end),
    span,
    role,
    resolved: r.best
      ? { ...toCandidate(r.best, r.radius), ...(r.precision ? { precision: r.precision } : {}) }
      : null,
    candidates: r.others.map((o) => toCandidate(o)),
    reviews: role === 'place' ? r.reviews : [],
  };
}

/**
 * A feature named after a place ("the Helmand river", "the Kurram valley"): not the place, which
 * it may reach far beyond (a river crosses provinces and borders; a valley outruns its district),
 * and not a place the gazetteer knows. Unresolved, with the reason in words.
 */
function featureMention(ctx: ArticleContext, m: Combined, r: Resolved): PlaceMention {
  const span: Span = { start: m.start, end: m.end };
  const b = r.best;
  const kind =
    b?.kind === 'province' ? 'the province of ' : b?.kind === 'town' ? 'the town of ' : '';
  const named = b ? `${kind}${b.name}` : m.name;
  return {
    text: ctx.text.slice(span.start, span.end),
    span,
    role: 'place',
    resolved: null,
    candidates: [],
    reviews: [
      {
        code: 'no_place',
        message: `"${ctx.text.slice(span.start, span.end)}" names a ${(m.feature ?? '').toLowerCase()}, not ${named}: where along it this happened is not known offline, and it may reach well beyond ${b?.name ?? m.name}`,
      },
    ],
  };
}

/** Builds a `PlaceReader` bound to a gazetteer (see `src/core/extract/types.ts`). */
export function createPlaceReader(gazetteer: ExtractGazetteer): PlaceReader {
  const index = buildPlaceIndex(gazetteer);
  let cached: { text: string; hints: Hints } | null = null;
  const articleHints = (text: string): Hints => {
    if (cached?.text !== text) {
      const tokens = tokenize(text, { start: 0, end: text.length });
      const { matches: all, persons } = storyMatches(text, tokens, index);
      const support = countrySupport(text, all);
      for (const m of all) placeRegion(m, tokens, support);
      const hints = hintsOf(all, index);
      hints.support = support;
      hints.provinceSupport = provinceSupport(text, all);
      hints.persons = persons;
      cached = { text, hints };
    }
    return cached.hints;
  };
  /** "Iranian Baluchistan": the region's name stands for the province the text gives. */
  const placeRegion = (m: RawMatch, tokens: Token[], support: Hints['support']) => {
    const records = regionRecords(m, tokens, index, support);
    if (records === m.records) return;
    m.records = records;
    delete m.typo;
  };
  return (ctx, sentence) => {
    const hints = articleHints(ctx.text);
    const read = readSentence(ctx, sentence, index, hints, placeRegion);
    // "at the Pak-Afghan border here", "in the city" under "KARACHI:": the dateline's city
    const readSpan = (span: Span) => readSentence(ctx, span, index, hints, placeRegion);
    const pointed = datelinePointed(ctx, sentence, read, readSpan, index);
    if (pointed) return pointed;
    if (read.event) return read;
    const before = textBefore(ctx.text, sentence);
    const carry = carryPlace(
      ctx.text,
      ctx.text.slice(sentence.start, sentence.end),
      before.span ? readSentence(ctx, before.span, index, hints, placeRegion) : null,
      before.sameSentence,
    );
    if (!carry) return read;
    if ('review' in carry) {
      const reviews = read.reviews.filter((r) => r.code !== 'no_place');
      return { ...read, reviews: [carry.review, ...reviews] };
    }
    const reviews = read.reviews.filter((r) => r.code !== 'no_place');
    return { ...read, event: carry.event, reviews: [...carry.event.reviews, ...reviews] };
  };
}

function readSentence(
  ctx: ArticleContext,
  sentence: Span,
  index: PlaceIndex,
  article: Hints,
  placeRegion: (m: RawMatch, tokens: Token[], support: Hints['support']) => void,
): SentencePlaces {
  const text = ctx.text;
  const tokens = tokenize(text, sentence);
  const found = matchPhrases(text, tokens, index, {
    typoFilter: (r) => article.inPlay.size === 0 || article.inPlay.has(r.country),
  });
  const raw = withBorderPairs(text, tokens, index, found);
  for (const m of raw) {
    m.records.sort(byRank);
    placeRegion(m, tokens, article.support);
    provinceSaidAfter(text, tokens, m, sentence.end);
  }
  const inPlay = hintsOf(
    raw.filter((m) => !m.feature),
    index,
  ).inPlay;
  const matches = foldPossessiveProvinces(
    text,
    tokens,
    combine(text, tokens, raw, index, [...new Set([...inPlay, ...article.countries])]),
    index,
  );
  const sentenceHints = hintsOf(
    matches.filter((m) => !m.feature),
    index,
  );
  const mentions: PlaceMention[] = [];
  const places: Candidate[] = [];
  const features: PlaceMention[] = [];
  let origin: PlaceMention | null = null;
  const govRanges: [number, number][] = matches
    .filter((m) => m.type === 'place' && mayBeGovernment(m.records[0]) && !m.road)
    .map((m) => [m.first, m.last]);
  const sentenceText = text.slice(sentence.start, sentence.end);
  matches.forEach((m, n) => {
    if (m.type === 'unknown') return;
    if (m.type === 'organisation') {
      mentions.push({
        text: text.slice(m.start, m.end),
        span: { start: m.start, end: m.end },
        role: 'organisation',
        resolved: null,
        candidates: [],
        reviews: [],
      });
      return;
    }
    const prev = matches[n - 1];
    const possessor =
      prev?.type === 'place' &&
      (tokens[prev.last] as Token).possessive &&
      prev.next === m.first &&
      prev.records.length === 1
        ? prev.records[0]
        : undefined;
    const r = resolve(
      m,
      index,
      sentenceHints,
      article,
      possessor?.kind === 'country' ? possessor : undefined,
      compassAround(text, m.start, m.end),
    );
    const inDateline = datelineRole(text, ctx.dateline, m, tokens);
    if (inDateline === 'credit') return;
    if (inDateline === 'dateline') {
      mentions.push(mention(ctx, r, 'dateline'));
      return;
    }
    if (
      !m.road &&
      mayBeGovernment(r.best ?? undefined) &&
      isGovernment(
        tokens,
        m.first,
        m.last,
        govRanges.filter(([f]) => f !== m.first),
      )
    ) {
      mentions.push(mention(ctx, r, 'government'));
      return;
    }
    // "the Pak-Iran officials", "the Iran-Pakistan joint commission": the two parties, not a place
    if (r.best?.kind === 'country' && countryPair(text, m.start, m.end)) {
      mentions.push(mention(ctx, r, 'government'));
      return;
    }
    // "the Mohmand tribe", "Orakzai tribesmen": people named after where they live, not a place.
    // "Mastung Assistant Commissioner X said": an officer of the district, not where it happened
    const after = text.slice(m.end, m.end + 40);
    if (!m.road && namesItsPeople(after, text.slice(Math.max(0, m.start - 70), m.start))) {
      mentions.push(mention(ctx, r, 'organisation'));
      return;
    }
    // "spokesman Attaullah Khogyani", "Khogyani said": a person, named like a place
    if (isPerson(text, tokens, matches, n) || namedPerson(text, tokens, m, article.persons)) return;
    // "the Helmand river": a feature named after the place; where along it is not known
    if (m.feature) {
      const fm = featureMention(ctx, m, r);
      mentions.push(fm);
      features.push(fm);
      return;
    }
    const pm = mention(ctx, r, 'place');
    mentions.push(pm);
    // a road's first end follows "from" ("travelling from Quetta to Chaman"): no origin
    const from = !m.road && isOrigin(tokens, m.first, sentenceText);
    // "from Afghanistan's (eastern) Kunar province": the province refines the country as the origin
    if (from && (!origin || possessor !== undefined || origin.resolved?.precision === 'country'))
      origin = pm;
    else places.push({ m: pm, r, cue: cueBefore(text, m.start, wordBefore(tokens, m), m.end) });
  });
  const picked = anchorGivesWay(pickEvent(places, text), features.length > 0, text);
  // "Reports from Ravansar, near the city of Kermanshah, …": which is the scene (placeApposed.ts)
  const apposed = apposedToOrigin(text, picked.event, origin as PlaceMention | null);
  if (apposed) picked.reviews.push(apposed);
  const chosen = places.find((p) => p.m === picked.event);
  const event = districtMeant(text, picked.event, chosen?.r.match ?? null, index) ?? picked.event;
  // no other place (or only the earlier event's): say the feature is why, not "names no place"
  const reviews =
    event === null && features[0]
      ? [...features[0].reviews, ...picked.reviews.filter((r) => r.code !== 'no_place')]
      : picked.reviews;
  const border = onBorderCheck(text, sentence, event, index);
  if (event?.resolved && border.radiusKm) {
    event.resolved = { ...event.resolved, uncertainty_km: border.radiusKm };
  }
  reviews.push(
    ...articleChecks(text, tokens, matches, event, chosen?.r.match ?? null, article.support),
    ...provinceCheck(event, chosen?.r ?? null, article.provinceSupport),
    ...farFromStory(index, event, chosen?.r.match ?? null, article.support, ctx.dateline?.place),
    ...border.reviews,
  );
  return { mentions, event, origin, reviews, unknown: unknownLoci(text, tokens, matches, true) };
}

/**
 * The word before a match's phrase: before "the provincial capital of" in "from the provincial
 * capital of Jalalabad" (a ninety-fifth-try page, whose bus had set out from there), not "of".
 */
function wordBefore(tokens: Token[], m: { first: number; start: number }): Token | undefined {
  let k = m.first - 1;
  while (k >= 0 && (tokens[k] as Token).start >= m.start) k--;
  return tokens[k];
}
