// The app's state: the dataset shown, the selection, hover, the chooser, the map view and the
// messages for the user. Components read it; the pure modules in src/core compute from it. The
// only side effect here is fetching the seed data files.
import { DataError, dataFileUrl, parseArticles, parseIncidents } from '../core/data.ts';
import type { IncidentColumns } from '../core/binaryLayout.ts';
import { Dataset } from '../core/dataset.ts';
import type { HashView } from '../core/hash.ts';
import type { Article, IncidentFeature } from '../core/types.ts';

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

/** Loading state, the dataset, what is selected and what the map shows. */
export class AppState {
  /** `loading` until the data files are in; `error` if any failed (see `errors`). */
  status = $state<'loading' | 'ready' | 'error'>('loading');
  /** Messages for the user naming the file and the fix. */
  errors = $state<string[]>([]);
  /** The dataset shown (seed articles, an import, synthetic), or null until one is loaded. */
  dataset = $state.raw<Dataset | null>(null);
  /** What a dataset being loaded is doing (e.g. "Generating 100,000 synthetic incidents"), or null. */
  progress = $state<string | null>(null);
  /**
   * Problems of the link (malformed time window, filters, incident, view), by the part of the
   * link they concern; shown until the link is corrected.
   */
  linkProblems = $state<Record<string, string>>({});
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
  /** Sorted index of the selected incident in the dataset, or -1. */
  selectedIndex = $derived(
    this.dataset && this.selectedId ? this.dataset.indexOfId(this.selectedId) : -1,
  );
  /** Sorted index of the hovered incident, or -1. */
  hoveredIndex = $derived(
    this.dataset && this.hoveredId ? this.dataset.indexOfId(this.hoveredId) : -1,
  );
  /** The selected incident, or null (also when the id names no incident). */
  selected = $derived<IncidentFeature | null>(
    this.dataset && this.selectedIndex >= 0 ? this.dataset.featureAt(this.selectedIndex) : null,
  );
  /** The article the selected incident cites, when the dataset has it. */
  article = $derived<Article | null>(
    this.selected?.properties.article
      ? (this.dataset?.articles.get(this.selected.properties.article) ?? null)
      : null,
  );
  /** Name of the dataset loaded in place of the seed articles, or null for the seeds. */
  datasetName = $derived(this.dataset?.name ?? null);
  #seed: Dataset | null = null;
  /** Builds the dataset shown over the seed articles (the user's own added), else null. */
  #extend: ((seed: Dataset) => Dataset) | null = null;
  /** Settles when the user's own articles are loaded; the seeds wait for it (deep links). */
  #hold: Promise<unknown> = Promise.resolve();

  /** The seed articles as shown: through `extendSeed`'s builder when one is set. */
  #seedShown(seed: Dataset): Dataset {
    return this.#extend ? this.#extend(seed) : seed;
  }

  /**
   * Shows the seed articles through `extend` from now on (the user's own incidents added to
   * them), rebuilding the dataset shown now if it is the seed articles.
   */
  extendSeed(extend: (seed: Dataset) => Dataset): void {
    this.#extend = extend;
    if (this.#seed && this.dataset?.base === this.#seed) this.dataset = extend(this.#seed);
  }

  /** The seed articles are shown only once `promise` settles (the user's own articles load). */
  holdSeedFor(promise: Promise<unknown>): void {
    this.#hold = promise.catch(() => undefined);
  }

  /**
   * Shows a loaded dataset in place of the seed articles. The selection stays if the new data has
   * it (a deep link loading `?synthetic=N`); the app drops it otherwise.
   */
  useDataset(name: string, columns: IncidentColumns, articles: readonly Article[] = []): void {
    this.chooser = null;
    this.reading = false;
    this.hoveredId = null;
    this.dataset = new Dataset(columns, { name, articles });
    this.progress = null;
    this.status = 'ready';
  }

  /** Back to the seed articles (fetched from `base` unless they were loaded before). */
  async backToSeed(base: string, fetchFn: typeof fetch = fetch): Promise<void> {
    this.select(null);
    this.hoveredId = null;
    if (this.#seed) {
      this.dataset = this.#seedShown(this.#seed);
      this.status = 'ready';
      return;
    }
    this.dataset = null;
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

  /** Names (or with null clears) a problem of the link's `part` ("time", "filters", …). */
  setLinkProblem(part: string, message: string | null): void {
    if ((this.linkProblems[part] ?? null) === message) return;
    const next = { ...this.linkProblems };
    if (message === null) delete next[part];
    else next[part] = message;
    this.linkProblems = next;
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
      this.#seed = Dataset.fromFeatures(incidents, { articles });
      await this.#hold;
      // A dataset loaded meanwhile wins; the seeds stay cached for "Back to the seed articles".
      if (this.dataset !== null) return;
      this.dataset = this.#seedShown(this.#seed);
      this.status = 'ready';
    } catch (e) {
      this.fail((e as Error).message, true);
    }
  }
}
