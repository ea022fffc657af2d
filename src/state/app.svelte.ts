// The app's state: the loaded data, the selection and the map view. Components read it; the pure
// modules in src/core compute from it. The only side effect here is fetching the data files.
import {
  DataError,
  dataFileUrl,
  indexArticles,
  indexIncidents,
  parseArticles,
  parseIncidents,
} from '../core/data.ts';
import { featureAt, type IncidentColumns } from '../core/binaryLayout.ts';
import { LARGE_DATASET, largeIndexOfId } from '../core/dataset.ts';
import type { HashView } from '../core/hash.ts';
import type { IncidentStore } from '../core/incidentStore.ts';
import type { Article, IncidentFeature } from '../core/types.ts';
import { storeFromColumns } from '../scale/windowRange.ts';

/** Where the data files live, relative to the page (the build uses a relative base). */
export const DATA_DIR = 'data/';

/** Data files the app fetches itself; the basemap layers are fetched by the map. */
export const DATA_FILES = { incidents: 'incidents.geojson', articles: 'articles.json' } as const;

/** A chooser for markers that overlap at the clicked spot. */
export interface Chooser {
  /** Incident ids under the click, nearest first. */
  ids: string[];
  /** Where to show it, in pixels from the map's top-left corner. */
  x: number;
  y: number;
}

/** A large dataset: its sorted columns and the date-sorted store over them (same order). */
export interface LargeData {
  columns: IncidentColumns;
  store: IncidentStore;
}

/** Loading state, the data, what is selected and what the map shows. */
export class AppState {
  /** `loading` until the data files are in; `error` if any failed (see `errors`). */
  status = $state<'loading' | 'ready' | 'error'>('loading');
  /** Messages for the user naming the file and the fix. */
  errors = $state<string[]>([]);
  /** Every incident, in file order (empty for a large dataset: see `large`). */
  incidents = $state.raw<IncidentFeature[]>([]);
  /** A large dataset (more than `LARGE_DATASET` incidents) as columns, or null. */
  large = $state.raw<LargeData | null>(null);
  /** Name of the dataset loaded in place of the seed articles, or null for the seeds. */
  datasetName = $state<string | null>(null);
  /** What a dataset being loaded is doing (e.g. "Generating 100,000 synthetic incidents"), or null. */
  progress = $state<string | null>(null);
  /** The link's problem (e.g. a malformed time window), shown until the link is corrected. */
  linkError = $state<string | null>(null);
  /** Articles by id. */
  articles = $state.raw<ReadonlyMap<string, Article>>(indexArticles([]));
  /** Id of the selected incident, or null. */
  selectedId = $state<string | null>(null);
  /** Id of the incident under the pointer or keyboard focus (map marker or list item), or null. */
  hoveredId = $state<string | null>(null);
  /** True while the panel shows the full article instead of the incident details. */
  reading = $state(false);
  /** Open overlap chooser, or null. */
  chooser = $state.raw<Chooser | null>(null);
  /** The map's current view (kept in the URL hash). */
  view = $state.raw<HashView | null>(null);
  /** Incidents by id. */
  byId = $derived(indexIncidents(this.incidents));
  /** Sorted index of the selected incident in a large dataset, or -1. */
  selectedIndex = $derived(
    this.large && this.selectedId ? largeIndexOfId(this.large.store, this.selectedId) : -1,
  );
  /** The selected incident, or null (also when the id names no incident). */
  selected = $derived(
    this.large
      ? this.selectedIndex >= 0
        ? featureAt(this.large.columns, this.selectedIndex)
        : null
      : this.selectedId
        ? (this.byId.get(this.selectedId) ?? null)
        : null,
  );
  /** Number of incidents in the dataset shown. */
  total = $derived(this.large ? this.large.columns.count : this.incidents.length);
  #seed: { incidents: IncidentFeature[]; articles: ReadonlyMap<string, Article> } | null = null;

  /**
   * Shows a loaded dataset in place of the seed articles: a large one as columns (GPU layer,
   * virtual list), a small one as features (the seeds' MapLibre layers). The selection stays if
   * the new data has it (a deep link loading `?synthetic=N`); the app drops it otherwise.
   */
  useDataset(name: string, columns: IncidentColumns): void {
    this.chooser = null;
    this.reading = false;
    this.hoveredId = null;
    this.articles = indexArticles([]);
    if (columns.count > LARGE_DATASET) {
      this.incidents = [];
      this.large = { columns, store: storeFromColumns(columns) };
    } else {
      this.large = null;
      this.incidents = Array.from({ length: columns.count }, (_, i) => featureAt(columns, i));
    }
    this.datasetName = name;
    this.progress = null;
    this.status = 'ready';
  }

  /** Back to the seed articles (fetched from `base` unless they were loaded before). */
  async backToSeed(base: string, fetchFn: typeof fetch = fetch): Promise<void> {
    this.select(null);
    this.hoveredId = null;
    this.large = null;
    this.datasetName = null;
    if (this.#seed) {
      this.incidents = this.#seed.incidents;
      this.articles = this.#seed.articles;
      this.status = 'ready';
      return;
    }
    await this.load(base, fetchFn);
  }

  /** Selects an incident (or clears the selection with null) and closes the chooser. */
  select(id: string | null): void {
    this.selectedId = id;
    this.reading = false;
    this.chooser = null;
  }

  /**
   * Records a message for the user. `fatal` (the incidents or articles failed) also sets `status`
   * to `error`; a basemap layer that fails leaves the incidents usable.
   */
  fail(message: string, fatal = false): void {
    if (!this.errors.includes(message)) this.errors = [...this.errors, message];
    if (fatal) this.status = 'error';
  }

  /** Fetches and checks the incidents and articles from `base` (a URL ending in `/`). */
  async load(base: string, fetchFn: typeof fetch = fetch): Promise<void> {
    const get = async (file: string): Promise<string> => {
      const url = dataFileUrl(file, base);
      let res: Response;
      try {
        res = await fetchFn(url);
      } catch (e) {
        throw new DataError(
          `${DATA_DIR}${file}`,
          `could not be fetched (${(e as Error).message}).`,
        );
      }
      if (!res.ok) {
        throw new DataError(
          `${DATA_DIR}${file}`,
          `could not be loaded (HTTP ${res.status}). Generate the data with \`npm run data\` and rebuild.`,
        );
      }
      return res.text();
    };
    try {
      const [incidentsText, articlesText] = await Promise.all([
        get(DATA_FILES.incidents),
        get(DATA_FILES.articles),
      ]);
      const incidents = parseIncidents(incidentsText, `${DATA_DIR}${DATA_FILES.incidents}`);
      const articles = parseArticles(articlesText, `${DATA_DIR}${DATA_FILES.articles}`);
      this.#seed = { incidents, articles: indexArticles(articles) };
      // A dataset loaded meanwhile wins; the seeds stay cached for "Back to the seed articles".
      if (this.datasetName !== null) return;
      this.articles = this.#seed.articles;
      this.incidents = incidents;
      this.status = 'ready';
    } catch (e) {
      this.fail((e as Error).message, true);
    }
  }
}
