// The data contract between the pipeline (`npm run data`), importers and the app.
// `public/data/incidents.geojson` holds one Point feature per incident whose properties are
// `IncidentProperties`; `public/data/articles.json` holds `Article[]`.

/**
 * What kind of event an incident is. Documented in README ("Categories"). New categories are
 * appended, never inserted: binary datasets store the index.
 */
export const CATEGORIES = [
  'attack',
  'abduction',
  'release',
  'diplomacy',
  'statement',
  'protest',
] as const;
/** One of `CATEGORIES`. */
export type Category = (typeof CATEGORIES)[number];

/**
 * How exactly the date is known.
 * - `day`: the text names the day.
 * - `approximate`: the text hedges the day ("nearly 10 days ago", "mid-January 18").
 * - `range`: only bounds are known; `date`..`date_end`.
 * - `month` / `year`: only the month or year is known; `date` is its first day, `date_end` its last.
 */
export const DATE_PRECISIONS = ['day', 'approximate', 'range', 'month', 'year'] as const;
/** One of `DATE_PRECISIONS`. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How exactly the place is known, from finest to coarsest. A coarse incident sits at a
 * representative point of its area and must be drawn as an area, not a confident pin.
 * `border`: somewhere on the border between two named countries (appended last so binary
 * layouts keep their indices); drawn as that stretch of border (`border_line`), not a point.
 */
export const PLACE_PRECISIONS = [
  'point',
  'town',
  'county',
  'province',
  'country',
  'border',
] as const;
/** One of `PLACE_PRECISIONS`. */
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

/** Properties of one incident feature in `incidents.geojson`. */
export interface IncidentProperties {
  /** Stable id, unique across the dataset (e.g. `2018-mirjaveh-abduction`). */
  id: string;
  /** Short headline written by the curator; never stated as a quote. */
  title: string;
  category: Category;
  /** ISO date `YYYY-MM-DD` (start of the range for ranges). */
  date: string;
  /** ISO date, last day of a range; absent for single days. */
  date_end?: string;
  date_precision: DatePrecision;
  /** The verbatim phrase the date was derived from ("on November 15", "a day after"). */
  date_basis: string;
  /** Place as the text writes it ("Saravan county"). */
  place: string;
  place_precision: PlacePrecision;
  /** First-level administrative division (province) the point lies in, if any. */
  admin1: string | null;
  /** ISO 3166-1 alpha-2 country the point lies in. */
  country: string;
  /** Id of the article the excerpt comes from (`Article.id`); null for imported rows without text. */
  article: string | null;
  /** Verbatim excerpt of the article (or the source's notes for imports). */
  excerpt: string;
  /** UTF-16 offset of the excerpt in the article text; null when there is no article text. */
  excerpt_start: number | null;
  /** UTF-16 end offset (exclusive) of the excerpt; null when there is no article text. */
  excerpt_end: number | null;
  /**
   * Radius in km of the area the incident may lie anywhere in: 0 for `point`, larger for coarser
   * precision. The map draws it as a halo so a coarse place never looks like a confident pin.
   */
  uncertainty_km?: number;
  /** Id of the area feature (in `areas.geojson`) a province- or country-level incident covers. */
  area?: string;
  /**
   * Id of the border line (in `border.geojson`, e.g. `IR-PK`) a `border`-precision incident lies
   * anywhere along; the point is a representative point on that line.
   */
  border_line?: string;
  /** Distance from the point to the Iran–Pakistan border in km, rounded to 0.1. */
  border_km: number | null;
  /** Acting country (ISO alpha-2) of a cross-border action; the map draws an arc from it. */
  origin?: string;
  /** Target country (ISO alpha-2) of a cross-border action. */
  target?: string;
  /** [lon, lat] where the arc of a cross-border action starts, with `origin_place` naming it. */
  origin_point?: [number, number];
  /** The place the arc starts from, as the text writes it ("Tehran"). */
  origin_place?: string;
  /** Fatalities when the text gives them (a lower bound when `fatalities_basis` says "at least"). */
  fatalities?: number;
  /** The verbatim phrase the fatality count came from ("At least ten"). */
  fatalities_basis?: string;
  /** The outlet that published the source. */
  outlet?: string;
  /** Actors named by an imported dataset (ACLED actor1, actor2), in the dataset's order. */
  actors?: string[];
  /** Curator's note: why an override, disagreements with other sources, placement choices. */
  note?: string;
  /**
   * Every source that reports this incident, in the order they were added. The first is the one
   * the flat fields (`article`, `excerpt`, `excerpt_start`, `excerpt_end`, `outlet`) describe;
   * absent when the incident has a single source. Added when a second article on the same
   * incident is merged into it (the app's "Add article"; src/core/extract/mergeSources.ts).
   */
  sources?: IncidentSource[];
  /**
   * Only on a proposal from the user's own article that is not yet reviewed (the app's "Add
   * article"): the extractor's status and its reasons for review. Never written to data files.
   */
  draft?: DraftInfo;
}

/** One source of an incident: an article and the excerpt the incident rests on there. */
export interface IncidentSource {
  /** Id of the article (`Article.id`); null for imported rows without text. */
  article: string | null;
  /** Verbatim excerpt of that article. */
  excerpt: string;
  /** UTF-16 offsets of the excerpt in the article text; null when there is no article text. */
  excerpt_start: number | null;
  excerpt_end: number | null;
  /** The outlet that published it. */
  outlet?: string;
  /** Where it was published (`http(s)` only), when known. */
  url?: string;
}

/** What a draft (an unreviewed proposal) carries for the map, the list and the panel. */
export interface DraftInfo {
  /** `proposed`: date and place settled; `needs_review`: see `reasons`. */
  status: 'proposed' | 'needs_review';
  /** Why a person must look at it, in plain words (empty when `proposed`). */
  reasons: { code: string; message: string }[];
}

/** A GeoJSON Point feature carrying one incident. */
export interface IncidentFeature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: IncidentProperties;
}

/** The whole `incidents.geojson` file. */
export interface IncidentCollection {
  type: 'FeatureCollection';
  features: IncidentFeature[];
}

/** One article as published in `articles.json`. */
export interface Article {
  id: string;
  /** Outlet that published it; "unknown" when the text does not name one. */
  outlet: string;
  /** Headline if known, else null. */
  title: string | null;
  /** ISO publication date `YYYY-MM-DD`. */
  published: string;
  /** How the publication date was established from the content. */
  published_basis: string;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  /** The article text, byte-identical to its source file. */
  text: string;
  /** Where the text came from (file name of the seed). */
  source_file?: string;
  /** Where it was published (`http(s)` only), for the user's own articles. */
  url?: string;
}
