// Where the user's articles and decisions are kept between visits: IndexedDB through `idb` (a
// small promise wrapper), one object store per kind, every change written at once so a reload or
// a crash loses nothing. When the browser refuses storage (private mode, storage disabled, quota)
// the caller keeps working in memory and says so; `memoryStore` is that fallback.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Decision, UserArticle, UserData } from '../core/userArticles/model.ts';

/** Name and version of the database. */
export const DB_NAME = 'borderlines-user';
export const DB_VERSION = 1;

interface Schema extends DBSchema {
  articles: { key: string; value: UserArticle };
  decisions: { key: string; value: Decision; indexes: { article: string } };
}

/** Reading and writing the user's data. Every method rejects with a `StoreError` on failure. */
export interface UserStore {
  /** Everything stored, articles in the order they were added. */
  load(): Promise<UserData>;
  putArticle(a: UserArticle): Promise<void>;
  putDecision(d: Decision): Promise<void>;
  /** Removes an article and its decisions, and writes `reopened` (one transaction). */
  removeArticle(id: string, reopened: readonly Decision[]): Promise<void>;
  /** True when nothing outlives the page. */
  readonly inMemory: boolean;
}

/** A storage failure, with a message for the user. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** The user's words for a storage failure (`action`: what was being done). */
export function storeMessage(action: string, e: unknown): string {
  const name = (e as { name?: string } | null)?.name ?? '';
  const detail = (e as Error | null)?.message ?? String(e);
  if (name === 'QuotaExceededError') {
    return `The browser's storage is full, so ${action} is kept only until you reload: export your articles, then remove some.`;
  }
  return `This browser does not let Borderlines keep your articles (${detail || name || 'storage refused'}; private browsing or blocked site data), so ${action} is kept only until you reload or close the page. Export your articles to keep them.`;
}

function wrap<T>(action: string, p: Promise<T>): Promise<T> {
  return p.catch((e: unknown) => {
    throw new StoreError(storeMessage(action, e), { cause: e });
  });
}

class IdbStore implements UserStore {
  readonly inMemory = false;
  constructor(private readonly db: IDBPDatabase<Schema>) {}

  load(): Promise<UserData> {
    return wrap(
      'your work',
      (async () => {
        const tx = this.db.transaction(['articles', 'decisions']);
        const [articles, decisions] = await Promise.all([
          tx.objectStore('articles').getAll(),
          tx.objectStore('decisions').getAll(),
        ]);
        await tx.done;
        articles.sort((a, b) => a.added.localeCompare(b.added) || a.id.localeCompare(b.id));
        return { articles, decisions: new Map(decisions.map((d) => [d.id, d])) };
      })(),
    );
  }

  putArticle(a: UserArticle): Promise<void> {
    return wrap(
      'the new article',
      this.db.put('articles', a).then(() => undefined),
    );
  }

  putDecision(d: Decision): Promise<void> {
    return wrap(
      'your decision',
      this.db.put('decisions', d).then(() => undefined),
    );
  }

  removeArticle(id: string, reopened: readonly Decision[]): Promise<void> {
    return wrap(
      'the removal',
      (async () => {
        const tx = this.db.transaction(['articles', 'decisions'], 'readwrite');
        const decisions = tx.objectStore('decisions');
        const keys = await decisions.index('article').getAllKeys(id);
        await Promise.all([
          tx.objectStore('articles').delete(id),
          ...keys.map((k) => decisions.delete(k)),
          ...reopened.map((d) => decisions.put(d)),
        ]);
        await tx.done;
      })(),
    );
  }
}

/** Opens (creating if needed) the database; rejects with a `StoreError` when refused. */
export async function openUserStore(): Promise<UserStore> {
  if (typeof indexedDB === 'undefined') {
    throw new StoreError(storeMessage('your work', new Error('no IndexedDB')));
  }
  try {
    const db = await openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('articles', { keyPath: 'id' });
        db.createObjectStore('decisions', { keyPath: 'id' }).createIndex('article', 'article');
      },
    });
    return new IdbStore(db);
  } catch (e) {
    throw new StoreError(storeMessage('your work', e), { cause: e });
  }
}

/** A store that keeps nothing beyond the page (the fallback when IndexedDB is refused). */
export function memoryStore(): UserStore {
  return {
    inMemory: true,
    load: () => Promise.resolve({ articles: [], decisions: new Map() }),
    putArticle: () => Promise.resolve(),
    putDecision: () => Promise.resolve(),
    removeArticle: () => Promise.resolve(),
  };
}
