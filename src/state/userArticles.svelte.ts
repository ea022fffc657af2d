// The user's own articles in the app ("Add article"): adding one (input checks, extraction in a
// worker, storing), the decisions on its proposals (accept, reject, another place or date, "same
// incident as …?"), removing it, and the dataset shown with them (seeds + accepted + drafts,
// rebuilt on each decision). Storage goes through a UserStore (IndexedDB); when the browser
// refuses it, everything keeps working in memory and `storeProblem` says so.
import { untrack } from 'svelte';
import type { Proposal } from '../core/extract/types.ts';
import type { GeoContext } from '../core/userArticles/compose.ts';
import { composeDataset } from '../core/userArticles/composeDataset.ts';
import {
  acceptProblem,
  decisionOf,
  effectiveProposal,
  withDecision,
  withoutArticle,
} from '../core/userArticles/decisions.ts';
import { sameIncidentFor, type SameMatch } from '../core/userArticles/matches.ts';
import {
  articleId,
  NO_USER_DATA,
  type ArticleForm,
  type DateEdit,
  type Decision,
  type PlaceEdit,
  type UserArticle,
  type UserData,
} from '../core/userArticles/model.ts';
import {
  checkNewArticle,
  NO_INCIDENT_MESSAGE,
  readingLabel,
  todayOf,
} from '../core/userArticles/newArticle.ts';
import type { IncidentFeature } from '../core/types.ts';
import type { AppState } from './app.svelte.ts';
import { memoryStore, StoreError, type UserStore } from './userStore.ts';

export { composeDataset } from '../core/userArticles/composeDataset.ts';

/** What the state needs from the outside (real ones in the app, fakes in tests). */
export interface UserArticlesDeps {
  /** Opens the persistent store; rejects with a StoreError when the browser refuses. */
  openStore: () => Promise<UserStore>;
  /** Runs the extractor (in a worker in the app). */
  extract: (req: { text: string; published: string | null; articleId: string }) => Promise<{
    proposals: Proposal[];
    ms: number;
  }>;
  /** Stops an extraction in progress. */
  cancelExtract?: () => void;
  /** Loads the boundaries (areas, border) from the app's host. */
  loadGeo: () => Promise<GeoContext>;
  /** The current time. */
  now?: () => Date;
}

/** The outcome of "Add article". */
export type AddResult =
  | { ok: true; article: UserArticle; proposals: number; ms: number }
  | {
      ok: false;
      /** Every problem, one sentence each. */
      message: string;
      /** The first field to fix, when a field is at fault. */
      field?: keyof ArticleForm | 'text';
      /** Every field at fault (the form's problems). */
      fields?: (keyof ArticleForm | 'text')[];
    };

/** A proposal of one of the user's articles, with its decision and what it became. */
export interface ProposalView {
  /** The article it was read from. */
  article: UserArticle;
  /** The proposal as the extractor made it. */
  proposal: Proposal;
  /** The user's decision on it (pending until one is taken). */
  decision: Decision;
  /** The proposal with the user's place and date. */
  effective: Proposal;
}

/** The user's articles and decisions, and the dataset shown with them. */
export class UserArticles {
  /** Everything the user added (a plain object: stored as it is). */
  data = $state.raw<UserData>(NO_USER_DATA);
  /** True once the stored data is loaded (or found unavailable). */
  ready = $state(false);
  /** Why nothing outlives the page (private mode, quota…), or null while storage works. */
  storeProblem = $state<string | null>(null);
  /** What is being read ("Reading “Title”…"), or null. */
  busy = $state<string | null>(null);
  /** The boundaries, once loaded (for provinces, areas and the border distance). */
  geo = $state.raw<GeoContext | null>(null);
  /** Id of the proposal the next map click places, or null. */
  placingId = $state<string | null>(null);
  /** Proposals of all articles, in the order added. */
  readonly proposals = $derived.by<ProposalView[]>(() =>
    this.data.articles.flatMap((article) =>
      article.proposals.map((proposal) => {
        const decision = decisionOf(this.data, article.id, proposal.id);
        return { article, proposal, decision, effective: effectiveProposal(proposal, decision) };
      }),
    ),
  );
  /** How many proposals are still undecided. */
  readonly pendingCount = $derived(
    this.proposals.filter((v) => v.decision.status === 'pending').length,
  );

  #store: UserStore = memoryStore();
  #started: Promise<void> | null = null;
  readonly #deps: UserArticlesDeps;

  constructor(deps: UserArticlesDeps) {
    this.#deps = deps;
  }

