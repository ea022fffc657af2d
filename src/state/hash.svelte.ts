// Keeps the URL hash and the app state in step: restores view and selection on load and on
// `hashchange`, and writes them back (replaceState, so panning does not flood the history).
// Keys this module does not know (the time window's `from`/`to`) are kept untouched in `extra`.
// A change of the time window alone reaches the URL once the window has rested (see
// HASH_WINDOW_REST_MS); the state, and so the share menu's link, is current at once.
import { untrack } from 'svelte';
import { formatHash, parseHash, type HashState } from '../core/hash.ts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from './app.svelte.ts';

/**
 * How long the time window must rest before a change of it alone is written to the URL, in ms.
 * Rewriting the URL costs the browser far more than the app's own step (on the 2-core bench
 * machine each `history.replaceState` took ~15–25 ms of the browser process and ~45–70 ms of the
 * GPU process's compositing, issue 10), so a scrub rewrites the link once, when it pauses.
 */
export const HASH_WINDOW_REST_MS = 300;

/** The keys whose changes wait for HASH_WINDOW_REST_MS: the time window's. */
const RESTING_KEYS: ReadonlySet<string> = new Set(['from', 'to']);

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
    /** Rest before a window-only change is written (HASH_WINDOW_REST_MS; 0: at once). */
    private readonly restMs: number = HASH_WINDOW_REST_MS,
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

  /** The hash without the time window's keys: what must reach the URL at once. */
  #others(): string {
    const extra = this.extra.filter(([k]) => !RESTING_KEYS.has(k));
    return formatHash({ map: this.app.view, incident: this.app.selectedId, extra });
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
    /** A pending write of a window-only change. */
    let timer: ReturnType<typeof setTimeout> | null = null;
    /** `#others()` as last written to (or found in) the URL; null before the first write. */
    let writtenOthers: string | null = null;
    const write = (): void => {
      timer = null;
      const hash = this.current();
      writtenOthers = this.#others();
      if (hash !== this.location.hash && (hash || this.location.hash)) {
        const url = `${this.location.pathname}${this.location.search}${hash}`;
        this.history.replaceState(this.history.state, '', url);
      }
    };
    const stop = $effect.root(() => {
      $effect(() => {
        const hash = this.current();
        const others = this.#others();
        untrack(() => {
          if (timer !== null) clearTimeout(timer);
          timer = null;
          if (hash === this.location.hash) writtenOthers = others;
          else if (others === writtenOthers && this.restMs > 0)
            timer = setTimeout(write, this.restMs);
          else write();
        });
      });
    });
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      if (timer !== null) clearTimeout(timer);
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
