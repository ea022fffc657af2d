// The extractor's contract: what it proposes for an article and why. Pure types, shared by the
// date rules (dates/), the place rules (places/), the assembly (extract.ts), the CLI
// (`npm run extract`), the evaluation (`npm run extract:eval`) and the app's review flow.
import type { Category, DatePrecision, PlacePrecision } from '../types.ts';

/** A half-open span `[start, end)` of the article text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Why a proposal needs a person to look at it. The code is stable (tests, UI filters); the
 * message says what the text does and does not settle, in words a journalist understands.
 */
export type ReviewCode =
  /** No date phrase in the sentence or its neighbours, or none that resolves. */
  | 'no_date'
  /** A relative date ("on Monday", "two weeks ago") with no publication date or dateline. */
  | 'no_date_anchor'
  /** "Friday, 12 May": the weekday and the date disagree in the year that fits. */
  | 'weekday_mismatch'
  /** Two or more dates compete for the event and the rules do not settle which. */
  | 'several_dates'
  /** The date resolves after the publication date. */
  | 'date_after_publication'
  /** No place in the sentence, or only a country. */
  | 'no_place'
  /** A name with several gazetteer entries that rank alike; `candidates` lists them. */
  | 'ambiguous_place'
  /** The name matched a gazetteer entry only by a spelling variant or a typo. */
  | 'typo_match'
  /** The place named is unknown; the proposal falls back to its district or province. */
  | 'fallback_admin'
  /** Two or more places compete for the event. */
  | 'several_places'
  /** The place is a country only (or a border between two countries). */
  | 'coarse_place'
  /** The category could not be told from the sentence. */
  | 'unclear_category'
  /** Anything else, explained in the message. */
  | 'other';

/** One reason for review. */
export interface Review {
  code: ReviewCode;
  /** Plain-language explanation, naming the phrase at fault ("'on Friday' …"). */
  message: string;
}

/** A date the text states, found in a sentence, with how it resolved. */
export interface DateMention {
  /** The phrase as written ("on mid-January 18", "two weeks ago"), and where it is. */
  text: string;
  span: Span;
  /** Resolved date, or null when the phrase does not settle one. */
  date: string | null;
  /** Last day for ranges, months and years. */
  date_end?: string;
  precision: DatePrecision | null;
  /** How the phrase was read: against publication, a dateline, another date, or on its own. */
  basis: 'absolute' | 'publication' | 'dateline' | 'anchor';
  /** Reasons this mention cannot be trusted as it stands. */
  reviews: Review[];
  /**
   * How the sentence uses the date (set by the date reader): `event` says when something
   * happened; `report` dates a statement or report ("said on Tuesday", "at a press conference on
   * Monday"), which is the event only for a statement or a meeting; `qualifier` qualifies
   * something else ("Sunday's attack", "the 2018 abduction", "since 2019").
   */
  role?: 'event' | 'report' | 'qualifier';
  /**
   * "The blast … came one day after the army said …": the phrase dates what it counts from (the
   * army's statement), a step before the event the sentence refers to.
   */
  datesAnchor?: boolean;
}

/** A gazetteer place as offered to the user: the chosen one or an alternative. */
export interface PlaceCandidate {
  /** Gazetteer name ("Sarāvān"). */
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Province, null for a country. */
  admin1: string | null;
  precision: PlacePrecision;
  /** Radius in km the incident may lie anywhere within. */
  uncertainty_km: number;
  /** Population when known, to help a person choose. */
  population: number | null;
  /** Where the entry comes from ("GeoNames", "curated crossing: <source>"). */
  source: string;
  /**
   * For `border` precision: id of the border line in `border.geojson` (`IR-PK`) the place lies
   * anywhere along; `country` is then the first of the two countries.
   */
  border_line?: string;
  /** A stretch of road between two named places ("the Khash–Zahedan road"), at its midpoint. */
  road?: boolean;
  /**
   * A district or county named as the place itself, whose radius is that of its published area:
   * the text claims no more than the division, and the division's extent is known.
   */
  whole_division?: boolean;
  /**
   * A district or county whose extent is not known offline (no published area curated): drawn
   * with the default county radius, which it may well exceed.
   */
  division_size_unknown?: boolean;
}

