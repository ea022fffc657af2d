// What the link names that the app could not use: a malformed view or selection (named from the
// hash on load and on every change), and an incident the data shown does not have. The time
// window's and the filters' own problems are reported by their hash sync (viewHash.svelte.ts).
import { parseHash } from '../core/hash.ts';
import { describeHashProblems, describeUnknownIncident } from '../core/hashProblems.ts';
import type { AppState } from './app.svelte.ts';

/** Names the link's view and selection problems of `hashText` in the banner (or clears them). */
export function reportLink(app: AppState, hashText: string): void {
  const problems = describeHashProblems(parseHash(hashText));
  app.setLinkProblem('link', problems.length ? problems.join(' ') : null);
}

/**
 * Watches the link: reports its problems now and whenever it changes (a corrected link clears
 * the banner, each part being re-checked), and names then drops a selected id the data lacks.
 * Call inside an `$effect`; returns the teardown.
 */
export function watchLink(app: AppState): () => void {
  reportLink(app, window.location.hash);
  const onHashChange = (): void => {
    app.linkProblems = {};
    reportLink(app, window.location.hash);
  };
  window.addEventListener('hashchange', onHashChange);
  const stop = $effect.root(() => {
    $effect(() => {
      if (app.status === 'ready' && app.selectedId && !app.selected) {
        app.setLinkProblem('incident', describeUnknownIncident(app.selectedId));
        app.select(null);
      }
    });
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    stop();
  };
}
