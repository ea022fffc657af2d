// Words that make a sentence with event words no incident: a generality ("repeatedly", "in
// recent years"), a place described in the present ("is one of the insecure provinces"), an
// accident or a natural death ("a road accident", "a coal mine explosion") with no hostile word.
// Read by `nonEventReason` (events.ts). Also the words that bring in an earlier incident
// (`RECALLED`), read where a sentence might be joined to the one before, and a modal or negation
// right before an event word ("may attack", "did not kill": `modalBefore`). Pure.

/**
 * "It is pertinent to mention here that …", "It may be recalled that …": the words by which
 * Pakistani papers bring in an earlier incident (a sixty-second-try page, whose Qilla Abdullah
 * lead took the Quetta railway station of such a sentence, proposed on the lead's day). A
 * regular-expression source, for a word alternative.
 */
export const RECALLED = String.raw`pertinent\s+to\s+mention|(?:may|might|should)\s+be\s+recalled|worth\s+(?:mentioning|recalling)|merits\s+mention`;

/** Habit or repetition: no one incident. */
const HABITUAL =
  /\b(?:repeatedly|(?:several|many|numerous)\s+(?:times|occasions)|frequently|often|routinely|regularly|in recent (?:years|months)|over the years|for years|series of|frequent|has conducted|have conducted|a spate of)\b/i;
/**
 * A place described in the present ("Herat is one of the insecure provinces in the west of
 * Afghanistan, where the Taliban are slightly active, conducting attacks …": background, which a
 * thirtieth-try page had settled as an attack at Herat city on the story's day).
 */
const SETTING =
  /\b(?:is|are)\s+(?:one\s+of\s+the\s+)?(?:(?:most|more|relatively|highly|very|among\s+the)\s+)?(?:insecure|volatile|restive|unstable|troubled|violent|dangerous|calm|peaceful)\b|\b(?:are|is)\s+(?:(?:slightly|very|highly|most|more|still|also)\s+)?active\b/i;
/** A death or harm by accident or nature: "lost his life in a road accident", "a heart attack". */
const ACCIDENT =
  /\b(?:(?:road|traffic|car|bus|truck|train|plane|air)\s+(?:accident|crash|collision)|accident(?:al|ally)?|heart attack|natural causes|drown(?:ed|ing)|earthquake|floods?|flash floods?|landslides?|avalanches?|lightning|electrocuted|plunged|overturned|skidded|capsized|sank|(?:fire|blaze)\s+(?:broke\s+out|erupted)|caught\s+fire|collided|head-on|veered\s+off|fell\s+into\s+(?:a|the)\s+(?:\w+\s+)?(?:ditch|ravine|gorge|river|canal|gully|stream)|lost\s+(?:his\s+|her\s+|their\s+)?control\s+(?:over|of))\b/i;
/** Words of violence that make an accident word part of an attack ("a bomb blast caused the crash"). */
const VIOLENCE =
  /\b(?:violence|gunmen|militants?|terrorists?|insurgents?|attackers?|bomb\w*|blast|explosi\w+|IED|mine|shot|fired|firing|gunfire|ambush\w*|rocket\w*|mortar\w*|missile\w*|drone|suicide|targeted|attacked|shelling|torched|set\s+(?:\w+\s+){0,4}(?:on\s+fire|ablaze)|set\s+fire|armed\s+men|unknown\s+(?:men|persons|assailants))\b/i;

/**
 * An explosion at work: "a coal mine explosion killed twelve miners", "methane gas", "a gas
 * cylinder blast" (Balochistan's coal mines; it had been proposed as an attack).
 */
const WORK_ACCIDENT =
  /\b(?:(?:coal|gypsum|chromite|marble)\s+mines?|methane|gas\s+(?:cylinder|leak|explosion)|cylinder\s+(?:blast|explosion)|mine\s+collapsed?)\b/i;
