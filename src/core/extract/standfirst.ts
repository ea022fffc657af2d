// A page's standfirst: the summary a news site prints above its byline and time stamp, or its
// headline ("Several loud explosions occurred … near Muzaffarabad … after midnight on
// Wednesday." then "Devdiscourse News Desk | Updated: 07-05-2025 01:28 IST", then the body
// telling it again). An incident the standfirst proposes that the body tells again, on the same
// dates and of the same kind, at a place within either's radius, is one incident resting on
// both: the body's proposal, its excerpt grown back to the standfirst (a two-hundred-and-second-
// try page had proposed the Muzaffarabad explosions twice). Pure.
import { inheritCount } from './mergeCount.ts';
import { haversineKm } from './distance.ts';
import type { Proposal } from './types.ts';

/** A byline or time-stamp line: "… | Updated: 07-05-2025", "Published: 12 May 2024". */
const BYLINE =
  /^[^\n]*(?:\|\s*(?:Updated|Created|Published|Posted)\b|\b(?:Updated|Published|Posted|Created)\s*:\s*\d)[^\n]*$/m;
/**
 * A body's first line credited to a news agency: "AFP - A suicide bomber …", "(Reuters) -",
 * "QUETTA (AP) —" (a two-hundred-and-fifty-fifth-try page told a Chabahar bombing in a standfirst
 * under its headline, then again after "AFP - ", and had it proposed twice).
 */
const AGENCY_LINE =
  /^[ \t]*(?:[A-Z][A-Za-z .,'’-]{0,40}?\s*)?\(?(?:AFP|AP|Reuters|IRNA|Xinhua|APP|PTI|IANS|dpa|UPI|Anadolu|ISNA|Fars|Tasnim|Mehr)\)?\s*[-–—]\s/m;
/** Only a line this near the top is a page's byline under its standfirst. */
const TOP_CHARS = 1500;

/** True when `a` and `b` are placed within either's radius of each other. */
function samePlace(a: Proposal, b: Proposal): boolean {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  const reach = Math.max(a.uncertainty_km ?? 0, b.uncertainty_km ?? 0);
  return haversineKm(a.lat, a.lon, b.lat, b.lon) <= reach;
}

/**
 * Where the page's summary ends (`summary`) and its body begins (`end`): above a byline line
 * (`BYLINE`, within `TOP_CHARS`), else above a line credited to an agency (`AGENCY_LINE`), else
 * the headline, a first line with no full stop ("Suicide
 * bomber kills 16 in Charsadda Wednesday, 15 Apr, 2009 | 08:16 PM PST |"); null when neither.
 */
function summaryEnd(text: string): { summary: number; end: number } | null {
  const byline = BYLINE.exec(text);
  if (byline && byline.index <= TOP_CHARS)
    return { summary: byline.index, end: byline.index + byline[0].length };
  const agency = AGENCY_LINE.exec(text);
  if (agency && agency.index > 0 && agency.index <= TOP_CHARS)
    return { summary: agency.index, end: agency.index };
  const line = text.indexOf('\n');
  if (line <= 0 || /[.!?]["”’']?\s*$/.test(text.slice(0, line))) return null;
  return { summary: line, end: line };
}

/**
 * `list` with each proposal of the standfirst above the page's byline (`BYLINE`, within
 * `TOP_CHARS` of the start of `text`) that a proposal of the body below it tells again (the same
 * kind and dates, at the same place) folded into that body proposal: one incident, whose excerpt
 * runs from the standfirst to the body's sentence, keeping the standfirst's count of dead when the
 * body gives none (see the file comment).
 */
export function foldStandfirst(text: string, list: Proposal[]): Proposal[] {
  const top = summaryEnd(text);
  if (!top) return list;
  const { summary, end } = top;
  const grown = new Map<Proposal, Proposal>();
  const dropped = new Set<Proposal>();
  for (const s of list) {
    if (s.excerpt_end > summary || s.date === null) continue;
    const o = list.find(
      (b) =>
        b.excerpt_start >= end &&
        !grown.has(b) &&
        b.category === s.category &&
        b.date === s.date &&
        b.date_end === s.date_end &&
        samePlace(b, s),
    );
    if (!o) continue;
    const out: Proposal = {
      ...o,
      excerpt_start: s.excerpt_start,
      excerpt: text.slice(s.excerpt_start, o.excerpt_end),
    };
    inheritCount(out, s);
    grown.set(o, out);
    dropped.add(s);
  }
  return list.filter((p) => !dropped.has(p)).map((p) => grown.get(p) ?? p);
}
