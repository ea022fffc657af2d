// The place half of the extractor: finds every place phrase of a sentence, resolves it through
// the gazetteer (the country and province the sentence, then the article, names narrow the
// candidates before ranking), decides what it stands for (place, government, organisation,
// dateline) and picks where the event happened and where a cross-border action started. Every
// doubt becomes a review; nothing is guessed silently. Rules and radii: README "Places".
import type { ExtractGazetteer } from './gazetteerData.ts';
import { combine, type Combined } from './placeCombine.ts';
import {
  buildPlaceIndex,
  FALLBACK_KM,
  toCandidate,
  type PlaceIndex,
  type PlaceRecord,
} from './placeIndex.ts';
import { matchPhrases, type Widening } from './placeMatch.ts';
import { isGovernment, isOrigin, mayBeGovernment } from './placeRoles.ts';
import { tokenize, type Token } from './placeTokens.ts';
import {
  countrySupport,
  provinceSupport,
  type CountrySupport,
  type ProvinceSupport,
} from './placeSupport.ts';
import { articleChecks, cueBefore, provinceCheck, type Cue } from './placeChecks.ts';
import { pickEvent } from './placeEvent.ts';
import { carryPlace } from './placeCarry.ts';
import type {
  ArticleContext,
  PlaceCandidate,
  PlaceMention,
  PlaceReader,
  Review,
  SentencePlaces,
  Span,
} from './types.ts';

/** Extra radius (km) the words around a name add to its own radius (README "Places"). */
export const WIDENING_KM: Record<Widening, number> = {
  near: 20,
  outskirts: 5,
  area: 15,
  'border-area': 40,
};
/** Radius (km) of a village placed at the town or county it is said to be in (placeIndex.ts). */
export { FALLBACK_KM };
/** At most this many alternatives are offered for one name. */
const MAX_CANDIDATES = 8;

/** Countries and provinces a text names unambiguously, to narrow other names. */
interface Hints {
  countries: Set<string>;
  provinces: Set<string>;
  /** Article level: the countries it speaks of, and by which names. */
  support?: CountrySupport;
  /** Article level: the provinces it names, and which names lie in each. */
  provinceSupport?: ProvinceSupport;
  /** Countries of every unambiguous place (typo matches stay among them). */
  inPlay: Set<string>;
}

/** A place mention, how it resolved, and the word before it: "in"/"at" or "to". */
export interface Candidate {
  m: PlaceMention;
  r: Resolved;
  cue: Cue;
}

/** How one place phrase resolved: the best record, the others, reviews and radius. */
export interface Resolved {
  match: Combined;
  best: PlaceRecord | null;
  others: PlaceRecord[];
  reviews: Review[];
  radius: number;
  /** The precision the phrase supports when it is coarser than `best`'s own. */
  precision?: PlaceCandidate['precision'];
}

const byRank = (a: PlaceRecord, b: PlaceRecord) =>
  a.rank - b.rank || (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name);

function unique(list: PlaceRecord[]): PlaceRecord[] {
  return [...new Set(list)];
}

function narrow(list: PlaceRecord[], keep: (r: PlaceRecord) => boolean): PlaceRecord[] {
  const kept = list.filter(keep);
  return kept.length > 0 ? kept : list;
}

function clearWinner(ranked: PlaceRecord[]): boolean {
  const [a, b] = ranked;
  if (!a) return false;
  if (!b) return true;
  if (a.rank < b.rank) return true;
  return (a.population ?? 0) > 0 && (a.population ?? 0) >= 10 * (b.population ?? 0);
}

function inProvince(r: PlaceRecord, provinces: Set<string>): boolean {
  return r.kind !== 'province' && (r.provinceKeys ?? []).some((k) => provinces.has(k));
}

