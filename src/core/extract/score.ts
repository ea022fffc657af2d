// The evaluation's scorer: matches each truth of a development passage to the proposal whose
// excerpt contains its cue, and counts dates exact, places within the truth's radius, both,
// abstentions (no proposal, or one that needs review), confident answers more than 100 km or 3
// days off, and extras (proposals matching no truth). Format of the truths:
// tests/fixtures/extract/README.md.
import { daysApart, haversineKm } from './distance.ts';
import type { Proposal } from './types.ts';

/** One incident a development passage reports, as the facts have it. */
export interface Truth {
  /** A substring of the sentence the incident rests on, unique in the passage. */
  cue: string;
  date: string;
  date_end?: string | null | undefined;
  lat: number;
  lon: number;
  radius_km: number;
}

/** A confident answer farther than this is a serious error. */
export const FAR_KM = 100;
/** A confident answer more days off than this is a serious error. */
export const FAR_DAYS = 3;

/** How one truth fared. */
export interface TruthResult {
  cue: string;
  /** Id of the matched proposal, or null. */
  proposal: string | null;
  status: Proposal['status'] | 'missing';
  dateExact: boolean;
  placeWithin: boolean;
  /** Distance from the truth in km, null without a point. */
  km: number | null;
  /** Days between the proposal's and the truth's dates, null without a date. */
  days: number | null;
  /** A `proposed` answer more than 100 km or 3 days off (or with no date or point). */
  confidentFar: boolean;
}

/** How one passage fared. */
export interface PassageScore {
  id: string;
  truths: TruthResult[];
  /** Proposals that match no truth. */
  extras: { id: string; status: Proposal['status']; excerpt: string }[];
  /** Cues that do not occur exactly once in the text (a fixture error). */
  badCues: string[];
}

/** Where the cue sits in the text, or null when it is absent or not unique. */
function cueSpan(text: string, cue: string): { start: number; end: number } | null {
  const at = text.indexOf(cue);
  if (at === -1 || text.indexOf(cue, at + 1) !== -1) return null;
  return { start: at, end: at + cue.length };
}

/**
 * The proposal whose excerpt contains the cue (the shortest such excerpt), or null. Of proposals
 * sharing one excerpt ("Bombs exploded in the cities of Dezful and Abadan", two incidents), the
 * one whose place phrase the cue holds, then one no earlier truth took (`taken`, ids), then the
 * first.
 */
export function matchCue(
  text: string,
  cue: string,
  proposals: readonly Proposal[],
  taken: ReadonlySet<string> = new Set(),
): Proposal | null {
  const span = cueSpan(text, cue);
  if (!span) return null;
  const length = (p: Proposal) => p.excerpt_end - p.excerpt_start;
  const named = (p: Proposal) =>
    p.place_span !== null && p.place_span.start < span.end && span.start < p.place_span.end;
  const holding = proposals.filter(
    (p) => p.excerpt_start <= span.start && span.end <= p.excerpt_end,
  );
  holding.sort(
    (a, b) =>
      length(a) - length(b) ||
      Number(named(b)) - Number(named(a)) ||
      Number(taken.has(a.id)) - Number(taken.has(b.id)),
  );
  return holding[0] ?? null;
}

/** Scores one truth against its matched proposal (or none). */
export function scoreTruth(t: Truth, p: Proposal | null): TruthResult {
  if (!p) {
    return {
      cue: t.cue,
      proposal: null,
      status: 'missing',
      dateExact: false,
      placeWithin: false,
      km: null,
      days: null,
      confidentFar: false,
    };
  }
  // a range is exact only against the same range: "17 February to 5 May" is not the 17th
  const dateExact = p.date === t.date && (p.date_end ?? p.date) === (t.date_end ?? t.date);
  const km = p.lat !== null && p.lon !== null ? haversineKm(p.lat, p.lon, t.lat, t.lon) : null;
  const days = p.date
    ? daysApart(
        { date: p.date, date_end: p.date_end ?? null },
        { date: t.date, date_end: t.date_end ?? null },
      )
    : null;
  const confidentFar =
    p.status === 'proposed' && (km === null || km > FAR_KM || days === null || days > FAR_DAYS);
  return {
    cue: t.cue,
    proposal: p.id,
    status: p.status,
    dateExact,
    placeWithin: km !== null && km <= t.radius_km,
    km,
    days,
    confidentFar,
  };
}

