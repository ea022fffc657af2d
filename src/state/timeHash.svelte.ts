// The time window in the link: the hash's `from`/`to` set the window, and the window writes them
// back (TimeState holds the window; this keeps it and the URL in step).
import { untrack } from 'svelte';
import { describeHashWindowProblem, type HashWindowProblem } from '../core/time/hashWindow';
import { sameWindow } from '../core/time/window';
import type { TimeState } from './time.svelte.ts';

/** The URL-hash keys a feature can read and write (`HashSync` in hash.svelte.ts fits). */
export interface HashKeys {
  /** Current value of a key, or null. */
  get(key: string): string | null;
  /** Set a key, or remove it with null. */
  set(key: string, value: string | null): void;
}

/**
 * How long the window must rest before a change is written to the hash, in ms. Rewriting the URL
 * costs the browser far more than the app's own step (on the 2-core bench machine each
 * `history.replaceState` took ~15–25 ms of the browser process and ~45–70 ms of the GPU process's
 * compositing, issue 10), so a scrub writes the link once, when it pauses, not on every step.
 */
export const HASH_WINDOW_REST_MS = 300;

/**
 * Keep the window and the hash's `from`/`to` in step: the hash sets the window on start and on
 * every change (a malformed or out-of-range window is reported through `onproblem`, with the
 * kind of problem, and the window used is written back at once); the window writes the hash
 * once it has rested for `restMs` after a change (HASH_WINDOW_REST_MS), never while playing
 * (once playback stops). The window it opened on (`home`: all the data, unless a large dataset
 * opened on a recent window) removes the keys. Returns the teardown.
 */
export function syncTimeWithHash(
  time: TimeState,
  hash: HashKeys,
  onproblem?: (message: string, problem: Exclude<HashWindowProblem, null>) => void,
  restMs = HASH_WINDOW_REST_MS,
): () => void {
  let started = false;
  return $effect.root(() => {
    $effect(() => {
      const from = hash.get('from');
      const to = hash.get('to');
      untrack(() => {
        const problem = time.restoreFromHash(from, to);
        const message = describeHashWindowProblem(from, to, problem, time.extent);
        if (message && problem) onproblem?.(message, problem);
      });
    });
    $effect(() => {
      if (time.playing) return;
      const home = sameWindow(time.window, time.home);
      const entries = time.hashEntries();
      const write = (): void =>
        untrack(() => {
          for (const [key, value] of entries) {
            const next = home ? null : value;
            if (hash.get(key) !== next) hash.set(key, next);
          }
        });
      // The first run (the window a link asked for, perhaps corrected) is written at once.
      if (!started || restMs <= 0) {
        started = true;
        write();
        return;
      }
      const timer = setTimeout(write, restMs);
      return () => clearTimeout(timer);
    });
  });
}
