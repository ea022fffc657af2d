// Typo matching of place names: a single word of six letters or more one edit (insertion,
// deletion, substitution or swap of neighbours) from a gazetteer name, found through an index of
// one-letter deletions built with the place index (placeIndex.ts). Pure.
import type { PlaceIndex } from './placeIndex.ts';

/** Deletions of one letter (the word itself included). */
export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return (
      diff.length === 2 &&
      j === (i as number) + 1 &&
      a[i as number] === b[j] &&
      a[j] === b[i as number]
    );
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** Names of 6+ letters one edit from `word` (a normalized single word), best guesses first. */
export function typoNames(index: PlaceIndex, word: string): string[] {
  if (!/^[a-z]{6,}$/.test(word) || index.typoBlocked.has(word) || index.byName.has(word)) return [];
  const found = new Set<string>();
  for (const d of deletions(word)) {
    for (const name of index.typoIndex.get(d) ?? []) if (oneEdit(word, name)) found.add(name);
  }
  return [...found].sort();
}

/**
 * True when `word` and `name` are one romanisation written two ways, no typo: a w for a v (the
 * Persian letter vav: "Mariwan", Marīvān), a consonant doubled ("Divandareh", Dīvāndarreh) or a
 * final h after a vowel (the Persian letter he: "Guzara", Guz̄arah); a doubled vowel ("Zahedaan")
 * stays a typo.
 */
export function romanisedVariant(word: string, name: string): boolean {
  if (word.length === name.length) {
    const i = [...word].findIndex((c, k) => c !== name[k]);
    return (
      i >= 0 && word.slice(i + 1) === name.slice(i + 1) && /^(?:wv|vw)$/.test(word[i]! + name[i]!)
    );
  }
  const [s, l] = word.length < name.length ? [word, name] : [name, word];
  if (l === `${s}h` && /[aeiou]$/.test(s)) return true;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return i > 0 && l[i] === l[i - 1] && !/[aeiouy]/.test(l[i]!) && s.slice(i) === l.slice(i + 1);
}
