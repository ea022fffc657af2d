// Phrases made of two places: a stretch of border ("the Iran–Pakistan border", "the border
// between Iran and Pakistan", "Iran's border with Pakistan") and a road between two towns ("the
// Zahedan–Khash road", "the road from Quetta to Chaman"; placeRoads.ts), an unknown village
// falling back to the district named with it ("Kalag village, Saravan district"; placeFallback.ts)
// and a building of a town. Pure.
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import { divisionFallback, only } from './placeFallback.ts';
import type { RawMatch } from './placeMatch.ts';
import { possessiveInside } from './placePossessive.ts';
import { provinceBorderMatch } from './placeProvinceBorder.ts';
import { adjectiveCountries } from './placeSupport.ts';
import {
  isTravel,
  ROAD_WORDS,
  roadMatch,
  roadNameStart,
  roadWordAt,
  type RoadEnds,
} from './placeRoads.ts';
import { gap, type Token } from './placeTokens.ts';

/** A combined phrase, replacing the matches it is made of. */
export type Combined = RawMatch & {
  road?: RoadEnds;
  fallbackFrom?: string;
  /** How many namesakes of `fallbackFrom` the gazetteer holds, all far from the place it is in. */
  farNamesakes?: number;
  /** A road whose two ends lie in two countries ("the Chaman-Kandahar highway"). */
  crossBorderRoad?: boolean;
};

/** Words after "A-B" naming a service along the road between them ("Quetta-Karachi bus"). */
const ROUTE_SERVICES = new Set(['bus', 'coach', 'passenger', 'train', 'van', 'convoy', 'flight']);
/** ", the provincial capital of …" after a name (and "city"): an apposition naming a capital. */
const CAPITAL_APPOSITION =
  /^(?:\s+(?:city|town))?\s*,\s*the\s+(?:provincial\s+)?capital\s+of\s+[^,;.]+$/i;
const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'frontiers', 'boundary']);

function dashOrAnd(text: string, a: Token, b: Token): boolean {
  return /^\s*(?:[-‐‑–—/]|and)\s*$/u.test(gap(text, a, b));
}

/** The border line of two countries, when one is drawn. */
function borderOf(index: PlaceIndex, a: string, b: string): PlaceRecord | undefined {
  return index.borders.get([a, b].sort().join('-'));
}

/**
 * Replaces country pairs followed by "border", "A–B road" pairs and "Unknown village, B
 * district" pairs with one combined match each. `otherCountries` are countries the article names
 * (for "the border with Pakistan" when the sentence names only one side).
 */
