// Where a name stands for the seat of a unit or an office, where a report's source speaks from,
// where people come from or went afterwards, or where the earlier event a sentence counts from
// happened ("based in X", "officials in Quetta said", "two Quetta residents were killed in
// Mastung", "fled away to … Gilan district", "a day after bombings … in Lahore"): not the scene
// while the sentence names another place. Pure.
import { findTriggers } from './events.ts';
import type { PlaceMention, Review } from './types.ts';

/**
 * Words before a name that make it the seat of a unit or an office ("the Border Guard Unit in
 * … Zabol", "stationed in X", "assistant commissioner of the border town of X"), not where it
 * happened.
 */
const SEAT_BEFORE =
  /\b(?:(?:unit|regiment|battalion|brigade|division|corps|headquarters|command|garrison|wing|academy)\s+(?:in|at|of)|(?:commissioner|governor|mayor|administrator|chief|officer|head|in\s+charge)\s+of|(?:spokes(?:man|woman|person)|officials?|authorities|commander)\s+(?:in|for|of)|(?:based|stationed|posted|deployed|headquartered)\s+(?:in|at))\s+[^,;.()]{0,45}$/i;

/** Is `m` named as the seat of a unit ("the Border Guard Unit in … Zabol", "based in X")? */
export function isSeat(text: string, m: PlaceMention): boolean {
  const before = text.slice(Math.max(0, m.span.start - 80), m.span.start);
  return SEAT_BEFORE.test(before) && !VICTIM_BEFORE.test(before);
}

/**
 * An official who is the object of an event verb ("Gunmen shot dead a government official in
 * Turbat", "seized a local official in Saravan"): the official is the victim and the name the
 * scene, not the seat of a source.
 */
const VICTIM_BEFORE =
  /\b(?:seized|captured|kidnapp?ed|abducted|killed|shot|gunned\s+down|attacked|targeted|ambushed|injured|wounded|assassinated|murdered|stabbed)\s+(?:dead\s+)?(?:(?:a|an|the|two|three|four|five|six|seven|\d+|several)\s+)?(?:[\w-]+\s+){0,3}?officials?\s+(?:in|at|of)\s+(?:the\s+)?(?:(?:city|town|provincial\s+capital)\s+of\s+)?$/i;

/**
 * Words before a name that make it where a source speaks from ("a security official in Quetta",
 * "the minister, speaking in Turbat, said", "told reporters in Quetta", "at a press conference in
 * Quetta").
 */
const SOURCE_BEFORE =
  /\b(?:(?:spokes(?:man|woman|person)|officials?|authorities|sources?)\s+(?:in|at)|(?:based|stationed|posted|living)\s+(?:in|at)|(?:speaking|talking)(?:\s+to\s+(?:reporters|journalists|the\s+media))?\s+(?:in|at|from)|told\s+(?:reporters|journalists|(?:the\s+)?media)\s+(?:in|at)|(?:at|during|addressing)\s+(?:a|the)\s+(?:press|news)\s+(?:conference|briefing)\s+(?:in|at))\s+(?:the\s+)?(?:(?:city|town|provincial\s+capital)\s+of\s+)?$/i;

/**
 * An office's title right before a name, which makes it the office's seat ("the Assistant
 * Political Agent Khar said the blast occurred … in the main bazaar of Pashat, about 30 km north
 * of the Agency headquarters": an eightieth-try page, whose blast had taken Khar from that
 * sentence; "Deputy Commissioner Kech", "DPO Kohat", "District Police Officer (DPO) of Dera Ghazi
 * Khan": a hundred-and-forty-third-try page held its Jhangi attack at Dera Ghazi Khan).
 */
const TITLE_BEFORE =
  /\b(?:political\s+agent|(?:deputy|assistant)\s+commissioner|district\s+police\s+officer|DPO|DCO|SSP|SHO|DIG)(?:\s*\([A-Z]{2,5}\))?\s+(?:of\s+)?$/i;

/**
 * An office's title after a name in the possessive, which makes it the office's seat ("Quetta's
 * Deputy Inspector-General (DIG) of police … said", "Kandahar's police chief said"), as a title
 * before it does ("DIG Quetta").
 */
