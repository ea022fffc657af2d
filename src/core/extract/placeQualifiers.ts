// The words around one place name that change what it means: "X district", "X Division", "X
// province", "X border crossing", "the X area", "X's suburbs", a street named after a town
// ("Lahore Road"), a person ("President X"), an English word used as a name; the words before it
// ("near X", "the outskirts of X") are read by placePrefix.ts. Pure; called by `matchPhrases`
// (placeMatch.ts) for each gazetteer hit.
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import type { RawMatch } from './placeMatch.ts';
import { buildingIn } from './placeLongerName.ts';
import { MARKETS, ownMarket } from './placeMarket.ts';
import { readPrefix } from './placePrefix.ts';
import { roadNamedAfter } from './placeRoads.ts';
import { gap, joins, type Token } from './placeTokens.ts';
import {
  CONNECTORS,
  CROSSING_WORDS,
  DISTRICT_WORDS,
  PLURAL_DISTRICT_WORDS,
  FACILITY,
  FEATURE_WORDS,
  LOCATIVE,
  PERSON_CONTEXT,
  DIVISION_WORDS,
  PROVINCE_WORDS,
  TITLES,
  TOWN_WORDS,
  pluralListAfter,
  tribal,
  wordsAt,
} from './placeWords.ts';

/** A street word ending a street's name of two words after a town ("Takht Band Road"). */
const STREET = /^(?:Road|Street|Avenue|Lane)$/;

/** True when token `k` is a capitalised one-word name of a district ("Kech", "Ziarat"). */
function districtNameAt(tokens: Token[], k: number, index: PlaceIndex): boolean {
  const t = tokens[k];
  return t !== undefined && t.cap && index.districts.has(t.lower);
}

/** A place phrase with the words around it read; null when they say it is not a place. */

