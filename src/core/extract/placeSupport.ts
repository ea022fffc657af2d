// Which countries an article speaks of, and by which names: a name with namesakes in several
// countries, resolved in a country that nothing else in the article names, may be the wrong
// namesake ("Pishin", a Pakistani district and an Iranian village, in a report about Iranian
// border guards), so it needs a person's look rather than a marker hundreds of kilometres from
// the story. Evidence is an unambiguous place name, a country's name or its
// adjective ("Iranian", "Pakistani", "Afghan"). Pure.
import type { Combined } from './placeCombine.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import { matchPhrases, type RawMatch } from './placeMatch.ts';
import { isPerson, titledSurnames } from './placePersons.ts';
import type { Token } from './placeTokens.ts';

/** Country ISO2 → normalized names (or adjectives) in the article that place it there. */
export type CountrySupport = Map<string, Set<string>>;

/**
 * The article's place matches that say where it is: a river or valley named after a place, or a
 * person's surname ("SSP Dostin Dashti confirmed": Dashtī is a town in Iran; a thirty-third-try
 * page on Kalat in Balochistan had been read as speaking of Iran), say nothing of it; and the
 * names the article gives persons (`persons`, normalized), so a surname repeated bare later
 * ("while Tareen remained unhurt") is the person too.
 */
export function storyMatches(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
): { matches: RawMatch[]; persons: Set<string> } {
  const found = matchPhrases(text, tokens, index);
  // a country or a capital before "said" is its government, which does say where ("Iran said")
  const town = (m: RawMatch) => m.records.every((r) => r.kind === 'town' && !r.capital);
  const persons = titledSurnames(tokens);
  const matches = found.filter((m, n) => {
    const person = m.type === 'place' && town(m) && isPerson(text, tokens, found, n);
    if (person) persons.add(m.key);
    return !m.feature && !person;
  });
  return { matches, persons };
}

/** Adjectives of the countries of this region, as evidence that an article speaks of them. */
const ADJECTIVES: [RegExp, string][] = [
  [/\bIranians?\b/, 'IR'],
  [/\bPakistanis?\b/, 'PK'],
  [/\bAfghans?\b/, 'AF'],
];

/** The countries of this region whose adjective `text` uses ("Iranian guards"). */
export function adjectiveCountries(text: string): string[] {
  return ADJECTIVES.filter(([re]) => re.test(text)).map(([, country]) => country);
}

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

/** The provinces an article names outright, and which names place something in each. */
export interface ProvinceSupport {
  /** Country ISO2 → names of the provinces named as such ("Khyber Pakhtunkhwa's Bajaur"). */
  named: Map<string, { name: string; keys: string[] }[]>;
  /** Province key ("ISO2/key", every spelling) → normalized names in the article within it. */
  keys: Map<string, Set<string>>;
}

/**
 * Half a million people (the provincial capitals of the region: Quetta, Herat, Kandahar, Zahedan)
 * or a national capital: too well known to be mistaken for a namesake ("10 picnickers kidnapped
 * from Quetta outskirts" was doubted for a report that speaks of the victims' Punjab).
 */
const WELL_KNOWN = 500_000;

/**
 * Words before a place that make it where people come from ("labourers from Punjab", "belonged
 * to Punjab city of Khanewal", "a resident of Mian Chanun in Khanewal district"), not where the
 * article's events are: seven labourers from Punjab shot in Gwadar had Gwadar doubted as a
 * namesake in Punjab (a twenty-third-try page).
 */
const ORIGIN_BEFORE =
  /\b(?:(?:labou?rers|workers|passengers|pilgrims|traders|natives?|residents?)\s+(?:from|of)|belong(?:ed|ing|s)?\s+to|hail(?:ed|ing|s)?\s+from|(?:were|was|are|is)\s+(?:originally\s+)?from)\s+(?:[^.,;:!?"“”]*\s)?$/i;

/** "… district of western Herat province", "…, Kandahar province": the district's province after it. */
const PROVINCE_AFTER = /^,?\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:[A-Za-z'’-]+\s+){1,3}province\b/;

/** The provinces `matches` (every sentence of `text`) name or place something in. */
export function provinceSupport(text: string, matches: Combined[]): ProvinceSupport {
  const named: ProvinceSupport['named'] = new Map();
  const keys = new Map<string, Set<string>>();
  for (const m of matches) {
    if (m.type !== 'place' || m.typo || m.records.length === 0) continue;
    if (ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    const provinces = new Set(m.records.map((r) => (r.provinceKeys ?? []).join('|')));
    const first = m.records[0];
    if (provinces.size !== 1 || !first?.provinceKeys?.length) continue;
    for (const k of first.provinceKeys) {
      const key = `${first.country}/${k}`;
      keys.set(key, (keys.get(key) ?? new Set()).add(m.key));
    }
    // "Kunduz province" names the province, though the town bears its name too
    const province =
      m.hint === 'province' ? m.records.find((r) => r.kind === 'province') : undefined;
    // "Zinda Jan district of western Herat province": the district's phrase names its province
    const ofProvince =
      m.hint === 'district' &&
      first.admin1 !== null &&
      PROVINCE_AFTER.test(text.slice(m.end, m.end + 60));
    if (province || ofProvince || m.records.every((r) => r.kind === 'province')) {
      const p = province ?? first;
      const name = ofProvince && !province ? (first.admin1 as string) : p.name;
      const list = named.get(p.country) ?? [];
      if (!list.some((q) => q.name === name)) list.push({ name, keys: p.provinceKeys ?? [] });
      named.set(p.country, list);
    }
  }
  return { named, keys };
}

/**
 * The provinces of the place's country the article names, when the place lies in none of them
 * and nothing in the article but `key` itself lies in its province: "a roadside bomb in
 * Sadiqabad" in a report on Khyber Pakhtunkhwa's Bajaur district is not Sadiqabad in Punjab,
 * 700 km away (a regression from a real Dawn report; the gazetteer lacks the Bajaur village).
 * National capitals and cities of half a million are left alone ("hours earlier in Kabul" in a report
 * on Nimroz). Null otherwise.
 */
export function otherProvinces(
  support: ProvinceSupport,
  place: PlaceRecord,
  key: string,
): string[] | null {
  const named = support.named.get(place.country);
  const own = place.provinceKeys ?? [];
  if (!named || own.length === 0 || place.capital || (place.population ?? 0) >= WELL_KNOWN)
    return null;
  if (named.some((p) => p.keys.some((k) => own.includes(k)))) return null;
  const names = own.flatMap((k) => [...(support.keys.get(`${place.country}/${k}`) ?? [])]);
  if (names.some((k) => k !== key)) return null;
  return named.map((p) => p.name);
}
