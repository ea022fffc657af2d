// The user-articles state: bad input is one clear message and changes nothing stored; a good
// article is read, stored and shown with the seeds as drafts; decisions are stored as they are
// taken; nothing without a date and a point is accepted; a refused store keeps the session
// working in memory and says so.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/state/app.svelte.ts';
import { UserArticles } from '../../../src/state/userArticles.svelte.ts';
import { StoreError } from '../../../src/state/userStore.ts';
import { proposal } from '../../unit/extract/proposal.ts';
import { dataFile, HOSTILE, incidents } from '../fixtures.ts';
import { FORM, recordingStore, userArticlesWith } from './helpers.ts';

const TEXT = 'Gunmen attacked a post in Saravan on January 18, 2024.';

describe('adding an article', () => {
  it.each([
    ['an empty text', '   ', /text is empty/],
    ['5 MB of text', 'a'.repeat(5_000_000), /5\.0 MB; one article is at most 1 MB/],
    ['binary data', `abc${String.fromCharCode(0)}def`, /binary data, not text/],
    ['HTML', '<html><body><p>Gunmen attacked</p></body></html>', /looks like HTML/],
  ])('refuses %s with one message, storing nothing', async (_what, text, message) => {
    const store = recordingStore();
    const s = await userArticlesWith([proposal()], store);
    const r = await s.add({ text, form: FORM, file: null });
    expect(r).toMatchObject({ ok: false, field: 'text', message: expect.stringMatching(message) });
    expect(s.data.articles).toEqual([]);
    expect(store.articles).toEqual([]);
  });

  it('refuses a text with no incident, storing nothing', async () => {
    const s = await userArticlesWith([]);
    const r = await s.add({ text: 'The weather was mild.', form: FORM, file: null });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/No incident found/) });
    expect(s.data.articles).toEqual([]);
  });

  it('refuses a javascript: link', async () => {
    const s = await userArticlesWith([proposal()]);
    const r = await s.add({
      text: TEXT,
      form: { ...FORM, url: 'javascript:alert(1)' },
      file: null,
    });
    expect(r).toMatchObject({ ok: false, field: 'url' });
  });

  it('reads, stores and counts a good article', async () => {
    const store = recordingStore();
    const s = await userArticlesWith([proposal(), proposal({ date: null })], store);
    const r = await s.add({ text: TEXT, form: FORM, file: 'rask.txt' });
    expect(r).toMatchObject({ ok: true, proposals: 2 });
    expect(store.articles).toHaveLength(1);
    expect(store.articles[0]).toMatchObject({
      text: TEXT,
      outlet: 'Example Wire',
      published: '2024-04-04',
      file: 'rask.txt',
    });
    expect(s.pendingCount).toBe(2);
  });

  it('an extraction that fails is a message and stores nothing', async () => {
    const s = new UserArticles({
      openStore: () => Promise.resolve(recordingStore()),
      extract: () => Promise.reject(new Error('Reading the article was cancelled.')),
      loadGeo: () => Promise.reject(new Error('none')),
    });
    await s.start();
    const r = await s.add({ text: TEXT, form: FORM, file: null });
    expect(r).toEqual({ ok: false, message: 'Reading the article was cancelled.' });
    expect(s.data.articles).toEqual([]);
    expect(s.busy).toBeNull();
  });
});

describe('decisions', () => {
  it('are stored as they are taken; accepting needs a date and a point', async () => {
    const store = recordingStore();
    const s = await userArticlesWith([proposal(), proposal({ date: null })], store);
    const r = await s.add({ text: TEXT, form: FORM, file: null });
    if (!r.ok) throw new Error(r.message);
    const [a, b] = r.article.proposals;
    expect(await s.accept(a!.id)).toBeNull();
    expect(await s.accept(b!.id)).toMatch(/no date/);
    await s.setDate(b!.id, { date: '2024-01-17', precision: 'day' });
    expect(await s.accept(b!.id)).toBeNull();
    expect(store.decisions.map((d) => [d.id, d.status])).toEqual([
      [a!.id, 'accepted'],
      [b!.id, 'pending'],
      [b!.id, 'accepted'],
    ]);
    await s.reject(a!.id);
    await s.undo(a!.id);
    expect(s.view(a!.id)?.decision.status).toBe('pending');
  });

  it('a refused store keeps working in memory and says why', async () => {
    const s = await userArticlesWith([proposal()], recordingStore(true));
    const r = await s.add({ text: TEXT, form: FORM, file: null });
    expect(r.ok).toBe(true);
    expect(s.data.articles).toHaveLength(1);
    expect(s.storeProblem).toMatch(/storage is full/);
  });

  it('a store that cannot open at all: a message, and the session works in memory', async () => {
    const s = new UserArticles({
      openStore: () =>
        Promise.reject(new StoreError('This browser does not let Borderlines keep your articles.')),
      extract: ({ articleId }) =>
        Promise.resolve({ proposals: [proposal({ id: `${articleId}-1` })], ms: 1 }),
      loadGeo: () => Promise.reject(new Error('none')),
    });
    await s.start();
    expect(s.storeProblem).toMatch(/does not let Borderlines keep/);
    expect((await s.add({ text: TEXT, form: FORM, file: null })).ok).toBe(true);
  });
});

describe('shown with the seed articles', () => {
  const BASE = 'http://app.test/data/';
  const serve = (async (url: string | URL | Request) =>
    new Response(dataFile(String(url).slice(BASE.length)))) as typeof fetch;

  it('seeds wait for the stored articles, then show with their drafts; decisions rebuild it', async () => {
    const app = new AppState();
    const s = await userArticlesWith([proposal({ title: HOSTILE }), proposal({ date: null })]);
    const r = await s.add({ text: TEXT, form: FORM, file: null });
    if (!r.ok) throw new Error(r.message);
    const stop = s.attach(app);
    app.holdSeedFor(s.start());
    await app.load(BASE, serve);
    const d = app.dataset!;
    // The undated proposal cannot be drawn; the other is a draft beside the seeds.
    expect(d.count).toBe(incidents.length + 1);
    const id = r.article.proposals[0]!.id;
    expect(d.featureAt(d.indexOfId(id)).properties.draft).toEqual({
      status: 'proposed',
      reasons: [],
    });
    expect(d.base).not.toBe(d);
    await s.accept(id);
    flushSync();
    const after = app.dataset!;
    expect(after).not.toBe(d);
    expect(after.base).toBe(d.base);
    expect(after.featureAt(after.indexOfId(id)).properties.draft).toBeUndefined();
    stop();
  });
});
