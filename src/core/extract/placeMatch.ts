// Finds the place and organisation phrases of one sentence: gazetteer-driven longest matches
// over capitalised words (organisations win ties, so "Balochistan Liberation Army" is never the
// province), one-edit typo matches, and the words around a name that change what it means:
// "X district", "X province", "X border crossing", "near X", "the outskirts of X", "X's suburbs",
// "the border area of X", a street named after a town ("Lahore Road"). Pure.
import { normalizePlaceName } from '../gazetteer.ts';
import type { Organisation } from './gazetteerData.ts';
import { typoNames, type PlaceIndex, type PlaceRecord } from './placeIndex.ts';
import { gap, joins, type Token } from './placeTokens.ts';

/** How the words around a name widen it (radii in README "Places"). */
export type Widening = 'near' | 'outskirts' | 'border-area' | 'area';

/** A phrase found in the sentence, before roles and narrowing. */
export interface RawMatch {
  type: 'place' | 'organisation' | 'unknown';
  /** The whole phrase as written, qualifiers included ("the outskirts of Panjgur"). */
  start: number;
  end: number;
  /** Token range of the name itself, inclusive. */
  first: number;
  last: number;
  /** Normalized name looked up. */
  key: string;
  /** The name as written (without the words around it). */
  name: string;
  records: PlaceRecord[];
  /** The gazetteer spelling a typo matched. */
  typo?: string;
  widening?: Widening;
  /** What the words around it say the name is. */
  hint?: 'district' | 'province' | 'town' | 'crossing';
  /** The name is known only as one side's town of a crossing ("Mand" of Pishin–Mand). */
  sideOnly?: boolean;
  organisation?: Organisation;
  /** Token index right after the phrase (qualifiers included). */
  next: number;
}

/** Words that may sit inside a name ("Sistan and Baluchestan", "Torbat-e Jam", "Lash wa Juwayn"). */
const CONNECTORS = new Set(['and', 'va', 'wa', 'e', 'ye', 'i', 'al', 'ul', 'el', 'of', 'in', 'o']);
/** Words before a name that make it a place ("in Band", "near Bam"). */
export const LOCATIVE = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'around', 'across', 'toward', 'towards',
  'inside', 'of', 'between', 'via', 'through', 'along', 'reach', 'reached', 'entered',
]); // prettier-ignore
/** Never places, whatever the gazetteer says. */
const NEVER = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'god', 'allah', 'islam', 'muslim', 'sunni', 'shia', 'baloch', 'baluch',
  'pakistani', 'iranian', 'afghan', 'afghans', 'persian', 'president', 'minister', 'army',
]); // prettier-ignore
/** A capitalised word after a town name that makes the phrase a street or building named after it. */
const FACILITY = new Set([
  'road', 'street', 'avenue', 'lane', 'chowk', 'colony', 'bazaar', 'bazar', 'market', 'hospital',
  'university', 'college', 'school', 'mosque', 'stadium', 'hotel', 'club', 'park', 'square',
  'cantonment', 'gate', 'house',
]); // prettier-ignore
/** Words after which "Town Surname" is a person ("said Bahram Qasemi", "met with …"). */
const PERSON_CONTEXT = new Set(['said', 'told', 'according', 'with', 'and', 'by', 'spokesman']);
/** Titles before a person's name ("President", "General"). */
const TITLES = new Set([
  'president', 'minister', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'mr', 'mrs', 'ms', 'dr', 'mullah', 'maulana', 'sheikh', 'seyed', 'sayed', 'syed', 'ayatollah',
  'spokesman', 'governor', 'commander', 'senator', 'judge', 'imam', 'maulvi', 'mufti',
]); // prettier-ignore
const DISTRICT_WORDS = new Set(['county', 'district', 'shahrestan', 'tehsil', 'sub-district']);
const PROVINCE_WORDS = new Set(['province', 'provinces', 'region']);
const TOWN_WORDS = new Set(['city', 'town', 'village']);
const CROSSING_WORDS = [
  ['border', 'crossing', 'point'], ['border', 'crossing'], ['crossing', 'point'], ['crossing'],
  ['border', 'point'], ['border', 'gate'], ['border', 'terminal'], ['border', 'terminals'],
]; // prettier-ignore

function wordsAt(tokens: Token[], at: number, words: string[], text: string): boolean {
  return words.every((w, k) => {
    const t = tokens[at + k];
    const prev = tokens[at + k - 1];
    return t?.lower === w && (k === 0 || (prev !== undefined && joins(gap(text, prev, t))));
  });
}