/** A place the text names, found in a sentence, with how it resolved. */
export interface PlaceMention {
  /** The phrase as written ("the outskirts of Panjgur"), and where it is. */
  text: string;
  span: Span;
  /**
   * What the name stands for here. Only `place` can locate an incident: a capital standing for
   * its government ("Islamabad said"), an organisation or agency, or a dateline city is not
   * where the incident happened.
   */
  role: 'place' | 'government' | 'organisation' | 'dateline';
  /**
   * The sentence names no place and points back ("there", "the town") or follows one naming a
   * single place: this mention is that earlier phrase, and `span` is where it stands.
   */
  carried?: boolean;
  /** The resolved place, or null when the name does not settle one. */
  resolved: PlaceCandidate | null;
  /** Other entries a person may choose instead (ambiguous names, typo matches). */
  candidates: PlaceCandidate[];
  reviews: Review[];
}

/** One proposed incident, named like the pipeline's properties wherever they coincide. */
export interface Proposal {
  /** Stable within the article: `<article-id>-<n>` or a slug of the title. */
  id: string;
  status: 'proposed' | 'needs_review';
  /** Empty when `status` is `proposed`. */
  reasons: Review[];
  /** Short headline written by the extractor (never presented as a quote). */
  title: string;
  category: Category;
  /** The sentence(s) the incident rests on, verbatim, and their span. */
  excerpt: string;
  excerpt_start: number;
  excerpt_end: number;
  date: string | null;
  date_end?: string;
  date_precision: DatePrecision | null;
  /** The verbatim date phrase, and its span. */
  date_basis: string | null;
  date_span: Span | null;
  /** The place as written, its span, and what it resolved to. */
  place: string | null;
  place_span: Span | null;
  resolved_place: string | null;
  lat: number | null;
  lon: number | null;
  place_precision: PlacePrecision | null;
  admin1: string | null;
  country: string | null;
  uncertainty_km: number | null;
  /** For `border` precision: the line in `border.geojson` (`IR-PK`) the place lies along. */
  border_line?: string;
  /** Alternatives a person can pick instead of the resolved place. */
  candidates: PlaceCandidate[];
  /** Organisations, forces and groups the sentence names (never places). */
  actors: string[];
  fatalities?: number;
  /** The verbatim phrase the count came from ("at least ten"). */
  fatalities_basis?: string;
  /** Cross-border actions: acting and target country (ISO2), and where the action started. */
  origin?: string;
  target?: string;
  origin_place?: string;
}

/** What the extractor is given besides the text. */
export interface ExtractOptions {
  /** Publication date (ISO); without it a dateline date anchors, else relative dates need review. */
  published?: string | null;
  /** Article id, used to number proposals. */
  articleId?: string;
}

/** A dateline opening the article ("QUETTA, March 3 (Reuters) -"): where and when it was filed. */
export interface Dateline {
  /** The whole dateline, up to and including its dash. */
  span: Span;
  /** The city as written, and where; null when the dateline names none. */
  place: string | null;
  placeSpan: Span | null;
  /** The filing date it resolves to (ISO), and where; null when it gives none. */
  date: string | null;
  dateSpan: Span | null;
}

/** What is known about the article as a whole while one sentence is read. */
export interface ArticleContext {
  /** The whole article text; every span indexes it. */
  text: string;
  /** Publication date (ISO), or null when unknown. */
  published: string | null;
  /** The article's dateline, or null. */
  dateline: Dateline | null;
  /**
   * The event date of the previous incident in the article, for phrases that hang on it ("a day
   * after", "the next day", "It comes a day after …"); null for the first.
   */
  previousEvent: DateMention | null;
}

/** The dates of one sentence and the one its event happened on. */
export interface SentenceDates {
  mentions: DateMention[];
  /** The event's date (not the report's or the statement's), or null when none settles it. */
  event: DateMention | null;
  reviews: Review[];
  /**
   * When the event's date was told from a follow-up's ("the police chief on Sunday demanded
   * action against militants who abducted guards on Thursday in Jakigour"): the stretch from the
   * incident word to the next verb after its date, where the incident's place must lie.
   */
  incident?: Span;
}

/** The places of one sentence and the one its event happened at. */
export interface SentencePlaces {
  mentions: PlaceMention[];
  /** Where the event happened, or null when the sentence does not say. */
  event: PlaceMention | null;
  /** For a cross-border action: where it started, when the text names it. */
  origin: PlaceMention | null;
  reviews: Review[];
  /** Capitalised names after "in" or "at" that the gazetteer does not know ("the Mughalgai area"). */
  unknown?: Span[];
}

/** Reads the dates of one sentence (src/core/extract/dates.ts implements it). */
export type DateReader = (ctx: ArticleContext, sentence: Span) => SentenceDates;

/** Reads the places of one sentence, bound to a gazetteer (src/core/extract/places.ts). */
export type PlaceReader = (ctx: ArticleContext, sentence: Span) => SentencePlaces;