export function placeMatch(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  first: number,
  last: number,
  key: string,
  typoRecords?: PlaceRecord[],
  floor = 0,
): RawMatch | null {
  const head = tokens[first] as Token;
  const tail = tokens[last] as Token;
  const after = tokens[last + 1];
  const before = tokens[first - 1];
  // "the [Ghazni] province": an editor's brackets round the name keep its division word (an
  // eighty-third-try quote, whose bracketed Ghazni had been read as the town, 33 km off)
  const bracketed = text[head.start - 1] === '[';
  const linked = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined &&
    b !== undefined &&
    (joins(gap(text, a, b)) || (bracketed && a === tail && /^\]\s+$/.test(gap(text, a, b))));
  const m: RawMatch = {
    type: 'place',
    start: head.start,
    end: tail.end,
    first,
    last,
    key,
    name: text.slice(head.start, tail.end),
    records: typoRecords ?? index.byName.get(key) ?? [],
    next: last + 1,
  };
  // "anti-Tehran", "pro-Kabul", "Tehran-based", "Quetta-bound": a word made from the name.
  if (before && !before.cap && /^[-‐‑]$/u.test(gap(text, before, head))) return null;
  if (
    after &&
    !after.cap &&
    /^[-‐‑]$/u.test(gap(text, tail, after)) &&
    !CONNECTORS.has(after.lower)
  ) {
    return null;
  }
  // "the Eidgah market in Parachinar": a building named after something else, in another place
  if (buildingIn(text, tokens, index, last, m.records)) return null;
  // "Lahore Road", "Quetta Press Club": a street or building named after the town; "Takht Band
  // Road" (a street of Mingora, a sixtieth-try page): a street named with one more word
  const word2 = tokens[last + 2];
  const street = !!word2?.cap && STREET.test(word2.text) && after?.cap && !after.possessive;
  const market =
    !tail.possessive &&
    !!after?.cap &&
    MARKETS.has(after.lower) &&
    linked(tail, after) &&
    ownMarket(tokens, index, last + 1, m.records);
  if (
    !market &&
    !tail.possessive &&
    after &&
    linked(tail, after) &&
    ((after.cap && FACILITY.has(after.lower)) || (street && linked(after, word2)))
  ) {
    return null;
  }
  // "in X", "near X"; or "Balochistan's X": a province (or country) holding X names it a place
  const holder = before?.possessive && before.cap ? index.byName.get(before.lower) : undefined;
  const cue =
    (before !== undefined && LOCATIVE.has(before.lower)) ||
    (holder?.some((r) => r.kind === 'province' || r.kind === 'country') ?? false);
  if (!tail.possessive && after && linked(tail, after)) {
    const crossing = CROSSING_WORDS.find((w) => wordsAt(tokens, last + 1, w, text));
    const sides = index.crossingSides.get(key);
    if (FEATURE_WORDS.has(after.lower) || roadNamedAfter(text, tokens, index, first, after)) {
      // "the Helmand river", "the Zhob valley": a feature named after the place, not the place
      m.feature = text.slice(after.start, after.end);
      m.end = after.end;
      m.next = last + 2;
    } else if (DISTRICT_WORDS.has(after.lower) && districtNameAt(tokens, last + 2, index)) {
      // "in Turbat district Kech": the South Asian "district Kech" names the district the town
      // lies in (a hundred-and-second-try page held Turbat as a district the gazetteer lacks)
      m.hint ??= 'town';
    } else if (DISTRICT_WORDS.has(after.lower) && index.byName.has(`${key} ${after.lower}`)) {
      // "Mamond tehsil": the name with its division word is a curated place of its own (the
      // tehsil itself, at its own radius), not a district the gazetteer lacks
      m.records = index.byName.get(`${key} ${after.lower}`) ?? m.records;
      m.end = after.end;
      m.next = last + 2;
    } else if (DISTRICT_WORDS.has(after.lower) || tribal(tokens, last + 1, text) > 0) {
      // "Bajaur district", "Kurram tribal region", "Khyber Agency": the (former tribal) district
      const words = DISTRICT_WORDS.has(after.lower) ? 1 : tribal(tokens, last + 1, text);
      m.hint = 'district';
      if (DISTRICT_WORDS.has(after.lower) && !PLURAL_DISTRICT_WORDS.has(after.lower)) {
        m.divisionWord = after.lower;
      }
      if (PLURAL_DISTRICT_WORDS.has(after.lower)) m.plural = after.lower;
      m.end = (tokens[last + words] as Token).end;
      m.next = last + 1 + words;
      // A district listed only with its division word ("Nika District") is reached with it.
      const d = index.districts.get(key) ?? index.districts.get(`${key} ${after.lower}`);
      if (d) m.records = d;
    } else if (PROVINCE_WORDS.has(after.lower) || DIVISION_WORDS.has(after.lower)) {
      // "Makran Division", "Quetta division": several districts, named after a town or a region
      m.hint = DIVISION_WORDS.has(after.lower) ? 'division' : 'province';
      m.divisionWord = after.lower;
      m.end = after.end;
      m.next = last + 2;
    } else if (TOWN_WORDS.has(after.lower)) {
      m.hint = 'town';
      m.end = after.end;
      m.next = last + 2;
    } else if (crossing && (sides || m.records.every((r) => r.kind === 'crossing'))) {
      m.hint = 'crossing';
      m.records = sides ?? m.records;
      // "the Torkham border crossing": both sides bear one name, so it is one place, not two.
      if (new Set(m.records.map((r) => r.name)).size === 1) m.records = m.records.slice(0, 1);
      m.end = (tokens[last + crossing.length] as Token).end;
      m.next = last + 1 + crossing.length;
    } else if (regimentArea(text, tokens, first, last)) {
      // "clashed in the Saravan Border Regiment('s area)": the ground the Iranian border
      // regiment named after the county holds, its stretch of frontier (a post "of" the
      // regiment, or a guard of it, stays the unit: placeRoles.ts)
      districtBorderArea(m, regimentCounty(index, key), after, last);
      m.end = (tokens[last + 2] as Token).end;
      m.next = last + 3;
    } else if (
      wordsAt(tokens, last + 1, ['border', 'area'], text) ||
      wordsAt(tokens, last + 1, ['border', 'areas'], text) ||
      wordsAt(tokens, last + 1, ['border', 'region'], text)
    ) {
      m.widening = 'border-area';
      m.end = (tokens[last + 2] as Token).end;
      m.next = last + 3;
    } else if (market) {
      m.end = after.end;
      m.next = last + 2;
    } else if (after.lower === 'area' || after.lower === 'areas') {
      m.widening = 'area';
      m.end = after.end;
      m.next = last + 2;
    } else if (
      after.lower === 'border' &&
      !after.cap &&
      !sides &&
      m.records.length > 0 &&
      m.records.every((r) => r.kind === 'town' || r.kind === 'district')
    ) {
      // "near the Panjgur border": the district's stretch of frontier (78 km from Panjgur town),
      // like "the Panjgur sector"; a crossing's town ("the Chaman border") stays the crossing.
      districtBorderArea(m, regimentCounty(index, key), after, last);
    } else if (after.lower === 'sector' && !after.cap) {
      // "the Panjgur sector (of the border)": a stretch of frontier named after the district,
      // often far from the town; the district widened to its border area, never the town.
      districtBorderArea(m, regimentCounty(index, key), after, last);
    }
  }
  // "Shindand and Oba districts": every name of the list is a district, one of several
  const listed = m.widening || m.feature ? null : pluralListAfter(tokens, m.next - 1, text);
  // ("Khost and Paktika provinces": Khost is the province, not the town)
  if (listed === 'provinces' && !m.hint) m.hint = 'province';
  else if (listed && !m.hint) {
    m.hint = 'district';
    m.records = index.districts.get(key) ?? m.records;
  }
  // "Farah City, Bala Buluk and Pusht Rod districts": the city too is one of several places
  if (listed && m.hint && ['district', 'town', 'province'].includes(m.hint)) m.plural = listed;
  const sideOnly = m.records.length === 0 && index.crossingSides.has(key);
  if (sideOnly) {
    m.records = index.crossingSides.get(key) ?? [];
    m.sideOnly = true;
  }
  if (m.records.length === 0) {
    const d = index.districts.get(key);
    if (d) {
      m.records = d;
      m.hint ??= 'district';
    }
  }
  // "Panjgur's suburbs", "Quetta's outskirts", a headline's "kidnapped from Quetta outskirts".
  const outskirts = after?.lower === 'suburbs' || after?.lower === 'outskirts';
  if (outskirts && (tail.possessive || (after && linked(tail, after)))) {
    m.widening = 'outskirts';
    m.end = after.end;
    m.next = last + 2;
  }
  // "Helmand's provincial capital", "Afghanistan's capital": the town that is its capital
  const capitalAt = tail.possessive ? (after?.lower === 'provincial' ? last + 2 : last + 1) : -1;
  if (tokens[capitalAt]?.lower === 'capital') {
    m.capital = true;
    m.end = (tokens[capitalAt] as Token).end;
    m.next = capitalAt + 1;
  }
  readPrefix(tokens, first, m, floor, index.districts.get(key));
  // Place names that are English words ("Band", "Most") and very short names ("Dir") count only
  // where the sentence uses them as places: after "in", "near", … or before "district", ….
  const english = sideOnly || index.englishNames.has(key) || key.replace(/ /g, '').length <= 3;
  if (english && !cue && !m.hint && !m.widening) return null;
  if (english && head.upper && !cue) return null;
  // Known only as a crossing's side ("Mand"): the area on that side of it, in that country.
  if (m.sideOnly) m.widening ??= 'area';
  // A misspelt name counts only where the sentence uses it as a place ("in Zahedaan").
  if (typoRecords && !cue && !m.hint && !m.widening) return null;
  // "President Rayeesi", "Bahram Qasemi": a person's name, not a town.
  if (TITLES.has(before?.lower ?? '') && before?.cap) return null;
  const personNext =
    after?.cap &&
    linked(tail, after) &&
    !tail.possessive &&
    !index.byName.has(after.lower) &&
    !index.organisations.has(after.lower) &&
    !index.districts.has(after.lower);
  const opensClause = before === undefined || PERSON_CONTEXT.has(before.lower);
  if (personNext && opensClause && m.records.every((r) => r.kind === 'town') && !m.hint) {
    return null;
  }
  return m.records.length > 0 ? m : null;
}

