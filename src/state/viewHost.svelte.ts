// Hosts the ViewState (filters + time window) and the SearchState of the dataset shown: one of
// each per dataset, made when it is ready, torn down when another replaces it, synced with the
// URL hash. `shown` is never a stale view during a switch.
import { untrack } from 'svelte';
import { toggleShown } from '../core/filter/filters.ts';
import { openingWindow } from '../core/time/openingWindow.ts';
import { CATEGORIES, type Category } from '../core/types.ts';
import type { AppState } from './app.svelte.ts';
import type { HashSync } from './hash.svelte.ts';
import { SearchState } from './search.svelte.ts';
import { ViewState } from './view.svelte.ts';
import { syncViewWithHash } from './viewHash.svelte.ts';

/** The view and search of the dataset the app shows. */
export class ViewHost {
  /** The latest view made (may still belong to the previous dataset for a moment). */
  view = $state.raw<ViewState | null>(null);
  /** Free-text search of the view's dataset (its index is freed with the view). */
  search = $state.raw<SearchState | null>(null);
  /** The view over the dataset shown, or null while a dataset is loading or being switched. */
  readonly shown: ViewState | null;
  readonly #app: AppState;
  readonly #hash: HashSync;

  constructor(app: AppState, hash: HashSync) {
    this.#app = app;
    this.#hash = hash;
    this.shown = $derived(this.view && this.view.dataset === app.dataset ? this.view : null);
  }

  /**
   * Starts hosting: a new view and search for each dataset that becomes ready (a large one on a
   * recent window, core/time/openingWindow.ts), the link's time window and filters applied to it, stepping that continues from the selection. Call inside an
   * `$effect`; returns the teardown.
   */
  attach(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const dataset = this.#app.dataset;
        if (this.#app.status !== 'ready' || !dataset) return;
        // A large dataset opens on a recent window; a window in the link still wins (the hash
        // sync below applies it at once).
        const v = untrack(
          () =>
            new ViewState(dataset, { window: openingWindow(dataset.count, dataset.store.extent) }),
        );
        const s = untrack(() => new SearchState(v));
        this.view = v;
        this.search = s;
        const stop = syncViewWithHash(v, this.#hash, (part, message) =>
          this.#app.setLinkProblem(part, message),
        );
        return () => {
          stop();
          s.destroy();
          v.time.destroy();
          this.search = null;
          this.view = null;
        };
      });
      // Stepping from a window over all the data continues from the selected incident.
      $effect(() => {
        const v = this.shown;
        if (v) {
          const i = this.#app.selectedIndex;
          v.time.selectedDays = i >= 0 ? v.daysOf(i) : null;
        }
      });
    });
  }

  /** The legend's category boxes: shows or hides one category (the category filter). */
  toggleCategory(category: Category): void {
    const v = this.shown;
    if (!v) return;
    const f = v.filters;
    v.setFilters({ ...f, categories: toggleShown(f.categories, category, CATEGORIES) });
    this.#app.setLinkProblem('filters', null);
  }

  /** Any input outside the time control (map move, list, marker click) stops playback. */
  userInput(): void {
    this.shown?.time.userInput();
  }
}
