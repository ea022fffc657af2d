// Switching datasets: the seed articles, a file the user loaded, or `?synthetic=N&seed=S`. Each
// switch drops what belonged to the previous dataset from the link (time window, filters,
// `?synthetic`) and keeps the selection only when the new data has it.
import type { IncidentColumns } from '../core/binaryLayout.ts';
import { FILTER_KEYS } from '../core/filter/hashFilters.ts';
import type { SyntheticRegion } from '../core/synthetic.ts';
import { syntheticFromSearch } from '../core/syntheticRequest.ts';
import type { AppState } from './app.svelte.ts';
import type { HashSync } from './hash.svelte.ts';

/**
 * Loads and switches datasets for one app. Every switch starts a new generation: a load that
 * finishes after a later switch is dropped, so exactly one dataset is ever shown.
 */
export class DatasetSwitch {
  #generation = 0;
  /** Stops the synthetic generation in progress (its worker), if any. */
  #pending: AbortController | null = null;

  constructor(
    private readonly app: AppState,
    private readonly hash: HashSync,
    /** Folder of the seed data files (absolute URL ending in `/`). */
    private readonly base: string,
  ) {}

  /** The first dataset: `?synthetic=N&seed=S` when the link asks for it, else the seed articles. */
  start(search: string): void {
    const synthetic = syntheticFromSearch(search);
    if (synthetic && typeof synthetic === 'object') {
      void this.loadSynthetic(synthetic.count, synthetic.seed, synthetic.region);
      return;
    }
    if (typeof synthetic === 'string') this.app.fail(synthetic);
    void this.app.load(this.base);
  }

  /** Generates synthetic incidents in the dataset worker (lazy-loaded) and shows them. */
  async loadSynthetic(
    count: number,
    seed: number,
    region: SyntheticRegion = 'border',
  ): Promise<void> {
    const generation = this.#next();
    const pending = new AbortController();
    this.#pending = pending;
    const where = region === 'world' ? ' worldwide' : '';
    const name = `${count.toLocaleString('en')} synthetic incidents${where} (seed ${seed})`;
    this.app.progress = `Generating ${name}…`;
    try {
      const { loadDataset } = await import('../scale/loadDataset.ts');
      const { columns } = await loadDataset(
        { kind: 'synthetic', count, seed, region },
        undefined,
        pending.signal,
      );
      if (generation !== this.#generation) return;
      this.app.useDataset(name, columns);
    } catch (e) {
      if (generation !== this.#generation) return;
      this.app.progress = null;
      this.app.fail(`Synthetic incidents could not be generated (${(e as Error).message}).`);
      void this.app.load(this.base);
    }
  }

  /** A dataset from the picker replaces the data shown. */
  show(columns: IncidentColumns, name: string): void {
    this.#next();
    this.#leave();
    this.app.progress = null;
    this.app.select(null);
    this.app.useDataset(name, columns);
  }

  /** Back to the seed articles (also while another dataset is still being generated). */
  backToSeed(): void {
    this.#next();
    this.#leave();
    this.app.progress = null;
    void this.app.backToSeed(this.base);
  }

  /**
   * Tries again after the seed data failed to load (a network error, a truncated file): clears
   * the messages and fetches the seed articles anew.
   */
  retry(): void {
    this.#next();
    this.app.errors = [];
    this.app.status = 'loading';
    void this.app.load(this.base);
  }

  /**
   * What "Try again" does under the banner, or null when nothing failed: the seed data fetched
   * anew when it failed to load, else a reload (a basemap layer that failed).
   */
  retryAction(): (() => void) | null {
    if (this.app.status === 'error') return () => this.retry();
    return this.app.errors.length ? () => window.location.reload() : null;
  }

  /** Starts a new generation: a load still running is stopped, and its result would be dropped. */
  #next(): number {
    this.#pending?.abort();
    this.#pending = null;
    return ++this.#generation;
  }

  /** Drops what belongs to the previous dataset from the link: window, filters, `?synthetic`. */
  #leave(): void {
    for (const key of ['from', 'to', ...Object.values(FILTER_KEYS)]) this.hash.set(key, null);
    this.app.linkProblems = {};
    const url = new URL(window.location.href);
    if (url.searchParams.has('synthetic') || url.searchParams.has('seed')) {
      url.searchParams.delete('synthetic');
      url.searchParams.delete('seed');
      url.searchParams.delete('region');
      window.history.replaceState(
        window.history.state,
        '',
        `${url.pathname}${url.search}${url.hash}`,
      );
    }
  }
}
