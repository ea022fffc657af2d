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

/** Loading state, the data, what is selected and what the map shows. */
export class AppState {
  /** `loading` until the data files are in; `error` if any failed (see `errors`). */
  status = $state<'loading' | 'ready' | 'error'>('loading');
  /** Messages for the user naming the file and the fix. */
  errors = $state<string[]>([]);
  /** Every incident, in file order. */
  incidents = $state.raw<IncidentFeature[]>([]);
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
  /** The selected incident, or null (also when the id names no incident). */
  selected = $derived(this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null);

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
      this.articles = indexArticles(articles);
      this.incidents = incidents;
      this.status = 'ready';
    } catch (e) {
      this.fail((e as Error).message, true);
    }
  }
}
