// Finds the dateline that opens a wire report ("QUETTA, March 3 (Reuters) -", "ZAHEDAN, Iran,
// Feb 14 —", "ISLAMABAD (AP) —", "PESHAWAR, Pakistan, Jan. 5, 2023 /PRNewswire/ --", "Kabul,
// 12 August:", "Karachi, Oct 28 (PTI) …", "Islamabad, Jan 3, —" with a comma before the dash),
// possibly after a headline or byline line. A dateline says where and when the
// report was filed, never where or when the event happened. Its date resolves with its own year,
// else against the publication date (the latest such day on or before it), else stays null.
import { dayToIso, isoToDay } from '../days.ts';
import {
  dayParts,
  latestMonthDayOnOrBefore,
  latestWeekdayOnOrBefore,
  ymdToDay,
} from '../dateRules.ts';
import { MONTH_ANY, WEEKDAY, YEAR, dayNumber, monthNumber, weekdayNumber } from './dateWords.ts';
import { AGENCIES, colonAt } from './datelineColon.ts';
import type { Dateline, Span } from './types.ts';

const SP = '[^\\S\\n]';
const CAPS_WORD = "[A-Z][A-Z'’.\\-]+";
const TITLE_WORD = "[A-Z][a-z'’\\-]+";
const CAPS_CITY = `${CAPS_WORD}(?:${SP}+${CAPS_WORD}){0,3}`;
/** Words that open a byline or a time stamp, never a city ("By Yousuf Zarifi On Dec 29, 2017 - 00:37"). */
const NOT_CITY = `(?!(?:By|On|In|At|From|The|Posted|Published|Updated|Last)${SP})`;
/** A city of several filed together, in capitals or not ("Quetta/ISLAMABAD -"). */
const FILED_CITY = `(?:${CAPS_CITY}|${TITLE_WORD})`;
/**
 * One city, or up to three filed together ("QUETTA / GWADAR:", "QUETTA/ISLAMABAD/LANDIKOTAL:",
 * "Gwadar/Khanewal -", "Quetta/ISLAMABAD -").
 */
const CITY = `(?<city>${NOT_CITY}${FILED_CITY}(?:${SP}*/${SP}*${FILED_CITY}){1,2}|${CAPS_CITY}(?:${SP}*/${SP}*${CAPS_CITY}){0,2}|${NOT_CITY}${TITLE_WORD}(?:${SP}+(?!On${SP})${TITLE_WORD}){0,3}(?:${SP}*/${SP}*${TITLE_WORD}){0,2})`;
const REGION_WORD = `(?!${WEEKDAY}|${MONTH_ANY})(?:[A-Z][A-Za-z'’.\\-]+|and|of)`;
const REGION = `(?:,${SP}*${REGION_WORD}(?:${SP}+${REGION_WORD}){0,3}(?![^\\S\\n]*\\d)){0,2}`;
/**
 * ANI's bracketed country after the city: "Peshawar [Pakistan], March 7 (ANI):"; IANS's in round
 * brackets, "Herat (Afghanistan), May 18 (IANS)" (a two-hundred-and-seventy-third-try page, whose
 * filing city was proposed as the scene of an attack in Herat province, 89 km off).
 */
const BRACKETED = `(?:${SP}*(?:\\[[A-Z][A-Za-z ]{1,30}\\]|\\((?:Afghanistan|Pakistan|Iran)\\)))?`;
/**
 * A day of the month, which may stand right before the dateline's colon ("QUETTA / ISLAMABAD,
 * Sept 18:"); dateWords.ts's DAY refuses any colon after it, so a time ("18:30") is no day.
 */
const DAY = `(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)`;
const DATE =
  `(?<date>(?:(?<wd>${WEEKDAY}),?${SP}+)?(?:(?<m1>${MONTH_ANY})${SP}+(?<d1>${DAY})(?:,${SP}*(?<y1>${YEAR}))?` +
  `|(?<d2>${DAY})${SP}+(?<m2>${MONTH_ANY})(?:,?${SP}+(?<y2>${YEAR}))?)|(?<wdOnly>${WEEKDAY}))`;
