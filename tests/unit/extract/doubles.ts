// Test doubles of the extractor's readers: they know only the phrases a test lists, so a test
// of the assembly never depends on the real date and place rules.
import type { Readers } from '../../../src/core/extract/extract.ts';
import type {
  ArticleContext,
  DateMention,
  Dateline,
  PlaceCandidate,
  PlaceMention,
  Review,
  Span,
} from '../../../src/core/extract/types.ts';

/** A date phrase the fake reader knows: a fixed date, or days after the previous event. */
export interface FakeDate {
  date?: string | null;
  date_end?: string;
  precision?: DateMention['precision'];
  basis?: DateMention['basis'];
  /** Resolve against `ctx.previousEvent` plus this many days (null date when there is none). */
  afterPrevious?: number;
  reviews?: Review[];
}

/** A place name the fake reader knows. */
export interface FakePlace {
  role?: PlaceMention['role'];
  resolved?: Partial<PlaceCandidate> | null;
  reviews?: Review[];
}

function occurrences(text: string, span: Span, needle: string): Span[] {
  const out: Span[] = [];
  for (
    let i = text.indexOf(needle, span.start);
    i !== -1 && i + needle.length <= span.end;
    i = text.indexOf(needle, i + 1)
  ) {
    out.push({ start: i, end: i + needle.length });
  }
  return out;
}

function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Every `previousEvent` the fake date reader was called with, in call order. */
export type Calls = (DateMention | null)[];

/** A town candidate at the given point. */
export function town(
  name: string,
  lat: number,
  lon: number,
  country = 'PK',
  admin1 = 'Balochistan',
): Partial<PlaceCandidate> {
  return { name, lat, lon, country, admin1, precision: 'town', uncertainty_km: 5 };
}

/** A country candidate. */
export function country(
  name: string,
  lat: number,
  lon: number,
  iso: string,
): Partial<PlaceCandidate> {
  return { name, lat, lon, country: iso, admin1: null, precision: 'country', uncertainty_km: 700 };
}

/** Readers that know only `dates` and `places`; `calls` records each previousEvent seen. */
export function fakeReaders(
  dates: Record<string, FakeDate>,
  places: Record<string, FakePlace>,
  dateline: Dateline | null = null,
  calls: Calls = [],
): Readers {
  return {
    findDateline: () => dateline,
    dates: (ctx: ArticleContext, sentence: Span) => {
      calls.push(ctx.previousEvent);
      const mentions: DateMention[] = [];
      for (const [phrase, d] of Object.entries(dates)) {
        for (const span of occurrences(ctx.text, sentence, phrase)) {
          let date = d.date ?? null;
          if (d.afterPrevious !== undefined) {
            date = ctx.previousEvent?.date
              ? addDays(ctx.previousEvent.date, d.afterPrevious)
              : null;
          }
          mentions.push({
            text: phrase,
            span,
            date,
            ...(d.date_end ? { date_end: d.date_end } : {}),
            precision: date ? (d.precision ?? 'day') : null,
            basis: d.basis ?? (d.afterPrevious !== undefined ? 'anchor' : 'publication'),
            reviews: d.reviews ?? [],
          });
        }
      }
      mentions.sort((a, b) => a.span.start - b.span.start);
      return { mentions, event: mentions.find((m) => m.date) ?? mentions[0] ?? null, reviews: [] };
    },
    places: (ctx: ArticleContext, sentence: Span) => {
      const mentions: PlaceMention[] = [];
      for (const [name, p] of Object.entries(places)) {
        for (const span of occurrences(ctx.text, sentence, name)) {
          const resolved = p.resolved
            ? ({
                name,
                lat: 0,
                lon: 0,
                country: 'PK',
                admin1: null,
                precision: 'town',
                uncertainty_km: 5,
                population: null,
                source: 'test',
                ...p.resolved,
              } as PlaceCandidate)
            : null;
          mentions.push({
            text: name,
            span,
            role: p.role ?? 'place',
            resolved,
            candidates: [],
            reviews: p.reviews ?? [],
          });
        }
      }
      mentions.sort((a, b) => a.span.start - b.span.start);
      return {
        mentions,
        event: mentions.find((m) => m.role === 'place') ?? null,
        origin: null,
        reviews: [],
      };
    },
  };
}
