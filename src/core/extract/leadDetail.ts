// A lead and its detail: news often tells an incident first without its date ("Dozens of armed
// men stormed Bhag, killing a police official") and then, in the next sentence, dates it without
// naming the place again ("… during the incident on Monday night"). Read apart, the lead is an
// undated repeat and the detail a placeless one, and the place or the date is lost. When the
// later sentence points back at the incident ("the incident", "the attack", "this blast") and
// nothing stands between the two, they are one proposal: the place from the one, the date from
// the other, both excerpts, for review (the user checks that they tell the same incident), unless
// the detail right after the lead only says when it happened ("The attack, which occurred on
// Tuesday, …"). Pure.
import { inheritCount } from './mergeCount.ts';
import { REPORT_ONLY } from './dateEvent.ts';
import { SAME_VICTIM } from './repeats.ts';
import type { Proposal } from './types.ts';
import { POINTS_BACK_REVIEW } from './reviews.ts';
import { RECALLED } from './nonEventWords.ts';

/**
 * "the incident", "this deadly attack", "the blast", "the Tuesday night attack": words pointing
 * back at one incident (not "said that 27 terrorist attacks", a tally).
 */
const POINTS_BACK =
  /\b(?:the|this|that|these)\s+(?:[\w-]+\s+)?(?:(?:night|morning|evening|afternoon|day)\s+)?(?:incidents?|attacks?|assaults?|blasts?|bombings?|explosions?|ambush|raids?|strikes?|abductions?|kidnappings?|clash(?:es)?|shootings?|exchange of (?:fire|firing|gunfire)|firefights?|gunfights?|fighting|battle)\b/i;
/**
 * "attacked the post", "stormed the checkpoint": an event verb whose object is definite points
 * back at the target the lead named ("attacked a checkpoint in Kharan district"; a regression
 * from a real Dawn report, where the lead's place was lost).
 */
export const VERB_POINTS_BACK =
  /\b(?:attacked|stormed|raided|ambushed|targeted|struck|hit)\s+the\s+(?:[\w-]+\s+)?(?:post|check ?post|checkpoint|outpost|convoy|vehicle|station|camp|base|patrol|bus)\b/i;
/**
 * A detail that only says when the lead's incident happened: it opens with the incident noun and
 * its verb is "occurred", "took place" or "happened" ("The attack, which occurred on Tuesday,
 * involved …", "According to officials, the incident occurred on the night of …", "The IRGC has
 * announced that the terrorist explosion took place on Sunday morning": a two-hundred-and-
 * sixty-second-try page). Right after the lead, it dates that incident and nothing else, so the
 * join needs no review.
 */
