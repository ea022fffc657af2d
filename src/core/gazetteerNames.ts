// Names and ranking of gazetteer entries: how a name is normalized for lookup, the order in
// which namesakes rank (type, then population), when one clearly wins, the name index, and how
// candidates are described in errors. Pure.
import type { GazetteerEntry } from './gazetteer.ts';

/** Lower-case, strip diacritics, apostrophes and hyphens, collapse spaces. */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'‘`ʻʼ]/g, '')
    .replace(/[-‐–—_.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/**
 * Rank of a place type for disambiguation, lower wins: country, national capital, provincial
 * seat, province, then lesser towns. A capital beats the province named after it ("Tehran"
 * is the city); write "… province" to mean the province.
 */
export function typeRank(e: GazetteerEntry): number {
  if (e.kind === 'country') return 0;
  if (e.kind === 'province') return 3;
  const order = ['PPLC', 'PPLA', '', 'PPLA2', 'PPLA3', 'PPLA4'];
  const i = order.indexOf(e.feature);
  return i === -1 ? 1 + order.length : 1 + i;
}

/** Candidates sorted best first: place type, then population (unknown population last). */
export function rankCandidates(candidates: GazetteerEntry[]): GazetteerEntry[] {
  return [...candidates].sort(
    (a, b) =>
      typeRank(a) - typeRank(b) ||
      (b.population ?? -1) - (a.population ?? -1) ||
      a.name.localeCompare(b.name),
  );
}

/** True when the best candidate wins clearly: better type, or ten times the population. */
export function clearWinner(ranked: GazetteerEntry[]): boolean {
  const [a, b] = ranked;
  if (!a) return false;
  if (!b) return true;
  if (typeRank(a) < typeRank(b)) return true;
  const pa = a.population ?? 0;
  const pb = b.population ?? 0;
  return pa > 0 && pa >= 10 * pb;
}

/** `Name (CC admin1, pop N)` — how candidates are listed in errors. */
export function describeEntry(e: GazetteerEntry): string {
  const where = [e.country, e.admin1].filter(Boolean).join(' ');
  const pop = e.population ? `, pop ${e.population}` : '';
  return `${e.name} (${e.kind}, ${where}${pop}, ${e.lat.toFixed(4)},${e.lon.toFixed(4)})`;
}

/** The normalized names of an entry (its name and alternate names). */
export function namesOf(e: GazetteerEntry): string[] {
  return [e.name, ...e.alt].map(normalizePlaceName);
}

/** Index from normalized name to entries, built once per gazetteer. */
export function indexGazetteer(entries: GazetteerEntry[]): Map<string, GazetteerEntry[]> {
  const index = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    for (const n of new Set(namesOf(e))) {
      const list = index.get(n);
      if (list) list.push(e);
      else index.set(n, [e]);
    }
  }
  return index;
}

/** Indexes already built, per entry list. */
const indexes = new WeakMap<GazetteerEntry[], Map<string, GazetteerEntry[]>>();
/** The index of `entries`, built on first use. */
export function indexFor(entries: GazetteerEntry[]): Map<string, GazetteerEntry[]> {
  let idx = indexes.get(entries);
  if (!idx) {
    idx = indexGazetteer(entries);
    indexes.set(entries, idx);
  }
  return idx;
}

/** Up to five entries whose names start like `key`, for an error's candidates. */
export function suggestions(key: string, entries: GazetteerEntry[]): string[] {
  const stem = key.slice(0, 4);
  const out = new Set<string>();
  for (const e of rankCandidates(entries)) {
    if (namesOf(e).some((n) => n.startsWith(stem))) out.add(describeEntry(e));
    if (out.size >= 5) break;
  }
  return [...out];
}