/** "(Reuters)", "/PRNewswire/", or an agency after a comma ("Zahedan, May 29, IRNA --"). */
const CREDIT = `(?<credit>\\([^()\\n]{1,60}\\)|/[^/\\n]{1,30}/|,${SP}*[A-Z]{2,10}(?=${SP}*(?:--|[—–-]|:)))`;
/**
 * "QUETTA:", "QUETTA —", a slip of the key, "QUETTA;" (a twenty-fifth-try page), and both,
 * "GHAZNI:-" (a forty-ninth-try Xinhua copy, whose city had been proposed as the scene, 102 km
 * from the district the sentence names); after a city in capitals the dash may touch the first
 * word ("KABUL—At least one suicide car bomber …", a fifty-first-try Reuters copy: Kabul had
 * been proposed for an attack in Gardez, 104 km off).
 */
const DASH = '(?<dash>:[-–—]|--|[—–-]|:|;|•|\\|)';
/**
 * A city in Title Case, its country and a long dash or a bullet ("Kabul, Afghanistan •", a
 * seventy-first-try page whose Sangin fighting had been held at Kabul, 487 km off): no sentence
 * opens so, so no date or credit is needed.
 */
const COUNTRY_DASH = /^[^,\n]+,[^\S\n]*[A-Z][a-z]+[^\S\n]*(?:--|[—–•])$/;
/** A news desk before the city: "AT Monitoring Desk-KABUL:", "Web Desk - QUETTA:". */
const DESK = `(?:(?:[A-Z]{2,6}${SP}+)?(?:[A-Z][a-z]+${SP}+){0,2}Desk${SP}*[-–—]${SP}*)?`;
// EFE closes its credit with a full stop before the dash: "Islamabad, Dec 15 (EFE).- Militants …"
const DATELINE = new RegExp(
  `${DESK}${CITY}${BRACKETED}${REGION}(?:,?${SP}+${DATE})?(?:,?${SP}*${CREDIT})?(?:(?<=\\d),)?(?:(?<=\\))\\.)?${SP}*${DASH}(?=${SP}|$|(?<=:|[A-Z]{2}[—–])[A-Z"“])`,
  'y',
);
/**
 * Indian and Pakistani agencies' form without a dash: "Karachi, Oct 28 (PTI) Dozens of …". Only
 * with a date and an agency's initials in capitals in the brackets, so a sentence never reads as
 * one.
 */
const DATELINE_NO_DASH = new RegExp(
  `${CITY}${BRACKETED}${REGION},?${SP}+${DATE}${SP}*(?<credit>\\([A-Z]{2,10}\\))(?=${SP})`,
  'y',
);
/**
 * IANS's form as some pages print it, with neither dash nor credit: "Islamabad, Dec 10 A police
 * officer was killed …" (a twenty-first-try page, whose filing city was read as a second place
 * of the blast, 899 km off). Only a month and day, then a capital: no sentence reads so.
 */
const DATELINE_BARE = new RegExp(
  `${CITY}${BRACKETED},${SP}+(?<date>(?<m1>${MONTH_ANY})${SP}+(?<d1>${DAY})(?:,${SP}*(?<y1>${YEAR}))?|(?<d2>${DAY})${SP}+(?<m2>${MONTH_ANY})(?:,?${SP}+(?<y2>${YEAR}))?)${SP}+(?=[A-Z"“])`,
  'y',
);
/**
 * A city and an agency's credit, with neither date nor dash: "Kandahar (BNA) Eight Taliban mine
 * planters were killed … in Kandahar province yesterday" (a two-hundred-and-eighty-second-try
 * page, whose filing city was proposed as the scene, 56 km from Maiwand where it was). Only a
 * known agency's initials or name.
 */
const DATELINE_CREDIT_ONLY = new RegExp(
  `${CITY}${BRACKETED}${SP}+(?<credit>\\((?:BNA|IANS|APP|PTI|ANI|IRNA|AFP|AP|UNI|PPI|NNI|INP|KUNA|Xinhua|Reuters|Pajhwok|ISNA|Mehr|Fars|Tasnim)\\))${SP}+(?=[A-Z"“])`,
  'y',
);
/**
 * A credit line in brackets before the first sentence: "(UrduPoint News / Sputnik - 15th July,
 * 2020) Seven police officers were killed …". Its date is the report's, never the event's (a
 * regression from a real UrduPoint page, whose lead was dated from it); it names no place.
 */
