// Doubles for the component tests of the user's articles: a UserArticles state with an in-memory
// store (optionally failing) and a fake extractor that returns the given proposals.
import type { Proposal } from '../../../src/core/extract/types.ts';
import type { Decision, UserArticle } from '../../../src/core/userArticles/model.ts';
import { UserArticles } from '../../../src/state/userArticles.svelte.ts';
import { memoryStore, StoreError, type UserStore } from '../../../src/state/userStore.ts';

/** A store recording what is written; `fail` makes every write reject with a StoreError. */
export function recordingStore(fail = false): UserStore & {
  articles: UserArticle[];
  decisions: Decision[];
} {
  const base = memoryStore();
  const articles: UserArticle[] = [];
  const decisions: Decision[] = [];
  const refuse = () => Promise.reject(new StoreError("The browser's storage is full."));
  return {
    ...base,
    inMemory: false,
    articles,
    decisions,
    putArticle: (a) => (fail ? refuse() : (articles.push(a), Promise.resolve())),
    putDecision: (d) => (fail ? refuse() : (decisions.push(d), Promise.resolve())),
  };
}

/** A started UserArticles whose extractor returns `proposals` (ids prefixed by the article id). */
export async function userArticlesWith(
  proposals: Proposal[],
  store: UserStore = recordingStore(),
): Promise<UserArticles> {
  const s = new UserArticles({
    openStore: () => Promise.resolve(store),
    extract: ({ articleId }) =>
      Promise.resolve({
        proposals: proposals.map((p, i) => ({ ...p, id: `${articleId}-${i + 1}` })),
        ms: 1,
      }),
    loadGeo: () => Promise.reject(new Error('no boundaries in tests')),
    now: () => new Date(Date.UTC(2024, 3, 5, 10)),
  });
  await s.start();
  return s;
}

/** The form with everything filled. */
export const FORM = {
  outlet: 'Example Wire',
  title: 'Militants attack Guards headquarters in Rask',
  url: 'https://example.org/rask',
  published: '2024-04-04',
};