/** Longest phrase from token `i` whose key `accept` knows; returns its last token and key. */
function longest(
  text: string,
  tokens: Token[],
  i: number,
  maxTokens: number,
  accept: (key: string, last: number) => boolean,
): { last: number; key: string } | null {
  let best: { last: number; key: string } | null = null;
  // Words are joined only by spaces or one hyphen, so the key is their lower-case forms joined
  // by spaces: what `normalizePlaceName` gives for the phrase, without normalizing it again.
  let key = '';
  for (let j = i; j < tokens.length && j < i + maxTokens; j++) {
    const t = tokens[j] as Token;
    if (j > i) {
      if (!joins(gap(text, tokens[j - 1] as Token, t))) break;
      if ((tokens[j - 1] as Token).possessive) break;
      if (!t.cap && !CONNECTORS.has(t.lower)) break;
    }
    key = key ? `${key} ${t.lower}` : t.lower;
    if (!t.cap) continue;
    if (accept(key, j)) best = { last: j, key };
  }
  return best;
}

function isAcronym(key: string): boolean {
  return !key.includes(' ') && key.length <= 5;
}

/** Capitalised words from `i` that name nothing known (an unknown village, a person). */
function unknownRun(text: string, tokens: Token[], i: number, index: PlaceIndex): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const next = tokens[j + 1] as Token;
    const known = index.byName.has(next.lower) || index.organisations.has(next.lower);
    if (!next.cap || known || (tokens[j] as Token).possessive) break;
    if (!joins(gap(text, tokens[j] as Token, next))) break;
    j++;
  }
  return j;
}

/** Capitalised words that start sentences and titles but never name anything here. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'and', 'but', 'he', 'she', 'it', 'they', 'we', 'his',
  'her', 'their', 'this', 'that', 'these', 'those', 'there', 'after', 'before', 'when', 'while',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'maj', 'lt', 'capt', 'sgt',
]); // prettier-ignore

/** Options of `matchPhrases`. */
export interface MatchOptions {
  /** Typo matches are tried only when given, and only for the places it accepts. */
  typoFilter?: (r: PlaceRecord) => boolean;
}

/** Every place, organisation and unknown capitalised phrase of the tokens, in order. */
export function matchPhrases(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  options: MatchOptions = {},
): RawMatch[] {
  const out: RawMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const floor = out[out.length - 1]?.next ?? 0;
    const t = tokens[i] as Token;
    if (!t.cap || CONNECTORS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) {
      i++;
      continue;
    }
    const org = longest(text, tokens, i, index.maxTokens, (key, last) => {
      if (!index.organisations.has(key)) return false;
      // Acronyms ("AP", "FC", "ISPR") only when written in capitals.
      return !isAcronym(key) || (last === i && t.upper) || key.length > 4;
    });
    const place = longest(
      text,
      tokens,
      i,
      index.maxTokens,
      (key, last) =>
        (index.byName.has(key) || index.districts.has(key) || index.crossingSides.has(key)) &&
        (last > i || !NEVER.has(t.lower)),
    );
    if (!org && !place && NEVER.has(t.lower)) {
      i++;
      continue;
    }
    if (org && (!place || org.last >= place.last)) {
      const o = index.organisations.get(org.key) as Organisation;
      const end = tokens[org.last] as Token;
      out.push({
        type: 'organisation',
        start: t.start,
        end: end.end,
        first: i,
        last: org.last,
        key: org.key,
        name: text.slice(t.start, end.end),
        records: [],
        organisation: o,
        next: org.last + 1,
      });
      i = org.last + 1;
      continue;
    }
    if (place) {
      const m = placeMatch(text, tokens, index, i, place.last, place.key, undefined, floor);
      if (m) out.push(m);
      i = Math.max(place.last + 1, m?.next ?? 0);
      continue;
    }
    const filter = options.typoFilter;
    const typo = filter ? typoNames(index, t.lower) : [];
    const records = [...new Set(typo.flatMap((k) => index.byName.get(k) ?? []))].filter(
      (r) => filter?.(r) ?? false,
    );
    if (records.length > 0 && !t.upper) {
      const m = placeMatch(text, tokens, index, i, i, typo[0] as string, records, floor);
      if (m) {
        m.typo = [...new Set(records.map((r) => r.name))].join(', ');
        out.push(m);
        i = m.next;
        continue;
      }
    }
    const last = unknownRun(text, tokens, i, index);
    out.push({
      type: 'unknown',
      start: t.start,
      end: (tokens[last] as Token).end,
      first: i,
      last,
      key: normalizePlaceName(text.slice(t.start, (tokens[last] as Token).end)),
      name: text.slice(t.start, (tokens[last] as Token).end),
      records: [],
      next: last + 1,
    });
    i = last + 1;
  }
  return out;
}