const CREDIT_LINE = new RegExp(
  `\\((?<credit>[A-Z][^()\\n]{1,60}?)${SP}*[-–—]${SP}*${DATE}\\)(?=${SP})`,
  'y',
);
/**
 * A city before such a credit line: "KABUL (UrduPoint News / Sputnik - 29th October, 2020) A bomb
 * …", "ISLAMABAD, (UrduPoint / Pakistan Point News - 28th Apr, 2025) At least seven …" (a thirteenth-try page's bombing in Maiwand was placed at Kabul, ~500 km off, held only as
 * one of several places).
 */
const CITY_CREDIT_LINE = new RegExp(
  `${CITY}${BRACKETED}${REGION},?${SP}+\\((?<credit>[A-Z][^()\\n]{1,60}?)${SP}*[-–—]${SP}*${DATE}\\)(?=${SP})`,
  'y',
);
const MAX_LEAD_LINES = 3;
/**
 * A city in capitals before a colon or dash may follow more lead lines: web pages put a
 * headline, a summary, a byline, photo captions and a "Published …" line above it ("QUETTA:"
 * opened a Dawn page's fifth line and was read as the incident's place, 400 km from it; a
 * seventieth-try reprint put it under a date, a headline, a subhead, five bullets and a byline).
 */
const MAX_CAPS_LEAD_LINES = 12;
const MAX_LEAD_LENGTH = 200;

function spanOf(m: RegExpExecArray, group: string): Span | null {
  const g = m.indices?.groups?.[group];
  return g ? { start: g[0], end: g[1] } : null;
}

function resolveDate(m: RegExpExecArray, published: string | null): string | null {
  const g = m.groups ?? {};
  const ref = published ? isoToDay(published) : null;
  if (g.wdOnly) {
    const wd = weekdayNumber(g.wdOnly) as number;
    return ref === null ? null : dayToIso(latestWeekdayOnOrBefore(wd, ref));
  }
  const month = monthNumber(g.m1 ?? g.m2 ?? '');
  const day = dayNumber(g.d1 ?? g.d2 ?? '');
  const yearText = g.y1 ?? g.y2;
  if (month === null) return null;
  const d = yearText
    ? ymdToDay(Number(yearText), month, day)
    : ref === null
      ? null
      : latestMonthDayOnOrBefore(month, day, ref);
  if (d === null) return null;
  const wd = g.wd ? weekdayNumber(g.wd) : null;
  return wd === null || dayParts(d).weekday === wd ? dayToIso(d) : null;
}

/** Tries a dateline at `at`; null unless it looks like one (see `findDateline`). */
function matchAt(text: string, at: number, published: string | null): Dateline | null {
  const exec = (pattern: RegExp) => {
    const re = new RegExp(pattern.source, 'yd');
    re.lastIndex = at;
    return re.exec(text);
  };
  const m =
    exec(DATELINE) ??
    exec(DATELINE_NO_DASH) ??
    exec(CITY_CREDIT_LINE) ??
    exec(CREDIT_LINE) ??
    exec(DATELINE_BARE) ??
    exec(DATELINE_CREDIT_ONLY);
  if (!m) return null;
  const g = m.groups ?? {};
  const city = g.city ?? '';
  const caps = city === city.toUpperCase();
  const hasDate = g.date !== undefined;
  // "Quetta - " may open a headline; "Gwadar/Khanewal - ", two cities filed together, does not
  if (!hasDate && !g.credit && !caps && !city.includes('/') && !COUNTRY_DASH.test(m[0]))
    return null;
  const agency = AGENCIES.test(city);
  const dateSpan = spanOf(m, 'date');
  const placeSpan = agency ? null : spanOf(m, 'city');
  return {
    span: { start: m.index, end: m.index + m[0].length },
    place: placeSpan ? city : null,
    placeSpan,
    date: hasDate ? resolveDate(m, published) : null,
    dateSpan,
  };
}