/** Hostile words that keep such a sentence an attack ("gunmen killed eleven coal miners"). */
const HOSTILE =
  /\b(?:gunmen|militants?|terrorists?|insurgents?|attackers?|bomb\w*|IEDs?|shot|fired|firing|gunfire|ambush\w*|rocket\w*|mortar\w*|missile\w*|drone|suicide|targeted|attacked|shelling|abduct\w*|kidnap\w*|armed\s+men)\b/i;

/** A body or remains: "His body was … handed over to his family" returns the dead, no release. */
const BODY = /\b(?:body|bodies|remains|corpses?|dead\s+bod(?:y|ies))\b/i;

/**
 * True when the sentence speaks of a body, so that "handed over" returns the dead to the family
 * (a hundred-and-eighty-third-try page's morning handover had been proposed as a release).
 */
export function aboutBody(sentence: string): boolean {
  return BODY.test(sentence);
}

/**
 * A protest announced for a later day: "activists … would hold a demonstration … on 28 July to
 * protest the daily killings of kolbars" (a hundred-and-eighty-third-try statement had been
 * proposed as an attack on the day of the planned demonstration).
 */
const PLANNED_PROTEST =
  /\b(?:would|will|to|plans?\s+to|planned\s+to|called\s+for)\s+(?:hold|stage|organi[sz]e)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:demonstration|protest|rally|march|sit-in|strike|gathering)s?\b/i;

/** True when the sentence announces a protest to be held (`PLANNED_PROTEST`). */
export function plannedProtest(sentence: string): boolean {
  return PLANNED_PROTEST.test(sentence);
}

/** A clause that describes what it follows: ", which has become …", "the province which …". */
const RELATIVE_CLAUSE = /(?:,\s+|\s+)(?:which|where)\s+[^,;]*/gi;

/**
 * True for a generality or a place described in the present (`HABITUAL`, `SETTING`), in the
 * sentence's own words: "wounded in the attack in Kunduz city, …, which has … seen an increase in
 * insurgent assaults in recent years" tells the attack; the clause only describes the city.
 */
export function general(sentence: string): boolean {
  const own = withoutRelativeClauses(sentence);
  return HABITUAL.test(own) || SETTING.test(own);
}

/** The sentence without its "which …" or "where …" clauses (`RELATIVE_CLAUSE`). */
export function withoutRelativeClauses(sentence: string): string {
  return sentence.replace(RELATIVE_CLAUSE, '');
}

/** True for an accident or a natural death with no word of violence. */
export function accidental(sentence: string): boolean {
  return (
    (ACCIDENT.test(sentence) && !VIOLENCE.test(sentence)) ||
    (WORK_ACCIDENT.test(sentence) && !HOSTILE.test(sentence))
  );
}

/**
 * A modal or a negation up to two words before a trigger, or an infinitive right before it; an
 * attempt is an incident, though ("Terrorists attempted to attack … camps at two locations, Panjgur
 * and Naushki": an eighteenth-try lead whose attacks were repulsed gave no draft), as is what
 * they "managed to" do ("the Taliban managed to overrun Geyani district" gave none either).
 */
const MODAL =
  /(?:\b(?:will|would|shall|may|might|could|can|must|should|not|no|never|denied|without|unless|if)\s+(?:\S+\s+){0,2}|(?<!\b(?:attempted|attempting|tried|trying|managed|managing|succeeded\s+in|went\s+on)\s+)\bto\s+)$/i;
/**
 * True when the modal `MODAL` found at `at` in the sentence `seg` is the month: "May" with a
 * capital inside the sentence ("IRGC forces on May 11 killed seven militants", a
 * two-hundred-and-sixty-sixth-try page that gave no proposal), not "may" nor a sentence's first word.
 */
function monthMay(seg: string, at: number): boolean {
  return seg.startsWith('May', at) && /[^\s"“'‘(]/.test(seg.slice(0, at));
}

/**
 * True when a modal, a negation or an infinitive (`MODAL`) stands right before the trigger at
 * `at` in the sentence `seg` (the month "May" is none).
 */
export function modalBefore(seg: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  const modal = MODAL.exec(seg.slice(from, at));
  return modal !== null && !monthMay(seg, from + modal.index);
}
