// Repeats of an incident within one article: an undated mention of a category dated elsewhere,
// and a summary at a country or province of the incidents told in detail, are folded into them.
// An undated mention just after a dated incident that places it elsewhere ("A soldier of the
// unit in Zabol was killed on Sunday night. … was killed in Hirmand region") is a doubt about
// the dated incident's place, so the dated one is sent to review before the mention is dropped.
import { dropAftermath } from './aftermath.ts';
import { haversineKm } from './distance.ts';
import { heldFor } from './heldFor.ts';
import { compareIncidents } from './mergeSources.ts';
import { AFTERWARDS_REVIEW } from './placeSeats.ts';
import { SAME_DAY_OTHER, SEVERAL_TARGETS } from './storyTime.ts';
import {
  ANOTHER_INCIDENT,
  detailedListLead,
  leadOfDetail,
  SEPARATE,
  sumsUpDetails,
  toldApart,
} from './leadSummaries.ts';
import { sharedPhrase } from './sharedPhrase.ts';
import type { Proposal } from './types.ts';

/** A roundup of the day's incidents: "a new wave of violence", "a spate of attacks". */
const ROUNDUP = /\b(?:a|the)\s+(?:new\s+|fresh\s+|latest\s+)?(?:wave|spate|series|string)\s+of\b/i;
/** Another incident the one told came after: "came hours after a similar attack". */
const CAME_AFTER =
  /\b(?:came|comes)\s+(?:just\s+|only\s+)?(?:(?:a|an|one|two|three|\d+)\s+)?(?:hours?|days?|minutes?)\s+(?:after|before)\b|\ba\s+similar\s+(?:attack|blast|bombing|explosion|incident)\b/i;
/**
 * A sentence recalling an earlier incident: "Earlier on June 25, five soldiers had been martyred",
 * "In a similar incident on October 10, a local journalist died" (a two-hundred-and-seventy-second-
 * try page's undated lead in Hub had vanished into that recalled grenade attack there).
 */
const RECALLS_EARLIER =
  /^\W*(?:earlier|previously|before\s+that|in\s+(?:a\s+similar|an\s+earlier|a\s+previous)\s+(?:incident|attack|case|blast|bombing)\b)/i;
/** At most this many characters between a dated incident and the undated mention after it. */
const NEAR_CHARS = 600;

/** A sentence whose subject points back at the victim of the incident before it. */
export const SAME_VICTIM =
  /^(?:the|this)\s+(?:slain\s+|martyred\s+|dead\s+|wounded\s+|injured\s+)?(?:conscripts?|soldiers?|guards?|policem[ae]n|officers?|victims?|journalists?|workers?|drivers?|personnel)\b/i;

/**
 * True when `p` names another place than `o`: not a country, border or province (which may
 * contain `o`), and its centre outside `o`'s circle ("Hirmand region" against Zabol within 5 km).
 */
function elsewhere(o: Proposal, p: Proposal): boolean {
  if (o.lat === null || o.lon === null || p.lat === null || p.lon === null) return false;
  if (['country', 'border', 'province'].includes(p.place_precision ?? '')) return false;
  if (p.resolved_place === o.resolved_place) return false;
  return haversineKm(o.lat, o.lon, p.lat, p.lon) > (o.uncertainty_km ?? 0);
}

/**
 * Sends to review a dated proposal when the next proposal, of the same category, undated and
 * within `NEAR_CHARS` after it, is placed apart from it (a regression from a real IFP report:
 * the soldier's unit town was proposed, the place of the shooting came a paragraph later).
 */
