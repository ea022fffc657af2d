// Which countries an article speaks of, and by which names: a name with namesakes in several
// countries, resolved in a country that nothing else in the article names, may be the wrong
// namesake ("Pishin", a Pakistani district and an Iranian village, in a report about Iranian
// border guards), so it needs a person's look rather than a marker hundreds of kilometres from
// the story. Evidence is an unambiguous place name, a country's name or its
// adjective ("Iranian", "Pakistani", "Afghan"). Pure.
import type { Combined } from './placeCombine.ts';

/** Country ISO2 → normalized names (or adjectives) in the article that place it there. */
export type CountrySupport = Map<string, Set<string>>;

/** Adjectives of the countries of this region, as evidence that an article speaks of them. */
const ADJECTIVES: [RegExp, string][] = [
  [/\bIranians?\b/, 'IR'],
  [/\bPakistanis?\b/, 'PK'],
  [/\bAfghans?\b/, 'AF'],
];

function add(support: CountrySupport, country: string, key: string): void {
  const set = support.get(country) ?? new Set<string>();
  set.add(key);
  support.set(country, set);
}

/** The countries `text` speaks of, from its place matches (every sentence) and adjectives. */
export function countrySupport(text: string, matches: Combined[]): CountrySupport {
  const support: CountrySupport = new Map();
  for (const m of matches) {
    if (m.type !== 'place' || m.typo || m.records.length === 0) continue;
    // a border or a crossing names both its countries
    const pairs = m.records.filter((r) => r.countries);
    if (pairs.length === m.records.length) {
      for (const c of new Set(pairs.flatMap((r) => r.countries ?? []))) add(support, c, m.key);
      continue;
    }
    const countries = new Set(m.records.map((r) => r.country));
    if (countries.size === 1) add(support, [...countries][0] as string, m.key);
  }
  for (const [re, country] of ADJECTIVES)
    if (re.test(text)) add(support, country, `adj:${country}`);
  return support;
}

/**
 * True when `country` is named in the article only through `key` itself, while the article
 * speaks of other countries: the place may be a namesake far from the story.
 */
export function unsupported(support: CountrySupport, country: string, key: string): boolean {
  if (support.size === 0) return false;
  const names = support.get(country);
  const others = [...support.keys()].some((c) => c !== country);
  return others && (!names || [...names].every((k) => k === key));
}
