// One store for every dataset the app shows: the seed articles, the user's own articles, an ACLED
// import or synthetic incidents all become the same sorted columns (binaryLayout.ts) with an
// IncidentStore over them in the same order. Features that need incidents (list, panel, filters,
// search, export) read them here by sorted index; only the map chooses a renderer by size.
// Pure: no DOM, no map.
import { columnsFromFeatures, featureAt, type IncidentColumns } from './binaryLayout.ts';
import { unpackId } from './facets.ts';
import { IncidentStore } from './incidentStore.ts';
import type { Article, IncidentFeature } from './types.ts';

/** Datasets with more incidents than this are drawn by the large-dataset (GPU) layer. */
export const LARGE_DATASET = 5000;

/** How many decoded incidents a large dataset keeps (rows in view, the selection, hover). */
const FEATURE_CACHE = 2000;

const SYNTHETIC_ID = /^synthetic-(0|[1-9]\d*)$/;

/** A dataset: sorted columns, the time store over them, its articles and its name. */
export class Dataset {
  /** Sorted index `i` everywhere means the i-th incident in date order (then id). */
  readonly columns: IncidentColumns;
  /** Date-sorted store over the columns, same order. */
  readonly store: IncidentStore;
  /** Articles the incidents cite, by id (empty for imports without text). */
  readonly articles: ReadonlyMap<string, Article>;
  /** What the user loaded ("acled-2024.csv"), or null for the seed articles. */
  readonly name: string | null;
  /**
   * The dataset this one extends (the seed articles, when the user's own incidents are added to
   * them), or itself: the map keeps its view while only the user's incidents change.
   */
  readonly base: Dataset;
  #idIndex: Map<string, number> | null = null;
  #cache = new Map<number, IncidentFeature>();

  constructor(
    columns: IncidentColumns,
    options: { name?: string | null; articles?: readonly Article[]; base?: Dataset } = {},
  ) {
    this.columns = columns;
    this.name = options.name ?? null;
    this.base = options.base ?? this;
    this.articles = new Map((options.articles ?? []).map((a) => [a.id, a]));
    this.store = new IncidentStore({
      start: columns.start,
      end: columns.end,
      lon: columns.lon,
      lat: columns.lat,
      precision: columns.datePrecision,
    });
  }

  /** A dataset of features (sorted here) and the articles they cite. */
  static fromFeatures(
    features: readonly IncidentFeature[],
    options: { name?: string | null; articles?: readonly Article[]; base?: Dataset } = {},
  ): Dataset {
    return new Dataset(columnsFromFeatures(features), options);
  }

  /** Number of incidents. */
  get count(): number {
    return this.columns.count;
  }

  /** True when the GPU layer draws it (more than `LARGE_DATASET` incidents). */
  get large(): boolean {
    return this.columns.count > LARGE_DATASET;
  }

  /** Id of sorted incident `i`: its own id, or `synthetic-<i>` for generated data. */
  idOf(i: number): string {
    const c = this.columns;
    if (c.ids) return unpackId(c.ids, i);
    if (c.details) return this.featureAt(i).properties.id;
    return `synthetic-${i}`;
  }

  /** Sorted index of the incident with this id, or -1 (an index is built on first use). */
  indexOfId(id: string): number {
    const c = this.columns;
    if (!c.ids && !c.details) {
      const m = SYNTHETIC_ID.exec(id);
      const i = m ? Number(m[1]) : -1;
      return i >= 0 && i < c.count ? i : -1;
    }
    if (!this.#idIndex) {
      this.#idIndex = new Map();
      for (let i = 0; i < c.count; i++) this.#idIndex.set(this.idOf(i), i);
    }
    return this.#idIndex.get(id) ?? -1;
  }

  /** The full incident at sorted index `i` (decoded once, then cached). */
  featureAt(i: number): IncidentFeature {
    let f = this.#cache.get(i);
    if (f) return f;
    f = featureAt(this.columns, i);
    if (this.large && this.#cache.size >= FEATURE_CACHE) {
      this.#cache.delete(this.#cache.keys().next().value!);
    }
    this.#cache.set(i, f);
    return f;
  }

  /** Every incident, decoded (small datasets only: the MapLibre layers and exports use it). */
  features(): IncidentFeature[] {
    return Array.from({ length: this.count }, (_, i) => this.featureAt(i));
  }
}

/** `[[w, s], [e, n]]` around every incident of the columns, or null when empty. O(n), once. */
export function columnBounds(cols: IncidentColumns): [[number, number], [number, number]] | null {
  if (cols.count === 0) return null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < cols.count; i++) {
    const x = cols.lon[i]!;
    const y = cols.lat[i]!;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [
    [w, s],
    [e, n],
  ];
}
