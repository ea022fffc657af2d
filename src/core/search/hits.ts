// From a query's ranked matches to what the app shows: the hits mask the filters apply (sorted
// index → 1), the best matches that also pass the other filters, and how many do. Pure.

/** Sorted index → 1 for each of `ranked` (the `queryHits` of ViewState). */
export function hitsMask(count: number, ranked: Uint32Array): Uint8Array {
  const mask = new Uint8Array(count);
  for (const i of ranked) if (i < count) mask[i] = 1;
  return mask;
}

/** The first `limit` of `ranked` (best first) that `pass`, and how many of all `ranked` pass. */
export function topPassing(
  ranked: Uint32Array,
  pass: (i: number) => boolean,
  limit: number,
): { top: number[]; total: number } {
  const top: number[] = [];
  let total = 0;
  for (const i of ranked) {
    if (!pass(i)) continue;
    total++;
    if (top.length < limit) top.push(i);
  }
  return { top, total };
}
