// Finds the place and organisation phrases of one sentence: gazetteer-driven longest matches
// over capitalised words (organisations win ties, so "Balochistan Liberation Army" is never the
// province), one-edit typo matches, and unknown capitalised runs. The words around each name
// are read by `placeMatch` (placeQualifiers.ts). Pure.
import { normalizePlaceName } from '../gazetteer.ts';
import { demonymCapital } from './placeCapital.ts';
import { kurdishRegionEnd } from './kurdishRegions.ts';
import type { Organisation } from './gazetteerData.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import { romanisedVariant, typoNames } from './placeTypos.ts';
import { typoTail } from './placeTypoTail.ts';
import { placeMatch } from './placeQualifiers.ts';
import { gap, type Token } from './placeTokens.ts';
import { longest, organisationAt } from './placeLongest.ts';
import {
  alternateHead,
  clanRun,
  clanVillage,
  namedFeature,
  partOfLongerName,
  unknownMatch,
  unknownRun,
} from './placeLongerName.ts';
import { townBeforeProvince } from './placeNamedAfterProvince.ts';
import { CONNECTORS, FUNCTION_WORDS, isPeopleWord, NEVER, neverName } from './placeWords.ts';

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
  hint?: 'district' | 'division' | 'province' | 'town' | 'crossing';
  /** The division word after the name as the text has it ("tehsil" in "Miranshah tehsil"). */
  divisionWord?: string;
  /** The division word after it is plural ("Dangam districts"): other divisions are meant too. */
  plural?: string;
  /**
   * The name is that of a natural feature or a work named after the place ("the Helmand river",
   * "the Kurram valley", "Kajaki dam"): the feature word as written.
   */
  feature?: string;
  /** The name is known only as one side's town of a crossing ("Mand" of Pishin–Mand). */
  sideOnly?: boolean;
  /** "the capital of Nimroz province", "Helmand's provincial capital": the capital is meant. */
  capital?: boolean;
  /** "Lower Kurram", "Upper Dir": the part word before a division's name, as written. */
  part?: string;
  organisation?: Organisation;
  /** Token index right after the phrase (qualifiers included). */
  next: number;
}

// "Dila district": a curated district listed only as "Dila District" (its short name is also a
// given name, a river or a dam) is a place only with "district" after it, never "Dila Jan";
// likewise a county listed only as "Hamoun County" (its short name is also the lake).
function onlyWithDistrictWord(index: PlaceIndex, tokens: Token[], key: string, last: number) {
  const word = tokens[last + 1]?.lower;
  return (word === 'district' || word === 'county') && index.districts.has(`${key} ${word}`);
}

/** Words naming a part of a division ("Lower Kurram", "Upper Orakzai"). */
const PART_WORDS = new Set(['upper', 'lower']);
/** Months of the Islamic calendar, never a place's name misspelt ("Ramadan" is not Hamadan). */
const HOLY_MONTHS = /^(?:Ramadan|Ramazan|Ramzan|Muharram|Shaban|Shawwal|Rajab)$/i;

/**
 * "Lower Kurram", "Upper Orakzai": a part word the gazetteer does not know with the name after
 * it, before a district or province (never a town: "Lower X" may be a village of its own);
 * returns that division's name, or null.
 */