const SAYS_WHEN =
  /^[\s"“]*(?:according to [^,.;]{1,60},\s*|(?:[\w'’().-]+\s+){1,8}?(?:has\s+|have\s+)?(?:said|announced|confirmed|stated|reported)\s+(?:that\s+)?)?(?:the|this)\s+(?:[\w-]+\s+)?(?:incident|attack|assault|blast|bombing|explosion|ambush|raid|strike|abduction|kidnapping|clash|shooting)(?:,\s*which\s+|\s+)(?:occurred|took\s+place|happened)\b/i;
/**
 * A detail reporting what someone said of the incident on its day ("A senior police officer told
 * Dawn that the attack on Saturday night was an act of terrorism", right after a lead dated only
 * by its report: a two-hundred-and-fifty-eighth-try page, held for review): the words before the
 * date phrase. Not "during the attack on Monday night", whose subject may be another event.
 */
const NOUN_DATED =
  /\b(?:that|said|says|told\s+[\w-]+(?:\s+news)?)\s+the\s+(?:[\w-]+\s+)?(?:incident|attack|assault|blast|bombing|explosion|ambush|raid|strike|abduction|kidnapping|clash|shooting)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** True when `b`'s own date phrase follows its incident noun (`NOUN_DATED`). */
function nounDated(text: string, b: Proposal): boolean {
  const at = b.date_span?.start;
  if (at === undefined || at < b.excerpt_start) return false;
  return NOUN_DATED.test(text.slice(Math.max(b.excerpt_start, at - 60), at));
}
/**
 * A detail whose subject is the lead's victims and whose verb is the lead's ("Three policemen have
 * been killed in an attack in Gardez … | The policemen were killed on Tuesday evening …": a
 * thirteenth-try page, whose lead and day had stayed two drafts).
 */
const VICTIMS_WHEN = new RegExp(
  `${SAME_VICTIM.source.replace(/\\b$/, '')}\\s+(?:were|was|had\\s+been|have\\s+been)\\s+(?:killed|martyred|shot\\s+dead|wounded|injured|abducted|kidnapped)\\b`,
  'i',
);
/** At most this many characters between a lead and a detail that says when (a line break). */
const NEXT_SENTENCE = 3;
/**
 * Words that make the later sentence another incident ("Separately, two policemen were injured
 * … in Logar": a sixty-third-try page's Badghis operation had been placed there, 569 km off).
 */
const ANOTHER = new RegExp(
  String.raw`\b(?:another|second|separate|separately|earlier|previous|also|similar|${RECALLED})\b`,
  'i',
);
/**
 * "six of the attackers were also killed in the battle": more dead of the same incident, not
 * another one (a twenty-third-try page, whose lead in Herat province lost its day).
 */
const MORE_DEAD = /\balso\s+(?:been\s+)?(?:killed|wounded|injured|died)\s+in\s+the\b/gi;
/**
 * "The police chief also confirmed the incident, saying …": "also" adds a speaker, not an
 * incident (a twenty-eighth-try page, whose lead kept the day of its report).
 */
const ALSO_SAYS = /\balso\s+(?:confirmed|said|told|added|stated|reported)\b/gi;
/** At most this many characters between the two excerpts (a short paragraph break). */
const MAX_GAP = 400;
/**
 * An official confirming the incident may come at the end of the report, several paragraphs on
 * ("… confirmed the incident to Pajhwok, saying … attacked … late on Monday night").
 */
const CONFIRMS =
  /\bconfirmed\s+the\s+(?:[\w-]+\s+)?(?:incident|attack|assault|blast|bombing|explosion|ambush|raid|killings?)\b/i;
/** At most this many characters between a lead and an official's confirming detail. */
const MAX_CONFIRM_GAP = 1500;

const hasPlace = (p: Proposal) => p.lat !== null;
const hasDate = (p: Proposal) => p.date !== null;
/** The review saying a proposal's date is a relative clause's (`dates.ts`): not its own. */
const CLAUSE_ONLY = /dates what the clause/;
/**
 * Dated only by a clause about something else ("The attacks took place in the Bajaur tribal
 * district, where … forces launched a major offensive in August"): for a join, undated.
 */
const clauseDated = (p: Proposal) => p.reasons.some((r) => CLAUSE_ONLY.test(r.message));
/**
 * A detail that only says where the lead's incident happened: "The attacks took place in the
 * Bajaur tribal district" right after "Pakistani troops pounded militant hideouts in a tribal
 * region … on Wednesday" (a seventeenth-try page, which lost the place). Like `SAYS_WHEN`, the
 * join needs no review.
 */
const SAYS_WHERE =
  /^[\s"“]*(?:the|this|these)\s+(?:[\w-]+\s+)?(?:incidents?|attacks?|assaults?|blasts?|bombings?|explosions?|ambush|raids?|strikes?|abductions?|kidnappings?|clash(?:es)?|shootings?|operations?|fighting)\s+(?:took\s+place|occurred|happened)\s+(?:in|at|near|on)\b/i;

/** Dated only by the report that tells it ("… claimed responsibility for the bombing in Zahedan, Al Arabiya reported today"). */
const reportDated = (p: Proposal) => p.reasons.some((r) => REPORT_ONLY.test(r.message));

/** Weapons a lead names that its detail names again ("a landmine explosion" … "hit a landmine"). */
const WEAPON =
  /\b(?:land ?mines?|IEDs?|roadside bombs?|suicide bombers?|car bombs?|magnetic bombs?|drones?|rockets?|mortars?|grenades?)\b/gi;

/**
 * True when the detail `later` names a weapon the `lead` named ("… in a landmine explosion … in
 * the Jiwani area" then "… when it hit a landmine in the Duran area on Saturday": a
 * twenty-first-try page, whose lead stayed undated and detail unplaced).
 */
function sameWeapon(lead: string, later: string): boolean {
  const stem = (w: string) => w.toLowerCase().replace(/\s+/g, '').replace(/s$/, '');
  const named = new Set([...lead.matchAll(WEAPON)].map((m) => stem(m[0])));
  return [...later.matchAll(WEAPON)].some((m) => named.has(stem(m[0])));
}

/** People a lead names as the one the act befell ("the director of a local TV station"). */
const PERSON =
  'director|journalist|reporter|official|officer|commander|elder|engineer|doctor|judge|leader|cleric|teacher|businessman|trader|contractor|employee|activist|politician|lawmaker|candidate';
/** Acts on a person. */
const ACT = /\b(?:kidnapped|abducted|killed|shot|assassinated|gunned\s+down|wounded|injured)\b/gi;

/**
 * True when `later` tells the lead's act on the person the lead named, taken up with "the" ("the
 * director of a local TV station was kidnapped" … "said the TV director, known as Engineer
 * Zelmia, was kidnapped late on Tuesday": a twenty-third-try page, whose place and day stayed
 * apart).
 */
function samePersonAct(lead: string, later: string): boolean {
  const acts = new Set([...lead.matchAll(ACT)].map((m) => m[0].toLowerCase()));
  const sameAct = [...later.matchAll(ACT)].some((m) => acts.has(m[0].toLowerCase()));
  const person = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+)?(${PERSON})\\b`, 'gi');
  return [...later.matchAll(person)].some((m) =>
    // the same act on the person, or the person the lead introduced ("an Afghan intelligence
    // official … killed in an explosion" then "a bomb was detonated as the intelligence official
    // walked out of his house on Wednesday afternoon", a twenty-fourth-try page)
    new RegExp(sameAct ? `\\b${m[1]}\\b` : `\\ban?\\s+(?:[\\w-]+\\s+){0,2}${m[1]}\\b`, 'i').test(
      lead,
    ),
  );
}

/** True when `a` and `b` (in text order) complete each other as one incident. */
function completes(text: string, a: Proposal, b: Proposal): boolean {
  if (a.category !== b.category) return false;
  const gap = b.excerpt_start - a.excerpt_end;
  const later = text.slice(b.excerpt_start, b.excerpt_end);
  if (gap < 0 || gap > (CONFIRMS.test(later) ? MAX_CONFIRM_GAP : MAX_GAP)) return false;
  const complementary =
    (hasPlace(a) && !hasDate(a) && hasDate(b) && !hasPlace(b)) ||
    (hasDate(a) && !hasPlace(a) && hasPlace(b) && (!hasDate(b) || clauseDated(b))) ||
    // a placed lead dated only by its report, and a detail dating the incident on or before it
    (hasPlace(a) &&
      reportDated(a) &&
      hasDate(b) &&
      !hasPlace(b) &&
      !reportDated(b) &&
      (b.date as string) <= (a.date as string));
  if (!complementary) return false;
  const pointsBack =
    POINTS_BACK.test(later) ||
    VERB_POINTS_BACK.test(later) ||
    VICTIMS_WHEN.test(later.trimStart()) ||
    sameWeapon(text.slice(a.excerpt_start, a.excerpt_end), later) ||
    samePersonAct(text.slice(a.excerpt_start, a.excerpt_end), later);
  return pointsBack && !ANOTHER.test(later.replace(MORE_DEAD, '').replace(ALSO_SAYS, ''));
}

/** One proposal from a lead and its detail: place fields from the placed one, date from the dated. */
function combine(text: string, a: Proposal, b: Proposal): Proposal {
  const placed = hasPlace(a) ? a : b;
  const dated = placed === a ? b : a;
  const start = a.excerpt_start;
  const end = b.excerpt_end;
  // the placed lead's own date, when it was only its report's, gives way with its review
  // …and its date, when only a clause's, gives way with the reviews about it
  const dropped = placed.date_basis ? `"${placed.date_basis}"` : null;
  const placedReasons = placed.reasons.filter(
    (r) =>
      !REPORT_ONLY.test(r.message) &&
      !(placed === b && clauseDated(b) && dropped && r.message.includes(dropped)),
  );
  const reasons = [...placedReasons, ...dated.reasons].filter(
    (r, i, all) =>
      r.code !== 'no_date' &&
      r.code !== 'no_place' &&
      all.findIndex((x) => x.message === r.message) === i,
  );
  const detail = text.slice(b.excerpt_start, b.excerpt_end);
  const next = b.excerpt_start - a.excerpt_end <= NEXT_SENTENCE;
  // right after the lead, a detail that only dates it: its noun pointing back is what joins it
  const dates =
    next &&
    placed === a &&
    (SAYS_WHEN.test(detail) || VICTIMS_WHEN.test(detail) || nounDated(text, b));
  const saysWhen = dates || (next && placed === b && SAYS_WHERE.test(detail));
  const kept = dates ? reasons.filter((r) => !POINTS_BACK_REVIEW.test(r.message)) : reasons;
  if (!saysWhen) {
    kept.push({
      code: 'other',
      message: `the place ('${placed.place}') and the date ('${dated.date_basis}') come from two sentences, the second pointing back at the incident; check that they tell the same one`,
    });
  }
  const out: Proposal = {
    ...placed,
    status: kept.length === 0 ? 'proposed' : 'needs_review',
    reasons: kept,
    excerpt: text.slice(start, end),
    excerpt_start: start,
    excerpt_end: end,
    date: dated.date,
    date_precision: dated.date_precision,
    date_basis: dated.date_basis,
    date_span: dated.date_span,
    actors: [...new Set([...a.actors, ...b.actors])],
  };
  delete out.date_end;
  if (dated.date_end) out.date_end = dated.date_end;
  inheritCount(out, dated);
  return out;
}

/**
 * Joins each lead and its detail (consecutive proposals, see the file comment) into one
 * proposal; the others pass unchanged, in order.
 */
export function joinLeadAndDetail(text: string, list: Proposal[]): Proposal[] {
  const out: Proposal[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Proposal;
    const b = list[i + 1];
    if (b && completes(text, a, b)) {
      out.push(combine(text, a, b));
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}
