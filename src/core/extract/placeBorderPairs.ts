// Borders written with the countries' short or adjective forms, as Pakistani, Afghan and Iranian
// papers write them: "the Pak-Afghan border", "the Pak-Iran border area", "the Afghan-Pakistan
// border", "the Iranian-Afghan frontier". The gazetteer knows only the countries' names, so these
// had named no place ("Pak" and "Afghan" are no place names) or one country only. Each becomes
// the border line of the two countries (`border` precision), as "the Iran–Pakistan border" is.
// Also the other side: a hyphenated pair used as an adjective of something else ("the Pak-Iran
// officials") names no place (`countryPair`). Pure; used by places.ts.
import type { Combined } from './placeCombine.ts';
import type { PlaceIndex } from './placeIndex.ts';
import type { RawMatch } from './placeMatch.ts';
import type { Token } from './placeTokens.ts';

/** Short and adjective forms of the three countries, by ISO code. */
const FORMS: Record<string, string> = {
  pak: 'PK',
  pakistan: 'PK',
  pakistani: 'PK',
  afghan: 'AF',
  afghanistan: 'AF',
  iran: 'IR',
  iranian: 'IR',
};
const FORM = '(Pak(?:istani?)?|Afghan(?:istan)?|Iran(?:ian)?)';
const PAIR = new RegExp(
  `\\b(?:the\\s+)?${FORM}\\s*[-‐‑–—/]\\s*${FORM}\\s+(?:border|frontier|boundary)(?:\\s+(?:areas?|regions?|belt))?\\b`,
  'gi',
);

/**
 * The border matches among `tokens` (one sentence of `text`) written with short or adjective
 * forms, as combined matches over the tokens they span (a pair of one country, or of two with no
 * border drawn, is none).
 */
export function adjectiveBorders(text: string, tokens: Token[], index: PlaceIndex): Combined[] {
  const out: Combined[] = [];
  const from = tokens[0]?.start ?? 0;
  for (const m of text.slice(from, tokens.at(-1)?.end ?? 0).matchAll(PAIR)) {
    const [a, b] = [FORMS[(m[1] as string).toLowerCase()], FORMS[(m[2] as string).toLowerCase()]];
    // both full names ("the Iran–Pakistan border") are read by placeCombine.ts as two countries
    const full = [m[1], m[2]].every((f) => /^(?:pakistan|afghanistan|iran)$/i.test(f as string));
    if (!a || !b || a === b || full) continue;
    const line = index.borders.get([a, b].sort().join('-'));
    const start = from + m.index;
    const end = start + m[0].length;
    const first = tokens.findIndex((t) => t.start >= start);
    const last = tokens.findLastIndex((t) => t.end <= end);
    if (!line || first < 0 || last < first) continue;
    const name = text.slice(start, end);
    out.push({
      type: 'place',
      start,
      end,
      first,
      last,
      key: name.toLowerCase(),
      name,
      records: [line],
      next: last + 1,
    });
  }
  return out;
}

/** `matches` of a sentence (`tokens`) with those inside a border pair replaced by the pair. */
export function withBorderPairs(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  matches: RawMatch[],
): RawMatch[] {
  const pairs = adjectiveBorders(text, tokens, index);
  if (pairs.length === 0) return matches;
  const outside = matches.filter((m) => !pairs.some((p) => m.start < p.end && m.end > p.start));
  return [...outside, ...pairs].sort((x, y) => x.start - y.start);
}

/** A name joined to another by a hyphen ("Pak-Iran", "Iran-Pakistan"). */
const PAIR_BEFORE = /\b[A-Z][A-Za-z]+[-–]$/;
const PAIR_AFTER = /^[-–][A-Z][A-Za-z]+/;
/** Nouns after a pair that make it a place: "the Pak-Afghan border", "Iran-Pakistan frontier". */
const PAIR_PLACE = /^\s+(?:border|borders|frontier|boundary|crossing|crossings|border\s*line)\b/i;

/**
 * True when the country at `start`..`end` is one of a hyphenated pair used as an adjective of
 * something other than the border ("the Pak-Iran officials", "the Iran-Pakistan joint border
 * commission"): it names the two parties, not where anything happened (a regression from a real
 * Nation report, held back as two places).
 */
export function countryPair(text: string, start: number, end: number): boolean {
  const before = PAIR_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  const after = PAIR_AFTER.exec(text.slice(end, end + 20));
  if (!before && !after) return false;
  return !PAIR_PLACE.test(text.slice(end + (after?.[0].length ?? 0), end + 40));
}
