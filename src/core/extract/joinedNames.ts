// A name of two or three words written as one: "Landikotal" (Landi Kotal), "Dikhan" (DI Khan),
// "Lakkimarwat"; and one word written as two, "Daulat Abad" (Dawlatabad). News in the region write
// many names both ways; the letters are the same, so it is the same name, not a typo (the eleventh
// real-page try held "Landikotal" at its district).
// Also a Persian name without its ezafe ("Bandar Mahshahr" for Bandar-e Māhshahr). Pure.

/**
 * Adds to `byKey` the joined spelling of every key of several words ("landi kotal" →
 * "landikotal") that is not a key of its own, pointing at the same entries; returns `byKey`.
 */
export function addJoinedSpellings<T>(byKey: Map<string, T>): Map<string, T> {
  for (const [key, value] of [...byKey]) {
    if (!key.includes(' ')) continue;
    const joined = key.replace(/ /g, '');
    if (!byKey.has(joined)) byKey.set(joined, value);
  }
  return byKey;
}

/** Name endings news often write as a word of their own: "Daulat Abad" (Dowlatābād), "Iran Shahr". */
const SPLIT_ENDING = /^([a-z]{3,})(abad|shahr)$/;

/**
 * Adds to `byKey` the split spelling of every one-word key with an ending news write apart
 * ("dawlatabad" → "dawlat abad") that is not a key of its own, pointing at the same entries;
 * returns `byKey`. The letters are the same, so it is the same name.
 */
export function addSplitSpellings<T>(byKey: Map<string, T>): Map<string, T> {
  for (const [key, value] of [...byKey]) {
    const m = SPLIT_ENDING.exec(key);
    if (!m) continue;
    const split = `${m[1]} ${m[2]}`;
    if (!byKey.has(split)) byKey.set(split, value);
  }
  return byKey;
}

/** A Persian name's linking "e" (ezafe) between two words: "bandar e mahshahr". */
const EZAFE = /^(\S+) e (\S.*)$/;

/**
 * Adds to `byKey` the spelling without the ezafe of every key that has one ("bandar e mahshahr"
 * → "bandar mahshahr": news write "Bandar Mahshahr" as often as "Bandar-e Mahshahr") that is not
 * a key of its own, pointing at the same entries; returns `byKey`. The name is the same.
 */
export function addEzafeFreeSpellings<T>(byKey: Map<string, T>): Map<string, T> {
  for (const [key, value] of [...byKey]) {
    const m = EZAFE.exec(key);
    if (!m) continue;
    const plain = `${m[1]} ${m[2]}`;
    if (!byKey.has(plain)) byKey.set(plain, value);
  }
  return byKey;
}
