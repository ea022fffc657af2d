// Titles the extractor writes for its proposals: short, plain and never a quote ("Strike from
// Pakistan in Saravan county: at least 10 killed"). They say only what the proposal holds.

const COUNTRY_NAMES: Record<string, string> = { IR: 'Iran', PK: 'Pakistan', AF: 'Afghanistan' };

/** What a title is made of. */
export interface TitleParts {
  /** The event noun from the category table ("Strike", "Abduction"). */
  noun: string;
  /** The place as written, or null. */
  place: string | null;
  /** Acting country (ISO2) of a cross-border action. */
  origin?: string | undefined;
  fatalities?: number | undefined;
  /** The fatalities phrase; "at least", "more than" … carry over as "at least". */
  fatalitiesPhrase?: string | undefined;
}

/** A short headline for a proposal, at most 90 characters. */
export function writeTitle(p: TitleParts): string {
  let title = p.noun;
  if (p.origin) title += ` from ${COUNTRY_NAMES[p.origin] ?? p.origin}`;
  // a dateline's "CHAMAN" reads "Chaman" in a headline ("FATA" stays)
  const written = p.place?.replace(/^the\s+/i, '');
  const place =
    written && written.length > 4 && /^[\p{Lu}\s'’.-]+$/u.test(written)
      ? written.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase())
      : written;
  // "Attack 40 km south-west of Quetta", "Attack near Chaman": the place's own words say where
  if (place) title += /^(?:\d|near\b|outside\b)/i.test(place) ? ` ${place}` : ` in ${place}`;
  return clip(title + countSuffix(p.fatalities, p.fatalitiesPhrase));
}

/** The words ending a title: ": at least 5 killed", or nothing without a count. */
function countSuffix(fatalities?: number, phrase?: string): string {
  if (fatalities === undefined) return '';
  const words = phrase?.toLowerCase() ?? '';
  const bound = /\b(?:at least|more than|over|as many as|up to)\b/.test(words)
    ? 'at least '
    : /\b(?:nearly|almost|about|around|some|approximately)\b/.test(words)
      ? 'about '
      : '';
  return `: ${bound}${fatalities} killed`;
}

/** A title cut to 90 characters. */
function clip(title: string): string {
  return title.length > 90 ? `${title.slice(0, 89).trimEnd()}…` : title;
}

/** The count `countSuffix` writes, at the end of a title. */
const COUNT_AT_END = /: (?:at least |about )?\d+ killed$/;

/**
 * `title` (one `writeTitle` wrote) saying another count of dead, or none: for a proposal that
 * took its count from another it was merged with, or lost it to two counts that differ.
 */
export function retitleCount(title: string, fatalities?: number, phrase?: string): string {
  return clip(title.replace(COUNT_AT_END, '') + countSuffix(fatalities, phrase));
}
