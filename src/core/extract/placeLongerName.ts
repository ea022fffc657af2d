// A known name that is only part of a longer name: "near Pehro Kunri" (Kunri is a town in Sindh,
// Pehro Kunri a village elsewhere), "Bar Qambar Khel" (a clan's village, not the town Qambar),
// "the Gomal Zam dam" (a dam in South Waziristan, not the Afghan town also called Gomal).
// The longer name is then unknown here, never the namesake town. Pure.
import { normalizePlaceName } from '../gazetteer.ts';
import type { RawMatch } from './placeMatch.ts';
import { gap, type Token } from './placeTokens.ts';
import type { PlaceIndex } from './placeIndex.ts';
import { CLAN_SUFFIXES, FEATURE_WORDS } from './placeWords.ts';

/** Words before a town's name that refine it rather than make a new name ("North", "Upper"). */
const REFINERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'upper', 'lower', 'greater', 'new', 'old', 'downtown',
]); // prettier-ignore

/**
 * True when town `m` is the last word of a longer name the gazetteer does not know: one unknown
 * capitalised word right before it, itself after a lower-case word ("near Pehro Kunri", "in Mir
 * Hasan"). The town is then a namesake of part of the name, not the place meant.
 */
export function partOfLongerName(
  text: string,
  tokens: Token[],
  prev: RawMatch,
  m: RawMatch,
): boolean {
  if (prev.type !== 'unknown' || prev.first !== prev.last || prev.next !== m.first) return false;
  const word = tokens[prev.first] as Token;
  const before = tokens[prev.first - 1];
  if (!before || before.cap || word.upper || word.possessive || REFINERS.has(word.lower)) {
    return false;
  }
  return (
    gap(text, word, tokens[m.first] as Token) === ' ' && m.records.every((r) => r.kind === 'town')
  );
}

/** The clan word's token when the name ending at `last` is followed by one ("Qambar Khel"). */
export function clanVillage(text: string, tokens: Token[], last: number): number | null {
  const next = tokens[last + 1];
  if (!next?.cap || !CLAN_SUFFIXES.has(next.lower)) return null;
  return gap(text, tokens[last] as Token, next) === ' ' ? last + 1 : null;
}

/**
 * The last token of a feature's name that goes on past the known name ending at `last`: "the
 * Gomal Zam dam", one unknown capitalised word, then a feature word ("dam", "river", "valley").
 */
export function namedFeature(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  last: number,
): number | null {
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (!next?.cap || !after || !FEATURE_WORDS.has(after.lower)) return null;
  if (index.byName.has(next.lower) || index.districts.has(next.lower)) return null;
  const spaced = gap(text, tokens[last] as Token, next) === ' ' && gap(text, next, after) === ' ';
  return spaced ? last + 1 : null;
}

/**
 * The unknown phrase of a clan's village ending at token `clan`, from `i` or from the unknown
 * word right before it (`prev`, "Bar" of "Bar Qambar Khel"); `first < i` says `prev` is taken in.
 */
export function clanRun(
  text: string,
  tokens: Token[],
  i: number,
  clan: number,
  prev: RawMatch | undefined,
): RawMatch {
  const t = tokens[i] as Token;
  const withPrev =
    prev?.type === 'unknown' && prev.next === i && gap(text, tokens[i - 1] as Token, t) === ' ';
  const start = withPrev ? prev.start : t.start;
  const end = (tokens[clan] as Token).end;
  const name = text.slice(start, end);
  return {
    type: 'unknown',
    start,
    end,
    first: withPrev ? prev.first : i,
    last: clan,
    key: normalizePlaceName(name),
    name,
    records: [],
    next: clan + 1,
  };
}
