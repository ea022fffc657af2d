// Event words that only point back at an incident told elsewhere ("the blast", "the Pishin
// blast", "the martyred soldier"): a sentence resting on them alone may be dated and placed by a
// burial, a trial or a statement, not by the incident. Pure.
import type { Trigger } from './events.ts';

/** Event nouns that a later sentence uses to point back at an incident ("the blast"). */
const EVENT_NOUN =
  /^(?:attacks?|assaults?|blasts?|bombings?|explosions?|strikes?|air ?strikes?|raids?|ambush(?:es)?|clash(?:es)?|abductions?|kidnappings?|shelling|hijacking)$/i;
/**
 * A determiner that makes the noun after it point back: "the", "this", "Monday's", "the 2019";
 * "the overnight assault" (a two-hundred-and-forty-sixth-try page proposed "Enraged by the
 * overnight assault, residents blocked the highway" as a second attack).
 */
const POINTING_BACK =
  /(?:\b(?:the|this|that|these|those|its|their)|'s|’s)\s+(?:(?:\d{4}|deadly|suicide|twin|same|recent|latest|earlier|previous|bomb|car|roadside|terrorist|militant|cross-border|border|missile|drone|rocket|overnight|night|morning|evening|weekend|brazen)\s+){0,2}$/i;
/**
 * A predicate counting the subject among others: "Thursday's attack … would be the fourth
 * cross-border raid" (not "The second attack took place in Quetta", which tells its own).
 */
const COUNTED =
  /\b(?:is|was|would\s+be|will\s+be|marks|marked)\s+(?:the|its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?$/i;
/**
 * "the Pishin blast": a name before the noun ("condemned the Pishin blast" was a second
 * incident); up to three words of it, and a kind ("the Shago Kas bomb blast": a
 * hundred-and-fifty-first-try page's hospital death was proposed as an incident at Peshawar).
 */
const POINTING_BACK_NAMED =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:(?:bomb|suicide|car|roadside|terrorist|militant)\s+)?$/u;
/** A kind of attack written before its noun, itself an event word: "bomb" in "the bomb blast". */
const KIND_BEFORE_NOUN = /^(?:bomb|bombing|suicide)$/i;

/** A participle used as an adjective after a determiner: "the martyred soldier", "the slain men". */
const PARTICIPLE = /^(?:martyred|slain|killed|abducted|kidnapped)$/i;
const DETERMINER_BEFORE = /\b(?:the|this|that|these|those|its|their|his|her)\s+$/i;

/**
 * True when the event word points back: a noun ("the blast", "Monday's attack"), or a participle
 * naming people already counted ("the martyred soldier was laid to rest": a regression from a
 * real Dawn report, where that sentence was proposed as the incident at the burial's town).
 */
export function pointsBack(text: string, t: Trigger): boolean {
  if (PARTICIPLE.test(t.text)) {
    return DETERMINER_BEFORE.test(text.slice(Math.max(0, t.span.start - 12), t.span.start));
  }
  // "the bomb blast": the kind points back with the noun it qualifies
  const noun = KIND_BEFORE_NOUN.test(t.text) ? nounAfter(text, t) : null;
  if (noun) return pointsBack(text, noun);
  if (!EVENT_NOUN.test(t.text)) return false;
  const before = text.slice(Math.max(0, t.span.start - 40), t.span.start);
  if (![POINTING_BACK, POINTING_BACK_NAMED, COUNTED].some((r) => r.test(before))) return false;
  return !tellsWhenOrWhere(text, t);
}

/** The event noun right after `t` ("blast" after "bomb"), as a trigger of its own, or null. */
function nounAfter(text: string, t: Trigger): Trigger | null {
  const m = /^\s+([\p{L}-]+)/u.exec(text.slice(t.span.end, t.span.end + 30));
  if (!m?.[1] || !EVENT_NOUN.test(m[1])) return null;
  const start = t.span.end + m[0].length - m[1].length;
  return { ...t, text: m[1], span: { start, end: start + m[1].length } };
}

/**
 * A sentence opening with the noun phrase ("The clash", "However, the strike on May 2", "Friday’s
 * clashes happened when …": a hundred-and-forty-first-try page had been held as pointing back).
 */
const OPENING =
  /^[\s"“‘']*(?:(?:however|meanwhile),?\s+)?(?:[^.;:"“”]{0,60}\b(?:said|says|reported|reports|added)\s+(?:that\s+)?)?(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day['’]s)\s+(?:(?:deadly|suicide|latest|cross-border|border|drone|missile|rocket|bomb|overnight|night|morning|evening|weekend|brazen|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?$/i;
/**
 * Its verb says when or where it happened: "took place", "happened", "occurred", "started", "ripped
 * through" ("the Tuesday explosion ripped through a parking area at the Torkham border crossing":
 * a hundred-and-sixty-sixth-try page); after
 * an aside naming the source ("The explosion, according to local sources, took place on Saturday
 * … in the Sarraafi Sabeqa market of Taloqan city": a hundred-and-fifty-second-try page); not
 * "occurred after a lapse of one month", which tells how rare it was ("Sunday’s drone attack
 * occurred after a lapse of one month in North Waziristan": a two-hundred-and-twenty-ninth-try
 * page proposed it as a second strike); in an aside ("The attack - which took place on Friday
 * night - occurred in the Spin Boldak district": a two-hundred-and-fifty-fourth-try page).
 */
const HAPPENED =
  /^(?:\s+(?:on|in|at|near)\s+[^,.;:"“”]{1,40}?)?(?:\s*,\s*according\s+to\s+[^,.;:"“”]{1,40},)?(?:\s*(?:,|\s[-–—])\s*which)?\s+(?:took\s+place|happened|occurred|started|began|broke\s+out|erupted|ripped\s+through|tore\s+through)\b(?!\s+after\s+a\s+(?:lapse|gap|hiatus|break|pause|lull)\b)/i;

/**
 * True when the sentence opens with the event noun and says when or where that incident happened
 * ("The clash took place in X on Monday night", "The strike on September 29 took place 60 km
 * north of Y"): the date and place are the incident's own, not a burial's or a statement's.
 */
function tellsWhenOrWhere(text: string, t: Trigger): boolean {
  return (
    OPENING.test(sentenceSoFar(text, t.span.start, 120)) &&
    HAPPENED.test(text.slice(t.span.end, t.span.end + 80))
  );
}

/** Words that bring in what an incident comes amid ("which comes just as …"). */
const COMES_AS = /\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:as|amid|while)\s/i;

/**
 * True when `t` lies in a clause bringing in what the sentence's incident comes amid ("Thursday's
 * attack … would be the fourth cross-border raid in recent days, which comes just as the United
 * States steps up strikes by unmanned drone aircraft in Pakistan's North Waziristan": a
 * hundred-and-forty-second-try Reuters copy, proposed as a second attack in North Waziristan).
 */
export function inBackground(text: string, t: Trigger): boolean {
  return COMES_AS.test(sentenceSoFar(text, t.span.start, 200));
}

/** The words of `start`'s sentence before it, looking back at most `reach` characters. */
function sentenceSoFar(text: string, start: number, reach: number): string {
  const before = text.slice(Math.max(0, start - reach), start);
  return before.split(/(?<=[.!?])\s+|\n/).at(-1) ?? '';
}
