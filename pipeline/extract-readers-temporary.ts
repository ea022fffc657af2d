// TEMPORARY ADAPTER — delete when the real readers land (src/core/extract/dates.ts,
// dateline.ts, places.ts) and pipeline/extract-readers.ts points at them. It lets the CLI and
// the evaluation run on this branch by wrapping what exists: chrono-node to find date phrases,
// src/core/dates.ts `resolveDatePhrase` to resolve them, and src/core/gazetteer.ts `lookupPlace`
// for capitalised names. It knows none of the issue's finer rules (weekday checks, "near X",
// "A village, B district", crossings, namesakes across the border); province and country radii
// are rough constants.
import * as chrono from 'chrono-node';
import { DatePhraseError, needsAnchor, resolveDatePhrase } from '../src/core/dates.ts';
import { lookupPlace, PlaceError, type Gazetteer, type PlaceMatch } from '../src/core/gazetteer.ts';
import type {
  ArticleContext,
  DateMention,
  Dateline,
  DateReader,
  PlaceCandidate,
  PlaceMention,
  PlaceReader,
  Review,
  Span,
} from '../src/core/extract/types.ts';
import type { PlacePrecision } from '../src/core/types.ts';

const RADIUS: Record<PlacePrecision, number> = {
  point: 0,
  town: 5,
  county: 50,
  province: 300,
  country: 700,
  border: 400,
};
const PRECISION_RANK: Record<PlacePrecision, number> = {
  point: 0,
  town: 1,
  county: 2,
  province: 3,
  country: 4,
  border: 4,
};

