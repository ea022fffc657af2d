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
 * Keep the window and the hash's `from`/`to` in step: the hash sets the window on start and on
 * every change (a malformed or out-of-range window is reported through `onproblem`, with the
 * kind of problem); the window writes the hash whenever it changes, except while playing (once
 * playback stops). The window it opened on (`home`: all the data, unless a large dataset opened
 * on a recent window) removes the keys. Returns the teardown.
 */
export function syncTimeWithHash(
  time: TimeState,
  hash: HashKeys,
  onproblem?: (message: string, problem: Exclude<HashWindowProblem, null>) => void,
): () => void {
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
      untrack(() => {
        for (const [key, value] of entries) {
          const next = home ? null : value;
          if (hash.get(key) !== next) hash.set(key, next);
        }
      });
    });
  });
}