function partOfDivision(
  text: string,
  tokens: Token[],
  index: PlaceIndex,
  i: number,
): { last: number; key: string } | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!PART_WORDS.has(t.lower) || !next || gap(text, t, next) !== ' ') return null;
  return longest(
    text,
    tokens,
    i + 1,
    index.maxTokens,
    (key) =>
      index.districts.has(key) ||
      (index.byName.get(key) ?? []).some((r) => r.kind === 'province' || r.kind === 'district'),
  );
}

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
    // "Iranian Kurdistan", "the Kurdistan Region": no place the gazetteer holds (kurdishRegions.ts)
    const region = kurdishRegionEnd(tokens, i);
    if (region !== null) {
      i = region;
      continue;
    }
    // "the Afghan capital": Kabul (placeCapital.ts)
    const capital = demonymCapital(tokens, index, i);
    if (capital) {
      out.push(capital);
      i = capital.next;
      continue;
    }
    const org = organisationAt(text, tokens, i, index);
    const place = longest(
      text,
      tokens,
      i,
      index.maxTokens,
      (key, last) =>
        (index.byName.has(key) ||
          index.districts.has(key) ||
          index.crossingSides.has(key) ||
          onlyWithDistrictWord(index, tokens, key, last)) &&
        (last > i || !neverName(tokens, i)),
    );
    const part = !org && !place ? partOfDivision(text, tokens, index, i) : null;
    if (part) {
      const m = placeMatch(text, tokens, index, i, part.last, part.key, undefined, floor);
      if (m) {
        out.push({ ...m, part: t.text });
        i = Math.max(part.last + 1, m.next);
        continue;
      }
    }
    if (!org && !place && (NEVER.has(t.lower) || isPeopleWord(tokens, i))) {
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
    const clan = place
      ? (clanVillage(text, tokens, place.last) ?? namedFeature(text, tokens, index, place.last))
      : null;
    if (clan !== null) {
      // "Bara's Bar Qambar Khel area": a clan's village, not the town Qambar (Kambar, Sindh,
      // 764 km off: a regression from a real TNN report); the whole run is a name unknown here
      const run = clanRun(text, tokens, i, clan, out[out.length - 1]);
      if (run.first < i) out.pop();
      out.push(run);
      i = clan + 1;
      continue;
    }
    if (place) {
      const m = placeMatch(text, tokens, index, i, place.last, place.key, undefined, floor);
      const prev = out[out.length - 1];
      const longer = m && prev && partOfLongerName(text, tokens, prev, m);
      if (m && prev && (longer || townBeforeProvince(text, tokens, prev, m))) {
        // "near Pehro Kunri": Kunri is a town in Sindh, Pehro Kunri a village elsewhere; "Khas
        // Kunar": a district of Kunar, not the town Khāsh in Nimroz
        const unknown = { ...prev, type: 'unknown' as const, records: [] };
        out.pop();
        const end = (tokens[m.last] as Token).end;
        out.push({
          ...unknown,
          end,
          last: m.last,
          key: normalizePlaceName(text.slice(prev.start, end)),
          name: text.slice(prev.start, end),
          next: m.last + 1,
        });
        i = m.last + 1;
        continue;
      }
      // "Gulshan-e-Iqbal" (a Karachi quarter, read as Gulshan, a name of Tabas in Iran, 1,378 km
      // off: a two-hundred-and-eighty-seventh-try page): a name joined on by "-e-" is another name
      const joined = m && ezafeEnd(text, tokens, m.last);
      if (m && joined !== null) {
        const end = (tokens[joined] as Token).end;
        const name = text.slice(m.start, end);
        out.push({
          ...m,
          type: 'unknown',
          records: [],
          end,
          last: joined,
          next: joined + 1,
          name,
          key: normalizePlaceName(name),
        });
        i = joined + 1;
        continue;
      }
      if (m) out.push(m);
      i = Math.max(place.last + 1, m?.next ?? 0);
      continue;
    }
    // "the holy Muslim month of Ramadan" is no typo of Hamadan (a hundred-and-fifty-third-try page)
    const filter = HOLY_MONTHS.test(text.slice(t.start, t.end)) ? null : options.typoFilter;
    const typo = filter ? typoNames(index, t.lower) : [];
    const records = [...new Set(typo.flatMap((k) => index.byName.get(k) ?? []))].filter(
      (r) => filter?.(r) ?? false,
    );
    if (records.length > 0 && !t.upper) {
      const m = placeMatch(text, tokens, index, i, i, typo[0] as string, records, floor);
      if (m) {
        // "Mariwan" for Marīvān is the name written another way, not a typo to review (one place,
        // which may bear several names one edit away: "Guzara" for Guz̄arah, also Gozara)
        const variant = typo.some(
          (k) => romanisedVariant(t.lower, k) && index.byName.get(k)?.includes(records[0]!),
        );
        if (records.length > 1 || !variant)
          m.typo = [...new Set(records.map((r) => r.name))].join(', ');
        out.push(m);
        i = m.next;
        continue;
      }
    }
    const head = out[out.length - 1];
    // "Miran Shan": Miran Shah misspelt, not the Afghan town Mīrān (placeTypoTail.ts)
    const tail = filter && typoTail(text, tokens, index, head, i, floor);
    if (tail) {
      out.splice(-1, 1, tail);
      i = tail.next;
      continue;
    }
    const last = unknownRun(text, tokens, i, index);
    // "Shal Talu": not Quetta's former name "Shal", but a place the gazetteer lacks
    const joined = last === i && head && alternateHead(text, tokens, head, i, index);
    if (joined) out.pop();
    out.push(unknownMatch(text, tokens, joined ? head.first : i, last));
    i = last + 1;
  }
  return out;
}

/**
 * The index of the last token of a name joined on after token `last` by a Persian ezafe
 * ("Gulshan-e-Iqbal", "Gulistan-i-Jauhar"), or null when none follows.
 */
function ezafeEnd(text: string, tokens: Token[], last: number): number | null {
  const from = (tokens[last] as Token).end;
  const m = /^-(?:e|i|o)-\p{Lu}[\p{L}'’]*/u.exec(text.slice(from, from + 40));
  if (!m) return null;
  const end = from + m[0].length;
  const k = tokens.findIndex((t, n) => n > last && t.end === end);
  return k < 0 ? null : k;
}