function flagOtherPlaces(list: Proposal[]): Proposal[] {
  return list.map((o, i) => {
    const p = list[i + 1];
    if (!p || o.date === null || p.date !== null || p.category !== o.category) return o;
    if (p.excerpt_start - o.excerpt_end > NEAR_CHARS || !elsewhere(o, p)) return o;
    // only a place read as where it happened, with nothing else in doubt ("a train to Peshawar"
    // or "the Makran coast" are no rival of the dated incident's place)
    // (a district of unknown size, "in Hirmand region", is still where it happened)
    const district = p.place_precision === 'county';
    if (!p.reasons.every((r) => r.code === 'no_date' || (district && r.code === 'coarse_place'))) {
      return o;
    }
    // and only when it retells the same victim ("The conscript, identified as …, was killed in")
    if (!SAME_VICTIM.test(p.excerpt)) return o;
    return heldFor(o, {
      code: 'several_places',
      message: `the next sentence, with no date of its own, places this kind of event at '${p.place}', not '${o.place}'; check which is this incident's place`,
    });
  });
}

/** A place a finer proposal may lie in: none, a country, a border or a province. */
export function coarse(p: Proposal): boolean {
  return p.lat === null || ['country', 'border', 'province'].includes(p.place_precision ?? '');
}

/** True when the finer proposal `o` may lie in `p`'s coarse place. */
function within(p: Proposal, o: Proposal): boolean {
  if (p.place_precision !== 'province') return true;
  return o.admin1 === p.admin1 && o.country === p.country;
}

/** Two placed incidents this far apart (km) or more, beyond both their radii, are not one. */
const APART_KM = 50;

/**
 * True when `p` and `o` are placed too far apart to be one incident told twice: beyond both radii
 * and at least `APART_KM` (stricter than `elsewhere`, which asks only whether `p` lies outside `o`).
 */
function placedApart(p: Proposal, o: Proposal): boolean {
  if (p.lat === null || p.lon === null || o.lat === null || o.lon === null) return false;
  const reach = Math.max(APART_KM, (p.uncertainty_km ?? 0) + (o.uncertainty_km ?? 0));
  return haversineKm(p.lat, p.lon, o.lat, o.lon) > reach;
}

/**
 * True when the lack of a date is all that is in doubt about `p`: a place misread in a retelling
 * ("calling reporters in Quetta", "a train to Peshawar", "the city's Ahmadabad district" read as a
 * namesake) carries another reason and is folded as before.
 */
function onlyUndated(p: Proposal): boolean {
  return p.reasons.every((r) => r.code === 'no_date');
}

