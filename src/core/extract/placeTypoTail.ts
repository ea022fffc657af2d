// A known one-word name followed by a word that makes it, with one letter wrong, a known name of
// two words: "Miran Shan" is Miran Shah misspelt, not the Afghan town Mīrān plus an unknown word
// (a seventy-eighth-try page had proposed its fighting at Mīrān, 205 km from Miran Shah). The
// two words are read as a typo match of the longer name, for review like any typo. The countries
// the article has in play do not narrow it, as they do single-word typos (places.ts): the town the
// first word alone names may be what put its country in play. Pure.
import type { PlaceIndex } from './placeIndex.ts';
import type { RawMatch } from './placeMatch.ts';
import { placeMatch } from './placeQualifiers.ts';
import { gap, type Token } from './placeTokens.ts';
import { oneEdit } from './placeTypos.ts';

/** The gazetteer's two-word names by their first word ("miran" → ["miran shah"]), per index. */
const TWO_WORD = new WeakMap<PlaceIndex, Map<string, string[]>>();

function twoWordNames(index: PlaceIndex): Map<string, string[]> {
  let map = TWO_WORD.get(index);
  if (!map) {
    map = new Map();
    for (const k of index.byName.keys()) {
      const m = /^([a-z]+) ([a-z]+)$/.exec(k);
      if (m) map.set(m[1] as string, [...(map.get(m[1] as string) ?? []), k]);
    }
    TWO_WORD.set(index, map);
  }
  return map;
}

/**
 * When `prev`, a one-word place right before token `word` (one space between), and that word
 * (four letters or more, not in capitals) are one edit from a known two-word name, the typo match
 * of that name over both tokens; else null.
 */
export function typoTail(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  prev: RawMatch | undefined,
  word: number,
  floor: number,
): RawMatch | null {
  const t = tokens[word] as Token;
  if (prev?.type !== 'place' || prev.first !== prev.last || prev.next !== word || prev.typo)
    return null;
  if (t.upper || !/^[a-z]{4,}$/.test(t.lower)) return null;
  if (gap(text, tokens[prev.last] as Token, t) !== ' ') return null;
  const names = (twoWordNames(index).get(prev.key) ?? []).filter((n) =>
    oneEdit(t.lower, n.slice(prev.key.length + 1)),
  );
  const records = [...new Set(names.flatMap((n) => index.byName.get(n) ?? []))];
  if (records.length === 0) return null;
  const m = placeMatch(text, tokens, index, prev.first, word, names[0] as string, records, floor);
  if (m) m.typo = [...new Set(records.map((r) => r.name))].join(', ');
  return m;
}
