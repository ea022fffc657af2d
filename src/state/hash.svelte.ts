// Keeps the URL hash and the app state in step: restores view and selection on load and on
// `hashchange`, and writes them back (replaceState, so panning does not flood the history).
// Keys this module does not know (the time window's `from`/`to`) are kept untouched in `extra`.
import { formatHash, parseHash, type HashState } from '../core/hash.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from './app.svelte.ts';

/** The hash as last read or written; other features read and set their keys in `extra`. */
export class HashSync {
  /** View found in the hash at start-up (null when absent or malformed). */
  readonly initial: HashState;
  /** Keys other than `map` and `incident`, kept and written back. */
  extra = $state<[string, string][]>([]);

  constructor(
    private readonly app: AppState,
    private readonly location: Location = window.location,
    private readonly history: History = window.history,
  ) {
    this.initial = parseHash(location.hash);
    this.extra = this.initial.extra;
    if (this.initial.incident) app.selectedId = this.initial.incident;
    // Keep the link's view in the hash until the map reports its own.
    if (this.initial.map) app.view = this.initial.map;
  }

  /** The current value of an extra key, or null. */
  get(key: string): string | null {
    return this.extra.find(([k]) => k === key)?.[1] ?? null;
  }

  /**
   * Sets (or with null removes) an extra key. An existing key keeps its place, so `from` stays
   * before `to` as the window moves; a new key goes at the end.
   */
  set(key: string, value: string | null): void {
    if (value === null) {
      this.extra = this.extra.filter(([k]) => k !== key);
    } else if (this.extra.some(([k]) => k === key)) {
      this.extra = this.extra.map(([k, v]) => [k, k === key ? value : v]);
    } else {
      this.extra = [...this.extra, [key, value]];
    }
  }

  /** The hash the state should show now. */
  current(): string {
    return formatHash({ map: this.app.view, incident: this.app.selectedId, extra: this.extra });
  }

  /**
   * Starts syncing: listens to `hashchange` and writes the hash whenever the state changes.
   * Call inside an `$effect`; returns the teardown.
   */
  start(): () => void {
    const onHashChange = () => {
      if (this.location.hash === this.current()) return;
      const next = parseHash(this.location.hash);
      this.extra = next.extra;
      if (next.incident !== this.app.selectedId) this.app.select(next.incident);
      this.onView?.(next.map);
    };
    window.addEventListener('hashchange', onHashChange);
    const stop = $effect.root(() => {
      $effect(() => {
        const hash = this.current();
        if (hash !== this.location.hash && (hash || this.location.hash)) {
          const url = `${this.location.pathname}${this.location.search}${hash}`;
          this.history.replaceState(this.history.state, '', url);
        }
      });
    });
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      stop();
    };
  }

  /** Called when a changed hash names a view the map should move to (set by the map owner). */
  onView: ((view: HashState['map']) => void) | null = null;

  /**
   * Moves the map `getMap` returns (once it exists) to every view a changed hash names; returns
   * the teardown (for an `$effect`).
   */
  followView(getMap: () => MapLibreMap | null): () => void {
    this.onView = (v) => {
      const map = getMap();
      if (v && map) map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom });
    };
    return () => (this.onView = null);
  }
}