function noonUtc(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** Chrono's phrases plus "immediately", widened to "on", "mid-" and hedges written before them. */
function datePhrases(seg: string, ref: string | null): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const instant = noonUtc(ref ?? '2000-06-15');
  for (const r of chrono.en.parse(seg, { instant, timezone: 0 })) {
    let start = r.index;
    const before = /(?:\b(?:on|On)\s+)?(?:mid-|(?:nearly|about|around|almost|some)\s+)?$/.exec(
      seg.slice(0, start),
    );
    if (before) start -= before[0].length;
    out.push({ start, end: r.index + r.text.trimEnd().length });
  }
  for (const m of seg.matchAll(/\bimmediately\b/g))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** Temporary date reader over chrono-node and `resolveDatePhrase`. */
export const temporaryDateReader: DateReader = (ctx: ArticleContext, sentence: Span) => {
  const seg = ctx.text.slice(sentence.start, sentence.end);
  const ref = ctx.published ?? ctx.dateline?.date ?? null;
  const mentions: DateMention[] = datePhrases(seg, ref).map(({ start, end }) => {
    const text = seg.slice(start, end);
    const span = { start: sentence.start + start, end: sentence.start + end };
    const relative = needsAnchor(text);
    const yearly = /\b(?:19|20)\d{2}\b/.test(text);
    const basis: DateMention['basis'] = relative
      ? 'anchor'
      : yearly
        ? 'absolute'
        : ctx.published
          ? 'publication'
          : 'dateline';
    const fail = (review: Review): DateMention => ({
      text,
      span,
      date: null,
      precision: null,
      basis,
      reviews: [review],
    });
    const prev = ctx.previousEvent;
    if (relative && !prev?.date) {
      return fail({
        code: 'no_date',
        message: `"${text}" counts from an earlier event the text has not dated.`,
      });
    }
    if (!ref && !yearly && !relative) {
      return fail({
        code: 'no_date_anchor',
        message: `"${text}" needs the publication date, which is not given.`,
      });
    }
    try {
      const describes = /\b(?:it|this|that|which)\s+(?:comes|came)\s+$/i.test(seg.slice(0, start));
      const anchor = prev?.date
        ? {
            date: prev.date,
            ...(prev.date_end ? { date_end: prev.date_end } : {}),
            precision: prev.precision ?? 'day',
          }
        : undefined;
      const r = resolveDatePhrase(text, {
        published: ref ?? `${/\d{4}/.exec(text)?.[0]}-12-31`,
        ...(relative && anchor ? { anchor } : {}),
        phraseDescribesAnchor: describes,
      });
      return {
        text,
        span,
        date: r.date,
        ...(r.date_end ? { date_end: r.date_end } : {}),
        precision: r.precision,
        basis,
        reviews: [],
      };
    } catch (e) {
      if (!(e instanceof DatePhraseError)) throw e;
      return fail({ code: 'no_date', message: e.message });
    }
  });
  const dated = mentions.filter((m) => m.date);
  const event = dated[0] ?? mentions[0] ?? null;
  const reviews: Review[] =
    new Set(dated.map((m) => m.date)).size > 1
      ? [
          {
            code: 'several_dates',
            message: `The sentence gives several dates (${dated.map((m) => `"${m.text}"`).join(', ')}); the first is used.`,
          },
        ]
      : [];
  return { mentions, event, reviews };
};

const STOP = new Set([
  'on',
  'at',
  'in',
  'the',
  'it',
  'he',
  'she',
  'they',
  'we',
  'a',
  'an',
  'and',
  'but',
  'about',
  'five',
  'two',
  'three',
  'four',
  'ten',
  'said',
  'this',
  'after',
  'while',
  'when',
]);
const GOV_AFTER =
  /^\s*(?:and\s+\p{Lu}\p{L}+\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:said|says|warned|agreed|pounded|urged|accused|condemned|summoned|struck|launched|denied|rejected|called|demanded|asked|insisted|claimed|announced|vowed|responded|retaliated)\b/u;
const GOV_BEFORE = /\b(?:by|urged|asked|warned|told|accused|summoned)\s+$/;

function candidateOf(m: PlaceMatch): PlaceCandidate {
  const e = m.entry;
  return {
    name: e.name,
    lat: e.lat,
    lon: e.lon,
    country: e.country,
    admin1: e.admin1,
    precision: m.precision,
    uncertainty_km: RADIUS[m.precision],
    population: e.population,
    source: 'GeoNames',
  };
}

/** Temporary place reader over `lookupPlace`: capitalised names, longest match first. */
export function createTemporaryPlaceReader(gazetteer: Gazetteer): PlaceReader {
  return (ctx: ArticleContext, sentence: Span) => {
    const seg = ctx.text.slice(sentence.start, sentence.end);
    const mentions: PlaceMention[] = [];
    const taken: Span[] = [];
    const free = (s: number, e: number) => !taken.some((t) => s < t.end && e > t.start);
    for (const org of gazetteer.organisations) {
      for (let i = seg.indexOf(org); i !== -1; i = seg.indexOf(org, i + 1)) {
        if (!free(i, i + org.length)) continue;
        taken.push({ start: i, end: i + org.length });
        mentions.push({
          text: org,
          span: { start: sentence.start + i, end: sentence.start + i + org.length },
          role: 'organisation',
          resolved: null,
          candidates: [],
          reviews: [],
        });
      }
    }
    // Capitalised names; a run of several capitalised words ("Jalil Abbas Jilani") is looked up
    // whole, after cutting it at "and" and possessives and dropping compass adjectives.
    const run =
      /(?<![\p{L}-])\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*)*(?:\s+(?:county|district|province|city|town|village|region))?/gu;
    const tryName = (name: string, s: number, wholeOnly: boolean): boolean => {
      const e = s + name.length;
      if (!name || STOP.has(name.toLowerCase()) || name.length < 3 || !free(s, e)) return false;
      let match: PlaceMatch | null = null;
      let review: Review | null = null;
      try {
        match = lookupPlace(name, gazetteer);
      } catch (err) {
        if (!(err instanceof PlaceError)) throw err;
        if (wholeOnly || !/^ambiguous/.test(err.message)) return false;
        review = {
          code: 'ambiguous_place',
          message: `"${name}" names several places: ${err.candidates.slice(0, 3).join('; ')}.`,
        };
      }
      const inDateline = ctx.dateline && sentence.start + s < ctx.dateline.span.end;
      const isState = match && (match.entry.kind === 'country' || match.entry.feature === 'PPLC');
      const gov = isState && (GOV_AFTER.test(seg.slice(e)) || GOV_BEFORE.test(seg.slice(0, s)));
      taken.push({ start: s, end: e });
      mentions.push({
        text: name,
        span: { start: sentence.start + s, end: sentence.start + e },
        role: inDateline ? 'dateline' : gov ? 'government' : 'place',
        resolved: match ? candidateOf(match) : null,
        candidates: [],
        reviews: review ? [review] : [],
      });
      return true;
    };
    for (const m of seg.matchAll(run)) {
      if (/\s/.test(m[0]) && tryName(m[0], m.index, true)) continue;
      for (const part of m[0].matchAll(
        /(?:(?:North|South|East|West)(?:ern|east|west|eastern|western)?\s+|Central\s+)*([^’']+?)(?:[’']s\b|\s+and\s+|$)/gu,
      )) {
        const name = (part[1] ?? '').trim();
        tryName(name, m.index + part.index + part[0].indexOf(name), false);
      }
    }
    mentions.sort((a, b) => a.span.start - b.span.start);
    const places = mentions.filter((p) => p.role === 'place' && (p.resolved || p.reviews.length));
    const rank = (p: PlaceMention) => (p.resolved ? PRECISION_RANK[p.resolved.precision] : 1.5);
    const best = [...places].sort((a, b) => rank(a) - rank(b))[0] ?? null;
    const rivals = places.filter(
      (p) =>
        best && p !== best && rank(p) === rank(best) && p.resolved?.name !== best.resolved?.name,
    );
    const reviews: Review[] =
      rivals.length && best
        ? [
            {
              code: 'several_places',
              message: `The sentence names several places (${[best, ...rivals].map((p) => `"${p.text}"`).join(', ')}); the first is used.`,
            },
          ]
        : [];
    return { mentions, event: best, origin: null, reviews };
  };
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
const DATELINE = new RegExp(
  `^\\s*([A-Z][A-Z .'-]+?)(?:,\\s*[A-Z][a-z]+)*,?\\s*(${MONTH})?\\s*(?:\\([^)]*\\))?\\s*[-—–:]\\s`,
);

/** Temporary dateline finder: "QUETTA, March 3 (Reuters) -" at the start of the text. */
export function temporaryFindDateline(text: string, published: string | null): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m || !m[1] || m[1].trim().length < 3) return null;
  const placeStart = m.index + m[0].indexOf(m[1]);
  let date: string | null = null;
  let dateSpan: Span | null = null;
  if (m[2]) {
    const at = m.index + m[0].indexOf(m[2]);
    dateSpan = { start: at, end: at + m[2].length };
    const ref = published ?? null;
    const parsed = chrono.en.parseDate(m[2], ref ? noonUtc(ref) : new Date(Date.UTC(2000, 0, 1)), {
      forwardDate: false,
    });
    date = ref && parsed ? parsed.toISOString().slice(0, 10) : null;
  }
  return {
    span: { start: m.index, end: m.index + m[0].length - 1 },
    place: m[1].trim(),
    placeSpan: { start: placeStart, end: placeStart + m[1].trim().length },
    date,
    dateSpan,
  };
}
