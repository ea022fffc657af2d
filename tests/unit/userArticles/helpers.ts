// Shared data of the user-article tests: an article around hand-made proposals, and the Rask
// passage (tests/fixtures/userArticles/rask.txt) as the extractor reads it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import type { Proposal } from '../../../src/core/extract/types.ts';
import type { Decision, UserArticle, UserData } from '../../../src/core/userArticles/model.ts';
import { nodeReaders } from '../../../pipeline/extract-readers.ts';

/** The Rask passage. */
export const RASK_TEXT = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/userArticles/rask.txt'),
  'utf8',
);

/** A user article holding `proposals` (text: the Rask passage unless given). */
export function userArticle(over: Partial<UserArticle> = {}): UserArticle {
  return {
    id: 'user-rask-0001',
    text: RASK_TEXT,
    outlet: 'Example Wire',
    title: 'Militants attack Guards headquarters in Rask',
    url: 'https://example.org/rask',
    published: '2024-04-04',
    added: '2024-04-05T10:00:00.000Z',
    file: null,
    proposals: [],
    ...over,
  };
}

let rask: Proposal[] | null = null;
/** The extractor's proposals for the Rask passage (article id `user-rask-0001`), read once. */
export function raskProposals(): Proposal[] {
  rask ??= extractIncidents(
    RASK_TEXT,
    { published: '2024-04-04', articleId: 'user-rask-0001' },
    nodeReaders(),
  );
  return rask;
}

/** User data of `articles` with `decisions`. */
export function userData(articles: UserArticle[], decisions: Decision[] = []): UserData {
  return { articles, decisions: new Map(decisions.map((d) => [d.id, d])) };
}

/** A decision on proposal `id` of article `article`. */
export function decision(
  id: string,
  status: Decision['status'],
  over: Partial<Decision> = {},
  article = 'user-rask-0001',
): Decision {
  return { id, article, status, ...over };
}