export function combine(
  text: string,
  tokens: Token[],
  matches: RawMatch[],
  index: PlaceIndex,
  otherCountries: string[],
): Combined[] {
  const out: Combined[] = [];
  const lower = (k: number) => tokens[k]?.lower;
  for (let n = 0; n < matches.length; n++) {
    const a = matches[n] as RawMatch;
    const b = matches[n + 1];
    // "the border between Iran's Sistan-Baluchestan province and Afghanistan's Nimroz province"
    const stretch = provinceBorderMatch(text, tokens, matches, n, index);
    if (stretch) {
      out.push(stretch.match);
      n = stretch.after - 1;
      continue;
    }
    const ca = only(a, 'country');
    const cb = only(b, 'country');
    // "Iran–Pakistan border (areas)", "Iran and Pakistan border".
    const line = ca && cb ? borderOf(index, ca.country, cb.country) : undefined;
    if (line && b && dashOrAnd(text, tokens[a.last] as Token, tokens[b.first] as Token)) {
      const w = b.next;
      /** The pair as the line, from token `s` to `end`, reading on at token `next`. */
      const pushLine = (s: number, end: number, next: number) =>
        out.push({
          ...a,
          start: (tokens[s] as Token).start,
          end,
          records: [line],
          last: b.last,
          next,
        });
      const from = lower(a.first - 1) === 'the' ? a.first - 1 : a.first;
      if (b.widening === 'border-area') {
        pushLine(from, b.end, b.next);
        n++;
        continue;
      }
      if (BORDER_WORDS.has(lower(w) ?? '')) {
        const wide = ['areas', 'area', 'region', 'regions'].includes(lower(w + 1) ?? '');
        pushLine(from, (tokens[wide ? w + 1 : w] as Token).end, wide ? w + 2 : w + 1);
        n++;
        continue;
      }
      // "the border between Iran and Pakistan", "the border of Iran and Pakistan".
      const link = lower(a.first - 1);
      if ((link === 'between' || link === 'of') && BORDER_WORDS.has(lower(a.first - 2) ?? '')) {
        pushLine(lower(a.first - 3) === 'the' ? a.first - 3 : a.first - 2, b.end, b.next);
        n++;
        continue;
      }
    }
    // "Iran's border with Pakistan", "the border with Pakistan".
    if (ca && BORDER_WORDS.has(lower(a.first - 2) ?? '') && lower(a.first - 1) === 'with') {
      const prev = out[out.length - 1];
      const pc = only(prev, 'country');
      const own =
        prev && pc && (tokens[prev.last] as Token).possessive && prev.next === a.first - 2
          ? pc.country
          : null;
      const across = (list: string[]) => [
        ...new Set(list.filter((c) => c !== ca.country && borderOf(index, c, ca.country))),
      ];
      // "killed 14 Iranian guards on the border with Pakistan" (a two-hundred-and-eightieth-try
      // page, held at Pakistan ±1,033 km): the sentence's own adjective names the other side
      const named = across(otherCountries);
      const said = across(adjectiveCountries(text.slice(tokens[0]?.start, tokens.at(-1)?.end)));
      const sides = own ? [own] : said.length === 1 ? said : named;
      const line = sides.length === 1 ? borderOf(index, sides[0] as string, ca.country) : undefined;
      if (line) {
        if (own) out.pop();
        const s = own
          ? (prev as RawMatch).first
          : lower(a.first - 3) === 'the'
            ? a.first - 3
            : a.first - 2;
        out.push({ ...a, start: (tokens[s] as Token).start, records: [line] });
        continue;
      }
    }
    // "in Asabad city, the provincial capital of Kunar province": the apposition names the town;
    // the unknown spelling before it is that town misspelt, no rival (a hundred-and-third-try
    // page was held at the province)
    if (
      a.type === 'unknown' &&
      b?.type === 'place' &&
      CAPITAL_APPOSITION.test(text.slice(a.end, b.end))
    )
      continue;
    // "the Zahedan–Khash road", "the Quetta-Chaman highway", and with a space before a road word
    // ("the Quetta Karachi National Highway": it had been proposed at Quetta, ±5 km)
    const ta = a.type === 'place' && a.records.length > 0 && !ca;
    const tb = b?.type === 'place' && b.records.length > 0 && !cb;
    const between = b ? gap(text, tokens[a.last] as Token, tokens[b.first] as Token) : '';
    const hyphen = /^\s*[-‐‑–—]\s*$/u.test(between);
    const roadAt = b ? roadWordAt(tokens, b.last + 1) : null;
    if (ta && tb && b && (hyphen || (between === ' ' && roadAt !== null))) {
      const w = roadAt !== null ? tokens[roadAt] : tokens[b.next];
      // "Quetta-Karachi passenger bus", "the Peshawar-Torkham convoy": a service that runs along
      // the road between them, not either town (a twenty-fifth-try bus "near Mastung" had been
      // placed at Quetta)
      const service = w && ROUTE_SERVICES.has(w.lower) ? w : null;
      if (service) {
        out.push(roadMatch(index, a, b, (tokens[a.first] as Token).start, b.end, b.next));
        n++;
        continue;
      }
      if (w && ROAD_WORDS.has(w.lower)) {
        const startTok = lower(a.first - 1) === 'the' ? tokens[a.first - 1] : tokens[a.first];
        out.push(roadMatch(index, a, b, (startTok as Token).start, w.end, (roadAt ?? b.next) + 1));
        n++;
        continue;
      }
    }
    // "the road from Quetta to Chaman", "the road between Zahedan and Khash"; a journey's route,
    // "the convoy was going from Mirali to Miramshah" (its destination had been taken as the place).
    if (
      ta &&
      tb &&
      b &&
      (ROAD_WORDS.has(lower(a.first - 2) ?? '') ||
        isTravel(lower(a.first - 1), lower(a.first - 2))) &&
      ['from', 'between', 'linking', 'connecting'].includes(lower(a.first - 1) ?? '') &&
      ['to', 'and', 'with'].includes(lower(a.next) ?? '') &&
      a.next + 1 === b.first
    ) {
      const road = ROAD_WORDS.has(lower(a.first - 2) ?? '');
      let s = !road ? a.first - 1 : lower(a.first - 3) === 'the' ? a.first - 3 : a.first - 2;
      if (road) s = roadNameStart(out, tokens, a.first - 2, s);
      out.push(roadMatch(index, a, b, (tokens[s] as Token).start, b.end, b.next));
      n++;
      continue;
    }
    // "Kech district's Jalgai sector", "Quetta's Civil Hospital": an unknown place inside a known one.
    const inside = a.type === 'place' && !ca ? possessiveInside(text, tokens, a, b, index) : null;
    if (inside) {
      out.push(inside);
      n++;
      continue;
    }
    // "Kalag village, Saravan district": an unknown name falls back to its division.
    const fallback = divisionFallback(text, tokens, matches, n);
    if (fallback) {
      out.push(fallback.match);
      n += fallback.consumed;
      continue;
    }
    out.push(a);
  }
  return out;
}