const TITLE_AFTER =
  /^['’]s?\s+(?:(?:deputy|assistant|additional|senior|provincial|district|city|top)\s+)*(?:inspector[-‐\s]general|commissioner|police\s+chief|chief\s+of\s+police|political\s+agent|governor|superintendent|spokes(?:man|woman|person)|mayor|DIG|IGP?|SSP|DPO|DCO|SHO)\b/i;

/**
 * An office's title right after a name, without a possessive ("Larkana sessions judge … survived
 * attack … on Khairpur-Larkana road": a hundred-and-ninety-sixth-try page had been placed at
 * Larkana, 41 km off; "Quetta police chief", "Kech deputy commissioner").
 */
const TITLE_PLAIN_AFTER =
  /^\s+(?:(?:additional|district|and|senior|city|civil|anti-terrorism)\s+)*(?:sessions\s+judge|deputy\s+commissioner|assistant\s+commissioner|police\s+chief|SSP|DPO|DIG)\b/i;

/**
 * An outlet after a name in the possessive, which makes it the outlet's seat ("Tehran's news
 * agency IRNA reported": a two-hundred-and-fifty-fifth-try page had the abduction "near the
 * Pak-Iran border" held at Tehran).
 */
const OUTLET_AFTER =
  /^['’]s?\s+(?:(?:official|state|state-run|semi-official|local|main|leading|largest|top)\s+)*(?:news\s+agency|agency|television|TV|radio|broadcaster|newspapers?|daily|press|media|news\s+(?:outlets?|channels?|websites?))\b/i;

/** Words before a name that make it a person's home ("(resident of Jhelum)", "a native of Swat"). */
const HOME_BEFORE =
  /\b(?:residents?\s+of|natives?\s+of|hail(?:ed|ing|s)\s+from|belong(?:ed|ing|s)\s+to|hometown(?:\s+of)?|(?:his|her|their)\s+(?:home\s*town|native\s+(?:town|village|district))(?:\s+(?:of|in))?)\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+)?$/i;

/** Words after a name that make it people's home ("two Quetta residents", "a Kabul native"). */
const HOME_AFTER = /^\s+(?:residents?|natives?)\b/i;

/**
 * Is `m` named as where the source of the report sits ("officials in Turbat said") or where a
 * person comes from ("Sepoy X (resident of Jehlum) embraced martyrdom in North Waziristan": the
 * soldier's home town had been read as the scene, 363 km off; "two Quetta residents were killed
 * in an attack in Mastung" had been held at Quetta, 50 km off)?
 */
export function isSourceSeat(text: string, m: PlaceMention): boolean {
  const before = text.slice(Math.max(0, m.span.start - 60), m.span.start);
  const wide = text.slice(Math.max(0, m.span.start - 80), m.span.start);
  const after = text.slice(m.span.end, m.span.end + 60);
  return (
    (SOURCE_BEFORE.test(before) && !VICTIM_BEFORE.test(wide)) ||
    TITLE_BEFORE.test(before) ||
    TITLE_AFTER.test(after) ||
    OUTLET_AFTER.test(after) ||
    TITLE_PLAIN_AFTER.test(after) ||
    HOME_BEFORE.test(before) ||
    HOME_AFTER.test(after)
  );
}

/**
 * Words before a name that put it in the earlier event a sentence counts its own from ("… in
 * Swat on Saturday, a day after a series of bombings brought chaos to the city of Lahore"; "came
 * hours after a bomb … in Kabul": a sixty-ninth-try page had been held at Kabul, 177 km off).
 */
const ANCHOR_BEFORE =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|\d+|a\s+couple\s+of|a\s+few)\s+(?:days?|weeks?|hours?)|(?:just\s+|only\s+|mere\s+)?(?:hours|minutes))\s+(?:after|before)\s+[^,;.()]{0,80}$/i;

/** Nothing but a dateline and "just" or "only" before the anchor: it opens the sentence. */
const OPENS_CLAUSE = /^\W*(?:\p{Lu}[\p{Lu}\s.'’-]*:\s*)?(?:(?:[Jj]ust|[Oo]nly)\s+)?$/u;

/** A subject pointing back at an incident told before, then "comes": "The recent attack comes". */
const BACK_SUBJECT =
  /^\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]oday's)\s+(?:[a-z-]+\s+){0,2}(?:attack|bombing|blast|assault|explosion|strike|raid|ambush|violence)\s+(?:comes?|came)\s+(?:just\s+|only\s+)?$/;

/**
 * Is `m` where the earlier event the sentence counts from happened (see `ANCHOR_BEFORE`), while
 * the words before it, or after the clause the anchor opens, tell an event of their own? "It
 * comes a day after Iran struck militants in Panjgur" tells the strike itself, in Panjgur; "A day
 * after a bombing in Peshawar, a strike hit … in the Gorbuz district" tells the strike after the
 * comma (a sixty-seventh-try page: proposed at Peshawar, 168 km from Gurbuz in Khost).
 */
function isAnchorPlace(text: string, m: PlaceMention): boolean {
  const from = Math.max(0, m.span.start - 120);
  const anchor = ANCHOR_BEFORE.exec(text.slice(from, m.span.start));
  if (!anchor) return false;
  const at = from + anchor.index;
  const start = Math.max(0, ...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, at - 1) + 1));
  // "The blatant attack comes just a day after fighters … in Kandahar": an attack told before,
  // pointed back at, with no place of its own, is "It comes a day after …"
  if (BACK_SUBJECT.test(text.slice(start, at))) return false;
  if (findTriggers(text, { start, end: at }).some((t) => t.category !== 'statement')) return true;
  // (after a dateline and "Just": "QUETTA: Just a couple of days after the Kech attack …, three
  // Levies Force personnel … were martyred … in the Sui area": a hundred-and-forty-fourth-try page)
  return OPENS_CLAUSE.test(text.slice(start, at)) && mainClauseEvent(text, m.span.end);
}