/** A place phrase with the words around it read; null when they say it is not a place. */
function placeMatch(
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
  const linked = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && joins(gap(text, a, b));
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
  // "Lahore Road", "Quetta Press Club": a street or building named after the town.
  if (after?.cap && FACILITY.has(after.lower) && linked(tail, after) && !tail.possessive) {
    return null;
  }
  const cue = before !== undefined && LOCATIVE.has(before.lower);
  if (!tail.possessive && after && linked(tail, after)) {
    const crossing = CROSSING_WORDS.find((w) => wordsAt(tokens, last + 1, w, text));
    const sides = index.crossingSides.get(key);
    if (DISTRICT_WORDS.has(after.lower)) {
      m.hint = 'district';
      m.end = after.end;
      m.next = last + 2;
      const d = index.districts.get(key);
      if (d) m.records = d;
    } else if (PROVINCE_WORDS.has(after.lower)) {
      m.hint = 'province';
      m.end = after.end;
      m.next = last + 2;
    } else if (TOWN_WORDS.has(after.lower)) {
      m.hint = 'town';
      m.end = after.end;
      m.next = last + 2;
    } else if (crossing && (sides || m.records.every((r) => r.kind === 'crossing'))) {
      m.hint = 'crossing';
      m.records = sides ?? m.records;
      m.end = (tokens[last + crossing.length] as Token).end;
      m.next = last + 1 + crossing.length;
    } else if (
      wordsAt(tokens, last + 1, ['border', 'area'], text) ||
      wordsAt(tokens, last + 1, ['border', 'areas'], text) ||
      wordsAt(tokens, last + 1, ['border', 'region'], text)
    ) {
      m.widening = 'border-area';
      m.end = (tokens[last + 2] as Token).end;
      m.next = last + 3;
    } else if (after.lower === 'area' || after.lower === 'areas') {
      m.widening = 'area';
      m.end = after.end;
      m.next = last + 2;
    }
  }
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
  // "Panjgur's suburbs", "Quetta's outskirts".
  if (tail.possessive && (after?.lower === 'suburbs' || after?.lower === 'outskirts')) {
    m.widening = 'outskirts';
    m.end = after.end;
    m.next = last + 2;
  }
  readPrefix(tokens, first, m, floor);
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

/** Words before the name: "near X", "(on) the outskirts of X", "the border area of X", "province of X". */
function readPrefix(tokens: Token[], first: number, m: RawMatch, floor: number): void {
  // Words already read as part of the previous phrase ("the Mand area of Kech") are not a prefix.
  const w = (k: number) => (first - k >= floor ? tokens[first - k]?.lower : undefined);
  const startOf = (k: number) => {
    const s = first - k;
    return tokens[s - 1]?.lower === 'the'
      ? (tokens[s - 1] as Token).start
      : (tokens[s] as Token).start;
  };
  if (w(1) === 'near' || w(1) === 'nearby') {
    m.widening ??= 'near';
    m.start = (tokens[first - 1] as Token).start;
  } else if (w(1) === 'to' && w(2) === 'close') {
    m.widening ??= 'near';
    m.start = (tokens[first - 2] as Token).start;
  } else if (w(1) === 'from' && w(2) === 'far' && w(3) === 'not') {
    m.widening ??= 'near';
    m.start = (tokens[first - 3] as Token).start;
  } else if (
    (w(1) === 'in' || (w(1) === 'of' && w(3) !== 'the')) &&
    (w(2) === 'village' || w(2) === 'villages' || w(2) === 'hamlet')
  ) {
    // "a village in Chitral": somewhere around the town X, not X itself ("the village of
    // Shaghalak" names the village; "villages in Spera district" lie in the district's radius).
    if ((m.hint === undefined || m.hint === 'town') && m.records.some((r) => r.kind === 'town')) {
      m.widening ??= 'near';
    }
  } else if (w(1) === 'of' && (w(2) === 'outskirts' || w(2) === 'suburbs')) {
    m.widening = 'outskirts';
    m.start = startOf(2);
  } else if (
    w(1) === 'of' &&
    (w(2) === 'area' || w(2) === 'areas' || w(2) === 'region') &&
    (w(3) === 'border' || w(3) === 'bordering' || w(3) === 'frontier')
  ) {
    m.widening = 'border-area';
    m.start = startOf(3);
  } else if (w(1) === 'of' && (w(2) === 'vicinity' || w(2) === 'area' || w(2) === 'areas')) {
    m.widening ??= 'area';
    m.start = startOf(2);
  } else if (w(1) === 'of' && (w(2) === 'district' || w(2) === 'county')) {
    m.hint = 'district';
    m.start = startOf(2);
  } else if (w(1) === 'of' && w(2) === 'province') {
    m.hint ??= 'province';
  }
}