/** Scores a passage's truths and finds its extra proposals. */
export function scorePassage(
  id: string,
  text: string,
  truths: readonly Truth[],
  proposals: readonly Proposal[],
): PassageScore {
  const badCues = truths.filter((t) => !cueSpan(text, t.cue)).map((t) => t.cue);
  const taken = new Set<string>();
  const results = truths.map((t) => {
    const r = scoreTruth(t, matchCue(text, t.cue, proposals, taken));
    if (r.proposal !== null) taken.add(r.proposal);
    return r;
  });
  const used = new Set(results.map((r) => r.proposal));
  const extras = proposals
    .filter((p) => !used.has(p.id))
    .map((p) => ({ id: p.id, status: p.status, excerpt: p.excerpt }));
  return { id, truths: results, extras, badCues };
}

/** Counts over every truth of every passage. */
export interface Totals {
  passages: number;
  truths: number;
  dateExact: number;
  placeWithin: number;
  both: number;
  /** No proposal, or a proposal that needs review. */
  abstained: number;
  /** `proposed` proposals matched to a truth. */
  answered: number;
  /** Answered with the right date and the place within radius. */
  answeredRight: number;
  confidentOver100km: number;
  confidentOver3days: number;
  /** Answered and more than 100 km or 3 days off (either, counted once). */
  confidentFar: number;
  extras: number;
  /** Extras that were `proposed` (a confident incident the truth does not hold). */
  extrasProposed: number;
}

/** Adds up passage scores. */
export function totals(scores: readonly PassageScore[]): Totals {
  const all = scores.flatMap((s) => s.truths);
  const answered = all.filter((r) => r.status === 'proposed');
  const extras = scores.flatMap((s) => s.extras);
  return {
    passages: scores.length,
    truths: all.length,
    dateExact: all.filter((r) => r.dateExact).length,
    placeWithin: all.filter((r) => r.placeWithin).length,
    both: all.filter((r) => r.dateExact && r.placeWithin).length,
    abstained: all.length - answered.length,
    answered: answered.length,
    answeredRight: answered.filter((r) => r.dateExact && r.placeWithin).length,
    confidentOver100km: answered.filter((r) => r.km === null || r.km > FAR_KM).length,
    confidentOver3days: answered.filter((r) => r.days === null || r.days > FAR_DAYS).length,
    confidentFar: answered.filter((r) => r.confidentFar).length,
    extras: extras.length,
    extrasProposed: extras.filter((e) => e.status === 'proposed').length,
  };
}

/** The targets of issue 8 and whether they are met. */
export interface Headline {
  /** Among answered, the share with the right date and place (target ≥ 0.95); null if none. */
  rightAmongAnswered: number | null;
  /** Share of truths answered (target ≥ 0.80). */
  answeredShare: number | null;
  /** Confident answers > 100 km or > 3 days off (target 0). */
  confidentFar: number;
  met: { right: boolean; answered: boolean; noConfidentFar: boolean };
}

/** Target: among answered incidents, the share with the right date and place. */
export const TARGET_RIGHT = 0.95;
/** Target: the share of incidents answered. */
export const TARGET_ANSWERED = 0.8;

/** The headline figures against the targets. */
export function headline(t: Totals): Headline {
  const right = t.answered ? t.answeredRight / t.answered : null;
  const answered = t.truths ? t.answered / t.truths : null;
  return {
    rightAmongAnswered: right,
    answeredShare: answered,
    confidentFar: t.confidentFar,
    met: {
      right: right !== null && right >= TARGET_RIGHT,
      answered: answered !== null && answered >= TARGET_ANSWERED,
      noConfidentFar: t.confidentFar === 0,
    },
  };
}
