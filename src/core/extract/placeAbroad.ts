// An article set abroad: the offline gazetteer holds only Iran, Pakistan and Afghanistan, so a
// place it finds in a story about Nigeria or Syria is a namesake, not the scene ("suspected
// jihadists abducted 20 students from a school in Oba" was proposed at Ōbêh in Herat; "Bay City"
// at Tagāw-Bāy). A proposal whose sentence puts something in a foreign country ("in Nigeria",
// "across Syria", "Oba, Nigeria"), or whose article does so and never names the region's
// countries, needs review. A country named otherwise ("accused India", "a US drone strike",
// "Saudi-funded") says nothing of where the event was. Pure: no I/O.
import { escapeRegExp } from '../regexp.ts';
import { quotedIn } from './events.ts';
import { FOREIGN_COUNTRY_NAMES } from './foreignCountries.ts';
import type { Review, Span } from './types.ts';

const NAMES = [...FOREIGN_COUNTRY_NAMES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** Compass words before a country ("in central Mali", "in north-eastern Nigeria"). */
const PART = '(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\\s+';
/**
 * A foreign country as where something is: after "in", "near", "across", "throughout" or "the
 * region of" (with an optional "the" and compass word), or after a place and a comma ("Oba,
 * Nigeria"); not used as a modifier ("in India-held", "in China Pakistan …": no hyphen or
 * capitalised word after it, a weekday aside).
 */
const LOCATED = new RegExp(
  `(?:\\b(?:[Ii]n|[Nn]ear|[Aa]cross|[Tt]hroughout|(?:region|province|state|district|city|town|village|capital|parts?) of)\\s+(?:the\\s+)?(?:${PART})?|\\b[A-Z][\\w’'-]*,\\s+)(${NAMES})(?![\\w’'-]|\\s+[A-Z][a-z]+\\b(?<!day))`,
  'g',
);
/** The region's own countries, by name or people. */
const REGION = /\b(?:Iran|Pakistan|Afghan)/;

/** Each foreign country `text` names as where something is, with the country's span. */
export function foreignPlaces(text: string): { name: string; span: Span }[] {
  return [...text.matchAll(LOCATED)].map((m) => {
    const name = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - name.length;
    return { name, span: { start, end: start + name.length } };
  });
}

let cached: { text: string; abroad: { name: string; span: Span }[]; region: boolean } | null = null;

/**
 * The article's foreign places outside quoted speech, and whether it names the region (kept for
 * the last text): a leaflet quoted as blaming Shias "for barbaric atrocities ... in the Levant,
 * Iraq and Yemen" sets nothing abroad (a hundred-and-sixty-first-try Karachi page was held so).
 */
function article(text: string) {
  if (cached?.text !== text) {
    const quotes = quotedIn(text, { start: 0, end: text.length });
    const outside = (a: { span: Span }) =>
      !quotes.some((q) => a.span.start >= q.start && a.span.end <= q.end);
    cached = { text, abroad: foreignPlaces(text).filter(outside), region: REGION.test(text) };
  }
  return cached;
}

/**
 * Why the place found for the words `span` of `text` may be a namesake abroad, or null: `written`
 * (read as the gazetteer's `resolved`, in the region) while the sentence puts something in a
 * foreign country, or the article does and names none of the region's countries.
 */
export function abroadReview(
  text: string,
  span: Span,
  written: string,
  resolved: string,
): Review | null {
  const { abroad, region } = article(text);
  const here = abroad.find((a) => a.span.start >= span.start && a.span.end <= span.end);
  const named = here ?? (region ? undefined : abroad[0]);
  if (!named) return null;
  return {
    code: 'ambiguous_place',
    message: `The ${here ? 'sentence' : 'article'} puts events in ${named.name}, outside the region the offline gazetteer covers (Iran, Pakistan, Afghanistan): '${written}', read as ${resolved}, may be a namesake of a place there.`,
  };
}
