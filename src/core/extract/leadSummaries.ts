// Whether a lead at a district sums up or retells the finer incidents told after it, and the
// words by which a text tells an incident apart from the one before. Used by `foldRepeats`
// (repeats.ts). Pure.
import { haversineKm } from './distance.ts';
import { SEVERAL_TARGETS } from './storyTime.ts';
import type { Proposal } from './types.ts';

/**
 * Words by which a text says an incident is not the one told before; "Elsewhere, two explosions
 * …" opening the excerpt too (a hundred-and-eighty-second-try Jalalabad bombing had vanished
 * into the day's Lashkar Gah attack as an undated mention of it), and "In neighboring Helmand
 * province, a bomb …" (a two-hundred-and-twelfth-try bombing had vanished into the Spin Boldak
 * attack, and was scored 204 km off).
 */
export const SEPARATE =
  /\b(?:in\s+(?:a|another)\s+separate\s+(?:incident|attack)|in\s+another\s+(?:incident|attack|development)|separately)\b|^\W*elsewhere\b|^\W*(?:in|at)\s+(?:the\s+)?neighbou?ring\b/i;

/**
 * True when `p`, a lead at a district that tells several attacks ("carried out two attacks … in
 * the Khyber tribal region on Tuesday"), has at least two finer proposals of its kind and dates
 * in its circle (`others`): the details ("In the first incident … in Jamrud town"), which it sums
 * up (a twentieth-try page proposed the summary beside its two details).
 */
export function sumsUpDetails(p: Proposal, others: Proposal[]): boolean {
  if (p.place_precision !== 'county' || p.lat === null || p.lon === null) return false;
  if (!SEVERAL_TARGETS.test(p.excerpt)) return false;
  const details = others.filter(
    (o) =>
      o.date === p.date &&
      o.date_end === p.date_end &&
      o.lat !== null &&
      o.lon !== null &&
      ['town', 'point'].includes(o.place_precision ?? '') &&
      haversineKm(p.lat as number, p.lon as number, o.lat, o.lon) <= (p.uncertainty_km ?? 0),
  );
  return details.length >= 2;
}

/**
 * True when `p`, a lead at a district telling one incident ("tribesmen buried the victims of
 * Friday's suicide attack … in Bajaur Agency"), has exactly one finer proposal of its kind and
 * day after it, in its circle and not told apart (nor "also attacked"): the detail ("A teenage suicide bomber blew
 * himself up on Friday in … Khar"), which it retells (a hundredth-try page proposed both).
 */
export function leadOfDetail(p: Proposal, others: Proposal[]): boolean {
  if (p.place_precision !== 'county' || p.lat === null || p.lon === null) return false;
  if (SEVERAL_TARGETS.test(p.excerpt)) return false;
  const details = others.filter(
    (o) =>
      o.excerpt_start >= p.excerpt_end &&
      o.date === p.date &&
      o.date_end === p.date_end &&
      o.lat !== null &&
      o.lon !== null &&
      ['town', 'point'].includes(o.place_precision ?? '') &&
      haversineKm(p.lat as number, p.lon as number, o.lat, o.lon) <= (p.uncertainty_km ?? 0) &&
      !toldApart(o) &&
      !ANOTHER_INCIDENT.test(o.excerpt) &&
      !/\balso\b/i.test(o.excerpt),
  );
  return details.length === 1;
}

/**
 * An excerpt opening on another incident ("Separately, …", "In a separate incident, …"); not
 * "Meanwhile, the President condemned the attack", which may tell more of the same one.
 */
export function toldApart(o: Proposal): boolean {
  return SEPARATE.test(o.excerpt.slice(0, 40));
}

/**
 * "another suicide bomber", "another attack", "In another clash in southern city of Khash" (a
 * hundred-and-seventy-first-try page folded it into the Sardasht operation, 1,900 km off): an
 * incident other than the one told before.
 */
export const ANOTHER_INCIDENT =
  /\banother\s+(?:suicide\s+|roadside\s+|bomb\s+)?(?:bomber|attacker|attack|blast|bombing|explosion|ambush|raid|strike|incident|assault|clash|firefight|gunfight|shootout|encounter)\b/i;

/**
 * True when `o` is one of the two proposals a lead listing places was split into (twoPlaces.ts;
 * another proposal has its excerpt) and a later proposal of `list` tells its incident in its own
 * sentence: the lead's day (the same date phrase), place and kind ("Three people were shot dead
 * … in Turbat and Panjgur areas on Tuesday." then "… shot dead by armed men in Satellite Town
 * area of Turbat."). The detail is kept, the lead's copy at that place dropped.
 */
export function detailedListLead(o: Proposal, list: Proposal[]): boolean {
  if (o.date_span === null) return false;
  const split = list.some(
    (x) => x !== o && x.excerpt_start === o.excerpt_start && x.excerpt_end === o.excerpt_end,
  );
  return (
    split &&
    list.some(
      (p) =>
        p.excerpt_start >= o.excerpt_end &&
        p.date_span?.start === o.date_span?.start &&
        p.date === o.date &&
        p.resolved_place === o.resolved_place &&
        p.category === o.category,
    )
  );
}