/** Countries and provinces named by unambiguous matches. */
function hintsOf(matches: Combined[], index: PlaceIndex): Hints {
  const h: Hints = { countries: new Set(), provinces: new Set(), inPlay: new Set() };
  for (const m of matches) {
    if (m.type !== 'place' || m.typo) continue;
    const where = new Set(m.records.map((r) => r.country));
    if (where.size === 1) h.inPlay.add(m.records[0]?.country as string);
    const kinds = new Set(m.records.map((r) => r.kind));
    if (kinds.size !== 1) continue;
    const r = m.records[0] as PlaceRecord;
    if (r.kind === 'country' && m.records.length === 1) h.countries.add(r.country);
    if (r.kind === 'province' && m.records.length === 1) {
      for (const [k, p] of index.provinces) if (p === r) h.provinces.add(k);
      h.countries.add(r.country);
    }
  }
  return h;
}

/** Resolves one place phrase: hints first, then ranking; ambiguity and typos become reviews. */
function resolve(
  m: Combined,
  index: PlaceIndex,
  sentence: Hints,
  article: Hints,
  before?: PlaceRecord,
): Resolved {
  const reviews: Review[] = [];
  let list = unique(m.records);
  if (m.hint === 'district') {
    const d = index.districts.get(m.key);
    if (d) list = d;
  }
  if (m.hint === 'province') list = narrow(list, (r) => r.kind === 'province');
  if (m.hint === 'town') list = narrow(list, (r) => r.kind === 'town');
  if (before) list = narrow(list, (r) => r.country === before.country);
  for (const hints of [sentence, article]) {
    list = narrow(list, (r) => inProvince(r, hints.provinces));
    list = narrow(list, (r) => r.kind === 'country' || hints.countries.has(r.country));
  }
  const ranked = [...list].sort(byRank);
  const phrase = `'${m.name}'`;
  let best = clearWinner(ranked) ? (ranked[0] as PlaceRecord) : null;
  let others = (best ? ranked.slice(1) : ranked).slice(0, MAX_CANDIDATES);
  if (!best) {
    reviews.push({
      code: 'ambiguous_place',
      message: `${phrase} names ${ranked.length} places that rank alike (${ranked
        .slice(0, 3)
        .map((r) => `${r.name}, ${r.admin1 ?? r.country}`)
        .join('; ')}); pick one`,
    });
  }
  if (m.typo) {
    reviews.push({
      code: 'typo_match',
      message: `${phrase} is not a known spelling; read as ${m.typo} (one letter differs)`,
    });
    if (best) {
      others = unique([...others, ...m.records.filter((r) => r !== best)]).slice(0, MAX_CANDIDATES);
    }
  }
  if (best && m.crossBorderRoad) {
    reviews.push({
      code: 'coarse_place',
      message: `${phrase} runs across the border between ${m.road?.from.name} and ${m.road?.to.name}; the text does not say on which side it happened`,
    });
  }
  let radius = best?.uncertainty_km ?? 0;
  // "Musakhel district" with no curated district: its namesake town (usually its seat) stands for
  // the whole district, whose size the gazetteer does not know (Pakistan's reach 150 km from
  // their seat): a district-level place that needs review, never a town.
  let precision: Resolved['precision'];
  if (best && m.hint === 'district' && best.kind === 'town') {
    radius = Math.max(radius, FALLBACK_KM);
    precision = 'county';
    reviews.push({
      code: 'coarse_place',
      message: `${phrase} names a district the gazetteer does not hold: placed at its namesake town ${best.name}, which is usually its seat; the district's size is unknown, so the event may lie farther than ${radius} km from there`,
    });
  }
  if (best && m.widening) radius = best.uncertainty_km + WIDENING_KM[m.widening];
  if (best && m.fallbackFrom) {
    radius = Math.max(best.uncertainty_km, FALLBACK_KM);
    reviews.push({
      code: 'fallback_admin',
      message: `'${m.fallbackFrom}' is not in the gazetteer; placed at ${best.name} (${best.kind === 'district' ? 'its seat' : 'the place it is said to be in'}), within about ${radius} km`,
    });
  }
  if (!best && list.length === 0) best = null;
  return { match: m, best, others, reviews, radius, ...(precision ? { precision } : {}) };
}

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
 * "QUETTA, Sept 15 -": a name in capitals opening the article and followed by a comma is where
 * the report was filed, even when no dateline was recognised.
 */
