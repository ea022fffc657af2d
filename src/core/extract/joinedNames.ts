// A name of two or three words written as one: "Landikotal" (Landi Kotal), "Dikhan" (DI Khan),
// "Lakkimarwat". News in the region write many names both ways; the letters are the same, so it
// is the same name, not a typo (the eleventh real-page try held "Landikotal" at its district).
// Pure.

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