/**
 * "the X border", "the X sector": the match becomes district X's stretch of frontier (its records
 * when X is a curated district), widened to its border area and ending after the word `after`.
 */
/**
 * The Iranian county a border regiment is named after: by its name, or one letter off in the
 * vowels Persian names are spelt with either way ("Zabul Border Regiment" is Zabol's, not the
 * Afghan province Zabul: a twenty-eighth-try page, held 413 km off). Border regiments are Iran's.
 */
function regimentCounty(index: PlaceIndex, key: string): PlaceRecord[] | undefined {
  const own = index.districts.get(key)?.filter((d) => d.country === 'IR');
  if (own?.length) return own;
  const vowels = (k: string) => k.replace(/[aeiou]/g, '*');
  const near = [...index.districts]
    .filter(([k]) => k.length === key.length && vowels(k) === vowels(key))
    .flatMap(([, ds]) => ds.filter((d) => d.country === 'IR'));
  return near.length === 1 ? near : index.districts.get(key);
}

/** "in (the area of) (the) X Border Regiment": a place word before, "border regiment" after. */
function regimentArea(text: string, tokens: Token[], first: number, last: number): boolean {
  if (!wordsAt(tokens, last + 1, ['border', 'regiment'], text)) return false;
  let i = first - 1;
  if (tokens[i]?.lower === 'the') i--;
  if (wordsAt(tokens, i - 1, ['area', 'of'], text)) return true;
  return ['in', 'at', 'within'].includes(tokens[i]?.lower ?? '');
}

function districtBorderArea(
  m: RawMatch,
  district: PlaceRecord[] | undefined,
  after: Token,
  last: number,
): void {
  if (district) {
    m.records = district;
    m.hint = 'district';
  }
  m.widening = 'border-area';
  m.end = after.end;
  m.next = last + 2;
}