function looksLikeDateline(text: string, m: Combined, tokens: Token[]): boolean {
  const names = tokens.slice(m.first, m.last + 1);
  return (
    text.slice(0, m.start).trim() === '' &&
    names.every((t) => t.upper) &&
    /^\s*,/.test(text.slice(m.end))
  );
}

/** Builds a `PlaceReader` bound to a gazetteer (see `src/core/extract/types.ts`). */
export function createPlaceReader(gazetteer: ExtractGazetteer): PlaceReader {
  const index = buildPlaceIndex(gazetteer);
  let cached: { text: string; hints: Hints } | null = null;
  const articleHints = (text: string): Hints => {
    if (cached?.text !== text) {
      const tokens = tokenize(text, { start: 0, end: text.length });
      const all = matchPhrases(text, tokens, index);
      const hints = hintsOf(all, index);
      hints.support = countrySupport(text, all);
      hints.provinceSupport = provinceSupport(all);
      cached = { text, hints };
    }
    return cached.hints;
  };
  return (ctx, sentence) => {
    const hints = articleHints(ctx.text);
    const read = readSentence(ctx, sentence, index, hints);
    if (read.event) return read;
    const before = textBefore(ctx.text, sentence);
    const carry = carryPlace(
      ctx.text,
      ctx.text.slice(sentence.start, sentence.end),
      before.span ? readSentence(ctx, before.span, index, hints) : null,
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

/**
 * The text before the sentence in its paragraph, and whether the sentence is a clause of a
 * sentence that began there (no sentence end between them: "… in Turbat, and on Oct 14 …").
 */
function textBefore(text: string, sentence: Span): { span: Span | null; sameSentence: boolean } {
  const start = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const before = text.slice(start, sentence.start);
  if (before.trim() === '') return { span: null, sameSentence: false };
  return {
    span: { start, end: sentence.start },
    sameSentence: !/[.!?]["'’”)]*\s*$/u.test(before),
  };
}

function readSentence(
  ctx: ArticleContext,
  sentence: Span,
  index: PlaceIndex,
  article: Hints,
): SentencePlaces {
  const text = ctx.text;
  const tokens = tokenize(text, sentence);
  const raw = matchPhrases(text, tokens, index, {
    typoFilter: (r) => article.inPlay.size === 0 || article.inPlay.has(r.country),
  });
  for (const m of raw) m.records.sort(byRank);
  const inPlay = hintsOf(raw, index).inPlay;
  const matches = combine(text, tokens, raw, index, [
    ...new Set([...inPlay, ...article.countries]),
  ]);
  const sentenceHints = hintsOf(matches, index);
  const mentions: PlaceMention[] = [];
  const places: Candidate[] = [];
  let origin: PlaceMention | null = null;
  const govRanges: [number, number][] = matches
    .filter((m) => m.type === 'place' && mayBeGovernment(m.records[0]) && !m.road)
    .map((m) => [m.first, m.last]);
  const dl = ctx.dateline?.placeSpan;
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
    );
    if ((dl && m.start < dl.end && dl.start < m.end) || looksLikeDateline(text, m, tokens)) {
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
    const pm = mention(ctx, r, 'place');
    mentions.push(pm);
    const from = isOrigin(tokens, m.first, sentenceText);
    // "from Afghanistan's Kunar province": the province refines the country as the origin
    if (from && (!origin || possessor !== undefined)) origin = pm;
    else places.push({ m: pm, r, cue: cueBefore(text, m.start, tokens[m.first - 1], m.end) });
  });
  const { event, reviews } = pickEvent(places, text);
  const chosen = places.find((p) => p.m === event);
  reviews.push(
    ...articleChecks(text, tokens, matches, event, chosen?.r.match ?? null, article.support),
    ...provinceCheck(event, chosen?.r.match ?? null, article.provinceSupport),
  );
  return { mentions, event, origin, reviews };
}