/** True when a comma closes the opening clause after `from` and the rest tells an event. */
function mainClauseEvent(text: string, from: number): boolean {
  const rest = text.slice(from);
  const comma = /^[^,;.!?()]*,/.exec(rest);
  if (!comma) return false;
  const start = from + comma[0].length;
  const end = from + (/[.!?](?:\s|$)/.exec(rest)?.index ?? rest.length);
  return findTriggers(text, { start, end }).some((t) => t.category !== 'statement');
}

/**
 * The earlier event's place gives way to a feature the sentence names ("in Pakistan's Swat valley
 * on Saturday, a day after … the city of Lahore": not Lahore, 300 km off; the valley says why).
 */
export function anchorGivesWay<T extends { event: PlaceMention | null; reviews: Review[] }>(
  picked: T,
  feature: boolean,
  text: string,
): T {
  const anchor = feature && picked.event !== null && isAnchorPlace(text, picked.event);
  return anchor ? { ...picked, event: null, reviews: [] } : picked;
}

/**
 * Words before a name that make it where people went afterwards: attackers who "fled away to the
 * mountainous area in the neighbouring Gilan district", the injured "shifted to" a hospital (but
 * "smugglers fled into Saravan border areas" is where they went, the event itself).
 */
const AFTERWARDS_BEFORE =
  /\b(?:(?:fled|escaped|retreated|withdrew)\s+(?:away\s+|back\s+)?(?:to|towards?)|(?:took|sought)\s+refuge\s+in|(?:were|was|been)\s+(?:taken|shifted|rushed|moved|evacuated|transferred|referred)\s+(?:back\s+)?(?:to|into))\s+[^,;.()"“]{0,60}$/i;

/** The words of the review of a place where people went afterwards (`repeats.ts` reads them). */
export const AFTERWARDS_REVIEW = 'is where people went afterwards';

/** Is `m` where people went after the event (see `AFTERWARDS_BEFORE`), not where it happened? */
export function isAfterwards(text: string, m: PlaceMention): boolean {
  return AFTERWARDS_BEFORE.test(text.slice(Math.max(0, m.span.start - 100), m.span.start));
}

/** Words after a name that make it whose political agent it is ("the Khyber Agency political agent"). */
const AGENT_AFTER = /^\s+(?:agency\s+)?political\s+(?:agent|administration|administrator)s?\b/i;

/**
 * Is `m` the tribal agency whose political agent or administration is meant ("an attack on the
 * Khyber Agency political agent's office")? The agents' offices sat in nearby towns (Khyber's at
 * Peshawar): a sixty-fourth-try page had been answered in the agency, 42 km off.
 */
function isAgentOf(text: string, m: PlaceMention): boolean {
  return AGENT_AFTER.test(text.slice(m.span.end, m.span.end + 40));
}

/**
 * Words before a name that make it where people work ("killing two employees of the United States
 * Consulate in nearby Peshawar": a hundred-and-sixty-third-try convoy bombing in Mohmand had been
 * proposed at Peshawar, 48 km off).
 */
const WORKPLACE_BEFORE =
  /\b(?:employees?|staff(?:ers)?|workers?)\s+(?:of|at)\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}?(?:consulate|embassy|high\s+commission|mission)\s+(?:in|at)\s+(?:nearby\s+|neighbou?ring\s+)?(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/i;

/**
 * Why `m` is named for something else than the scene, in words for a review ("is named as where
 * the report's source is, …"), or null when it may be the scene.
 */
export function notScene(text: string, m: PlaceMention): string | null {
  if (isSourceSeat(text, m))
    return "is named as where the report's source is, or where someone comes from";
  if (isAnchorPlace(text, m)) return 'is the place of the earlier event the sentence counts from';
  if (WORKPLACE_BEFORE.test(text.slice(Math.max(0, m.span.start - 90), m.span.start)))
    return 'is named as where the victims work';
  if (isAfterwards(text, m)) return `${AFTERWARDS_REVIEW} (fled, were taken)`;
  if (isAgentOf(text, m))
    return "names whose political agent it is; the agent's office may lie outside the agency";
  return null;
}
