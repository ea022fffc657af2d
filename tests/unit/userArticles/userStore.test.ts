// The IndexedDB layer (idb, on fake-indexeddb): what is written is read back after "a reload" (a
// new connection), removing an article takes its decisions and writes the reopened ones in one
// go, and a refused or full store is a StoreError in words the user understands.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openUserStore, StoreError, storeMessage } from '../../../src/state/userStore.ts';
import { proposal } from '../extract/proposal.ts';
import { decision, userArticle } from './helpers.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('user store (IndexedDB)', () => {
  it('keeps articles and decisions across connections (a reload)', async () => {
    const first = await openUserStore();
    const a = userArticle({ proposals: [proposal({ id: 'user-rask-0001-1' })] });
    await first.putArticle(a);
    await first.putDecision(
      decision('user-rask-0001-1', 'accepted', { date: { date: '2024-04-03', precision: 'day' } }),
    );
    const again = await openUserStore();
    const data = await again.load();
    expect(data.articles).toEqual([a]);
    expect(data.decisions.get('user-rask-0001-1')).toEqual(
      decision('user-rask-0001-1', 'accepted', { date: { date: '2024-04-03', precision: 'day' } }),
    );
    expect(again.inMemory).toBe(false);
  });

  it('loads articles in the order they were added', async () => {
    const s = await openUserStore();
    await s.putArticle(userArticle({ id: 'b', added: '2024-04-06T00:00:00Z' }));
    await s.putArticle(userArticle({ id: 'a', added: '2024-04-07T00:00:00Z' }));
    expect((await s.load()).articles.map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('removing an article deletes it and its decisions, and writes the reopened ones', async () => {
    const s = await openUserStore();
    await s.putArticle(userArticle({ id: 'a' }));
    await s.putArticle(userArticle({ id: 'b' }));
    await s.putDecision(decision('a-1', 'accepted', {}, 'a'));
    await s.putDecision(
      decision('b-1', 'accepted', { same: { answer: 'merge', incident: 'a-1' } }, 'b'),
    );
    await s.removeArticle('a', [decision('b-1', 'pending', {}, 'b')]);
    const data = await s.load();
    expect(data.articles.map((x) => x.id)).toEqual(['b']);
    expect([...data.decisions.values()]).toEqual([decision('b-1', 'pending', {}, 'b')]);
  });

  it('a browser that refuses IndexedDB gives a StoreError naming private browsing', async () => {
    globalThis.indexedDB = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    await expect(openUserStore()).rejects.toThrow(StoreError);
    await expect(openUserStore()).rejects.toThrow(/private browsing/);
  });

  it('a full store says to export and remove some', () => {
    const m = storeMessage('your decision', new DOMException('full', 'QuotaExceededError'));
    expect(m).toMatch(/storage is full, so your decision is kept only until you reload: export/);
  });
});