/**
 * The fullest form, a city in capitals, its country and a dash ("KHAR, Pakistan —"), which no
 * sentence takes: it may follow one long line (a standfirst, an archive note), as the AP's
 * pages print it below one.
 */
function fullForm(text: string, d: Dateline): boolean {
  return (
    capsCity(d) &&
    /^[^,\n]+,[^\S\n]*[A-Z][a-z]+[^\S\n]*(?:--|[—–])/.test(text.slice(d.span.start, d.span.end))
  );
}

/** A bracketed credit opening a line, before another dateline ("(MENAFN- Nam News Network) "). */
const SYNDICATOR = /^\([^()\n]{2,60}\)[^\S\n]+(?=[A-Z]{3,})/;

/** True when the dateline names its city in capitals ("QUETTA:", not "Kabul, 12 August:"). */
function capsCity(d: Dateline): boolean {
  return d.place !== null && d.place === d.place.toUpperCase();
}

/**
 * The dateline opening `text`, or null. It may follow up to three short lines (twelve when its
 * city is in capitals) (a headline, a byline), and one long line (a standfirst) only in its
 * fullest form or as "Quetta:" before a whole sentence. A city in capitals with a dash or a
 * colon is enough ("ISLAMABAD —", Pakistani papers' "QUETTA:", "QUETTA / GWADAR:"); a city in
 * Title Case needs a date or a credit ("Kabul, 12 August:", "Kabul (AFP) -", "Zahedan, May 29,
 * IRNA --"), so an ordinary sentence never reads as a dateline. A news agency alone ("IRNA - …")
 * gives a dateline with no place, unless its line is only a label and a dateline with a place
 * follows ("IRNA - Islamic Republic News Agency" above "Islamabad, Sept 29,IRNA --"). The date
 * resolves with its own year, else as the latest such day on or before `published`, else is
 * null; a weekday that contradicts the date leaves it null (the span still shows where it is).
 */
export function findDateline(text: string, published: string | null): Dateline | null {
  let at = 0;
  let afterLong = false;
  let labelled: Dateline | null = null;
  for (let line = 0; line <= MAX_CAPS_LEAD_LINES && at < text.length; line++) {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
    // a syndicator's credit before the agency's own dateline: "(MENAFN- Nam News Network) KABUL,
    // Oct 18 (NNN-BNA) – At least 17 civilians …" (a twenty-seventh-try page)
    const syndicated = SYNDICATOR.exec(text.slice(at, at + 80))?.[0].length;
    const matched =
      matchAt(text, at, published) ??
      (syndicated ? matchAt(text, at + syndicated, published) : null);
    // "Quetta: In a harrowing incident, seven labourers were shot dead …" needs a whole sentence
    // after it, so it may follow a long summary line too (a thirty-fourth-try page)
    const colon = matched ? null : colonAt(text, at, line === 0);
    const found = matched ?? colon;
    if (found && (!afterLong || colon || fullForm(text, found))) {
      // "IRNA - Islamic Republic News Agency": a source label above the real dateline
      // ("Islamabad, Sept 29,IRNA --", a thirty-sixth-try page whose lead was settled at Islamabad)
      if (found.place === null && !labelled && sourceLabel(text, found)) labelled = found;
      else if (line <= MAX_LEAD_LINES || capsCity(found)) return found;
    }
    const end = text.indexOf('\n', at);
    if (end < 0) return labelled;
    if (end - at > MAX_LEAD_LENGTH) {
      // a long line (a standfirst, an archive note) may stand only before the fullest form
      if (afterLong) return labelled;
      afterLong = true;
    }
    at = end + 1;
  }
  return labelled;
}

/**
 * An agency's dateline whose line holds no sentence after it, only a name ("IRNA - Islamic
 * Republic News Agency").
 */
function sourceLabel(text: string, d: Dateline): boolean {
  const end = text.indexOf('\n', d.span.end);
  const rest = text.slice(d.span.end, end < 0 ? text.length : end).trim();
  return rest.split(/\s+/).length < 8 && !/[.!?]["”’']?$/.test(rest);
}