/** An excerpt's words, for comparing two copies of one sentence. */
function words(p: Proposal): string {
  return p.excerpt.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * True when the proposal's date phrase lies before its own excerpt: it took the day of the story
 * told before it ("The TTP, which claimed responsibility for the Kurram attack, said …" after the
 * lead's ambush "on Tuesday"), so with the same day, place and kind it retells that incident.
 */
function borrowsDate(p: Proposal): boolean {
  return p.date_span !== null && p.date_span.end <= p.excerpt_start;
}

/**
 * True when `p` adds nothing to `o`: `o` is not a summary of several incidents and `p` names no
 * finer place of its own ("IEDs in the Razmak subdivision" after "attacks in North and South
 * Waziristan" is a detail, not a retelling).
 */
function retells(o: Proposal, p: Proposal): boolean {
  const has = (x: Proposal, code: string) => x.reasons.some((r) => r.code === code);
  return !has(o, 'several_places') && !has(p, 'fallback_admin');
}

/**
 * Drops a list lead's copy told in detail (`detailedListLead`), then a proposal whose sentence is
 * word for word an earlier proposal's, or that retells one
 * with its day (`borrowsDate`), read the same: the same day, place and kind (the province Farah
 * is not the town Farah, a nineteenth-try page's detail at "the outskirts of Farah City" had
 * vanished behind its lead in "Farah province"; regressions from
 * real pages: a Dawn page printing its lead again as two photo captions, proposed three times; a
 * Reuters report's two later sentences on "the Kurram attack", proposed beside the ambush).
 */
function dropCopies(all: Proposal[]): Proposal[] {
  const list = all.filter((o) => !detailedListLead(o, all));
  return list.filter(
    (p, i) =>
      !list
        .slice(0, i)
        .some(
          (o) =>
            (words(o) === words(p) ||
              (borrowsDate(p) && retells(o, p)) ||
              retoldInOwnWords(o, p)) &&
            o.date === p.date &&
            o.date_end === p.date_end &&
            o.resolved_place === p.resolved_place &&
            o.place_precision === p.place_precision &&
            o.category === p.category,
        ),
  );
}

/**
 * True when `p` tells `o`'s incident again in other words sharing a phrase of its own
 * (`sharedPhrase`: a page's summary, then its body's lead, "the head of police intelligence"; a
 * hundred-and-ninety-fifth-try page had proposed the Bandar Lengeh bombing twice), neither saying
 * it is another incident. Both must be dated by a phrase of their own.
 */
function retoldInOwnWords(o: Proposal, p: Proposal): boolean {
  const other = (x: Proposal) =>
    ANOTHER_INCIDENT.test(x.excerpt) || SEPARATE.test(x.excerpt) || SAME_DAY_OTHER.test(x.excerpt);
  const dated = (x: Proposal) => x.date !== null && x.date_span !== null;
  if (o.lat === null || !dated(o) || !dated(p) || other(o) || other(p)) return false;
  return sharedPhrase(o.excerpt, p.excerpt);
}

/** True when `p` is dated to one day and `o` only to a stretch of several days. */
function dayBesideStretch(p: Proposal, o: Proposal): boolean {
  return p.date_precision === 'day' && !p.date_end && Boolean(o.date_end);
}

/**
 * True when `p`, undated at a province, names a province none of the dated proposals of its kind
 * (`others`) lies in or stands for: "A similar pre-dawn assault was also carried out in Khost
 * province" after rockets fired into Kunar on Saturday is another incident, not a mention of
 * that one (a twenty-first-try page, where it vanished). A dated one at its country may sum it
 * up, and one across the border may be the other side's account of it (a Chaman clash told by
 * Kandahar's police).
 */
function otherProvince(p: Proposal, others: Proposal[]): boolean {
  if (p.place_precision !== 'province' || p.country === null) return false;
  return others.every(
    (o) =>
      o.date === null ||
      (o.country === p.country &&
        o.place_precision !== 'country' &&
        o.admin1 !== null &&
        o.admin1 !== p.admin1),
  );
}

/** The page's first line, with no full stop: its headline (sentences.ts ends it at the line). */
function isHeadline(p: Proposal): boolean {
  return p.excerpt_start < 3 && !/[.!?]["”’']?$/.test(p.excerpt.trim());
}

/** True when `o` is placed in `p`'s province (or at `p`'s country). */
function sameArea(p: Proposal, o: Proposal): boolean {
  if (o.lat === null || p.country === null || o.country !== p.country) return false;
  return o.place_precision === 'country' || (o.admin1 !== null && o.admin1 === p.admin1);
}

/**
 * Drops proposals that repeat another of the same article: an undated mention of a category
 * already dated elsewhere ("the abduction of border guards"), and a summary placed only at a
 * country or a province whose date overlaps a more precise proposal of the same category in it
 * ("the neighbours exchanged cross-border attacks nearly 10 days ago", "Militants attacked two
 * camps in Balochistan late on Wednesday" before the paragraphs on each camp); with no place at
 * all, only when its dates are the same.
 */
export function foldRepeats(all: Proposal[]): Proposal[] {
  const list = dropAftermath(dropCopies(all));
  return flagOtherPlaces(list).filter((p) => {
    // the text says it is another incident ("In a separate incident, Constable … was shot and
    // killed … in Sarangi Adda, Bannu": a sixteenth-try killing vanished behind the day's bombing
    // in Lakki Marwat): kept, undated, for review
    if (p.date === null && SEPARATE.test(p.excerpt)) return true;
    const others = list.filter((o) => o !== p && o.category === p.category);
    // the page's headline, undated, over a dated incident of its kind in the same province: its
    // summary ("Taliban checkpoint attack kills four in Afghanistan's Herat" over the attack "in
    // the western Herat province … late on Tuesday": a twenty-third-try page drafted it twice)
    if (p.date === null && isHeadline(p) && others.some((o) => o.date !== null && sameArea(p, o)))
      return false;
    // an undated lead with the article's only place of its kind is kept (for review): folding it
    // into a dated but placeless detail lost the place (a real page's clashes "in the Maidan area
    // of Tirah Valley, Khyber District" vanished behind "the exchange of fire, which began … today")
    // an undated incident placed far from every dated one of its kind is another incident, kept
    // for review ("Gunmen shot dead two policemen in Turbat." then "On Tuesday, a bomb … in
    // Quetta": the Turbat killing had vanished as a mention of Tuesday's attack)
    // (nor is an incident the text recalls after it as earlier: "Earlier on June 25, five Frontier
    // Corps soldiers had been martyred … in Sibi", a two-hundred-and-sixteenth-try page's
    // background, had swallowed its undated lead at Loralai)
    const recalled = (o: Proposal) =>
      o.excerpt_start >= p.excerpt_end && RECALLS_EARLIER.test(o.excerpt);
    if (p.date === null)
      return (
        !others.some((o) => o.date !== null && !recalled(o)) ||
        (!coarse(p) &&
          others.every((o) => coarse(o) || o.date === null || placedApart(p, o)) &&
          (others.every(coarse) || onlyUndated(p))) ||
        otherProvince(p, others)
      );
    if (!coarse(p) && !sumsUpDetails(p, others) && !leadOfDetail(p, others)) return true;
    // "Meanwhile another suicide bomber killed two … in the nearby Swat valley late on Thursday":
    // the text says it is another incident, not a summary of Thursday's bombing in Bajaur (a
    // nineteenth-try page, where it vanished); so is "Later in the day, a bomb …" (`SAME_DAY_OTHER`)
    if (ANOTHER_INCIDENT.test(p.excerpt) || SAME_DAY_OTHER.test(p.excerpt)) return true;
    return !others.some((o) => {
      if (coarse(o) || o.date === null || !within(p, o)) return false;
      // "Separately, in eastern Nangarhar province, … a bomb … in Jalalabad" after the day's
      // attack "in Robat Sangi district" (a place the gazetteer lacks): the text says the later
      // one is another incident (a forty-fifth-try page folded the Herat attack into the
      // Jalalabad bombing, 752 km off, as its summary); so is a lead at a province that sums up
      // nothing ("… in Helmand province on Friday" before "In a separate incident in Helmand on
      // Friday, … in the Garmser district": a ninety-first-try lead had vanished into it)
      const apart = o.excerpt_start >= p.excerpt_end && toldApart(o);
      // "… when suicide attacks killed 12 people in Quetta and at least 25 in the northwest",
      // the day's "new wave of violence" told after a placeless lead in Karachi, sums up others
      // (a hundred-and-forty-third-try lead had vanished into it)
      if (p.lat === null && o.excerpt_start >= p.excerpt_end && ROUNDUP.test(o.excerpt))
        return false;
      // "This cracker blast came hours after a similar attack … in Ghotki": told as what the
      // lead's incident came after, another incident (a hundred-and-forty-ninth-try Karachi lead
      // with no place had been proposed at Ghotki, 413 km off)
      if (o.excerpt_start >= p.excerpt_end && CAME_AFTER.test(o.excerpt)) return false;
      if (apart && (p.lat === null || !SEVERAL_TARGETS.test(p.excerpt))) return false;
      // "the attackers fled away to … Gilan district": where they went sums up nothing
      if (o.reasons.some((r) => r.message.includes(AFTERWARDS_REVIEW))) return false;
      // with no place at all, only the same dates make it a summary: "which seized a train in
      // the Bolan Pass last week" is another incident than Sunday's bombing, not its summary
      if (p.lat === null && (p.date !== o.date || p.date_end !== o.date_end)) return false;
      // a day ("15 soldiers dead in Kandahar", a day before the lead) sums up nothing told only
      // as a stretch ("Earlier this week … Maiwand district"; a ninety-ninth-try page's
      // Kandahar attack had vanished into it)
      if (dayBesideStretch(p, o)) return false;
      const sameCountry = p.country === null || p.country === o.country || p.country === o.origin;
      return (
        sameCountry && compareIncidents({ ...p, lat: null, lon: null }, o).verdict !== 'different'
      );
    });
  });
}