  /** Opens the store and loads what it keeps (once); resolves when ready. */
  start(): Promise<void> {
    this.#started ??= (async () => {
      try {
        this.#store = await this.#deps.openStore();
        this.data = await this.#store.load();
      } catch (e) {
        this.#store = memoryStore();
        this.storeProblem = e instanceof StoreError ? e.message : String(e);
      }
      this.ready = true;
      if (this.data.articles.length) await this.#ensureGeo();
    })();
    return this.#started;
  }

  /** Shows the seed articles of `app` with the user's incidents, following every change. */
  attach(app: AppState): () => void {
    return $effect.root(() => {
      $effect(() => {
        const data = this.data;
        const geo = this.geo;
        untrack(() => app.extendSeed((seed) => composeDataset(seed, data, geo)));
      });
    });
  }

  async #ensureGeo(): Promise<void> {
    if (this.geo) return;
    try {
      this.geo = await this.#deps.loadGeo();
    } catch {
      // Without boundaries, provinces and border distances stay unknown; nothing else depends on it.
    }
  }

  async #persist(action: (s: UserStore) => Promise<void>): Promise<void> {
    try {
      await action(this.#store);
    } catch (e) {
      this.storeProblem = e instanceof StoreError ? e.message : String(e);
    }
  }

  /** Checks, reads and stores a new article; the message names what is wrong and the fix. */
  async add(input: { text: string; form: ArticleForm; file: string | null }): Promise<AddResult> {
    const now = (this.#deps.now ?? nowDate)();
    const form = checkNewArticle(input.text, input.form, todayOf(now));
    if (!form.ok) return form;
    const added = now.toISOString();
    const meta = { outlet: form.outlet, title: form.title };
    const id = articleId(meta, input.text, added);
    this.busy = readingLabel(form);
    let extracted: { proposals: Proposal[]; ms: number };
    try {
      [extracted] = await Promise.all([
        this.#deps.extract({ text: input.text, published: form.published, articleId: id }),
        this.#ensureGeo(),
      ]);
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    } finally {
      this.busy = null;
    }
    if (extracted.proposals.length === 0) {
      return { ok: false, field: 'text', message: NO_INCIDENT_MESSAGE };
    }
    const article: UserArticle = {
      id,
      text: input.text,
      outlet: form.outlet,
      title: form.title,
      url: form.url,
      published: form.published,
      added,
      file: input.file,
      proposals: extracted.proposals,
    };
    this.data = { ...this.data, articles: [...this.data.articles, article] };
    await this.#persist((s) => s.putArticle(article));
    return { ok: true, article, proposals: article.proposals.length, ms: extracted.ms };
  }

  /** Stops reading an article. */
  cancel(): void {
    this.#deps.cancelExtract?.();
  }

  /** The proposal with this id, with its article and decision, or null. */
  view(id: string): ProposalView | null {
    return this.proposals.find((v) => v.proposal.id === id) ?? null;
  }

  async #decide(id: string, change: (d: Decision) => Decision): Promise<Decision | null> {
    const v = this.view(id);
    if (!v) return null;
    const next = change(v.decision);
    this.data = withDecision(this.data, next);
    await this.#persist((s) => s.putDecision(next));
    return next;
  }

  /** Accepts a proposal; refuses (with the reason) while it has no date or no point. */
  async accept(id: string): Promise<string | null> {
    const v = this.view(id);
    if (!v) return 'This proposal is gone.';
    const problem = acceptProblem(v.effective);
    if (problem) return problem;
    await this.#decide(id, (d) => ({ ...d, status: 'accepted' }));
    return null;
  }

  /** Rejects a proposal (it leaves the map; "Undo" brings it back as a draft). */
  async reject(id: string): Promise<void> {
    await this.#decide(id, (d) => ({ ...d, status: 'rejected' }));
  }

  /** Back to an undecided draft (keeping the place and date set). */
  async undo(id: string): Promise<void> {
    await this.#decide(id, (d) => {
      const { same: _same, ...rest } = d;
      void _same;
      return { ...rest, status: 'pending' };
    });
  }

  /** Another place: one of the proposal's candidates, a point clicked on the map, or (null)
   * back to the extractor's. */
  async setPlace(id: string, place: PlaceEdit | null): Promise<void> {
    await this.#decide(id, (d) => {
      const { place: _old, ...rest } = d;
      void _old;
      return place ? { ...rest, place } : rest;
    });
  }

  /** A date set by hand. */
  async setDate(id: string, date: DateEdit): Promise<void> {
    await this.#decide(id, (d) => ({ ...d, date }));
  }

  /** "Same incident as …?": merge (accepts it as a further source) or keep separate. */
  async answerSame(id: string, answer: 'merge' | 'separate', incident: string): Promise<void> {
    await this.#decide(id, (d) => ({
      ...d,
      same: { answer, incident },
      ...(answer === 'merge' ? { status: 'accepted' as const } : {}),
    }));
  }

  /** The incident on the map a pending proposal may report too (unanswered), or null. */
  sameMatch(id: string, shown: readonly IncidentFeature[]): SameMatch | null {
    const v = this.view(id);
    if (!v || v.decision.status !== 'pending') return null;
    const m = sameIncidentFor(v.effective, v.article.id, shown);
    if (!m) return null;
    const answered = v.decision.same;
    if (answered?.answer === 'separate' && answered.incident === m.incident.properties.id)
      return null;
    return m;
  }

  /** Removes an article, its proposals and decisions (the caller asks for confirmation). */
  async remove(articleIdToRemove: string): Promise<Decision[]> {
    const { data, reopened } = withoutArticle(this.data, articleIdToRemove);
    this.data = data;
    await this.#persist((s) => s.removeArticle(articleIdToRemove, reopened));
    return reopened;
  }

  /** Loads the boundaries now (before placing a point by hand). */
  loadGeo(): Promise<void> {
    return this.#ensureGeo();
  }
}

/** The current time (a plain value, read once per article). */
function nowDate(): Date {
  return new Date(Date.now());
}
