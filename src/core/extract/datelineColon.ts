// "Kabul: Authorities in Afghanistan said …": a city in Title Case before a colon, with no date,
// read as a dateline only before a whole sentence told as a report (colonAt), and the news
// agencies that open a report as its source, not its place (AGENCIES). Used by dateline.ts. Pure.
import { MONTH_ANY, WEEKDAY } from './dateWords.ts';
import type { Dateline } from './types.ts';

const SP = '[^\\S\\n]';
/** A word before a colon dateline, whatever the case of its later letters ("KabuL:", a typo on a page). */
const LABEL_WORD = "[A-Z][A-Za-z'’\\-]+";
/**
 * Up to three such words, a colon (a space before it too: "Tehran : Iranian security forces …", a
 * seventy-fifth-try page) and the start of a sentence.
 */
const LABEL_COLON = new RegExp(
  `^(${LABEL_WORD}(?:${SP}+${LABEL_WORD}){0,2})(${SP}?):${SP}+(?=[A-Z"“'‘\\d])`,
);

/** Names that open a report as its source, not its place ("IRNA - …"). */
export const AGENCIES =
  /^(?:REUTERS|AP|AFP|IRNA|APP|XINHUA|ANADOLU|UPI|DPA|IANS|PTI|ANI|ISNA|TASNIM|FARS|MEHR|IRIB|BLOOMBERG|SPUTNIK|TASS|PAJHWOK|KUNA|WAM|SPA|BNA|AA)$/i;

/** Words long enough for the rest of the line to be a report's sentence, not a headline. */
const MIN_SENTENCE_WORDS = 12;

/**
 * A headline speaks in the present or drops its auxiliary ("Kabul: Afghan officials say …",
 * "Four soldiers killed"); a report's sentence tells in the past with one of these, or in the
 * present perfect ("… on Monday has killed at least nine policemen": a seventy-eighth-try page,
 * whose Bolan blast had been proposed at the "Quetta:" label, 103 km off).
 */
const PAST_TELLING =
  /\b(?:was|were|had|said|(?:has|have)\s+(?:been|[a-z]+ed|left|hit|struck|taken|shot))\b/;
/**
 * A name after "in", "near" or "at", with at most four words between: the sentence places the
 * event itself ("… a post in Zhob", "… in the southern province of Kandahar", a
 * seventy-seventh-try page under "Kabul:").
 */
const OWN_PLACE = new RegExp(
  `\\b(?:in|near|at)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,4}?(?!${WEEKDAY}|${MONTH_ANY})[A-Z][a-z]`,
);

/**
 * "Kabul: Authorities in Afghanistan said on Tuesday that …": a city in Title Case before a
 * colon, with no date, is a dateline only before a whole sentence (at least twelve words ending
 * in a full stop), below a headline or, on the first line, when that sentence tells in the past
 * and places the event itself ("Islamabad: Four soldiers were killed on Sunday … in Quetta."); a
 * headline ("Tehran: Iran says the
 * strikes were a response", "Kabul: Afghan officials say …") or a phrase ("Quetta: a city under
 * siege") is not one.
 */
export function colonAt(text: string, at: number, firstLine: boolean): Dateline | null {
  const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const line = text.slice(at, end);
  const m = LABEL_COLON.exec(line);
  if (!m || !/[.!?]["”’']?\s*$/.test(line)) return null;
  const rest = line.slice(m[0].length);
  if (rest.split(/\s+/).filter(Boolean).length < MIN_SENTENCE_WORDS) return null;
  // On the first line a label may be the headline's place ("Quetta: Four people were killed in a
  // blast at a market"): a dateline only when the sentence tells in the past and names a place.
  if (firstLine && !(PAST_TELLING.test(rest) && OWN_PLACE.test(rest))) return null;
  if (AGENCIES.test(m[1] as string)) return null;
  const city = m[1] as string;
  return {
    span: { start: at, end: at + city.length + (m[2] as string).length + 1 },
    place: city,
    placeSpan: { start: at, end: at + city.length },
    date: null,
    dateSpan: null,
  };
}
