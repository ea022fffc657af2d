// "On the border between Iran's Sistan-Baluchestan province and Afghanistan's Nimroz province":
// two provinces of different countries after "border between" name the stretch of the
// international border they share (built from the province polygons, pipeline/province-borders.ts),
// at `border` precision, instead of the first province and a second place. Pure.
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import type { RawMatch } from './placeMatch.ts';
import { gap, type Token } from './placeTokens.ts';

const BORDER_WORDS = new Set(['border', 'frontier', 'boundary']);

/** The id of the stretch two provinces share: their area ids sorted, joined by "/". */
export function provinceBorderId(a: string, b: string): string {
  return [a, b].sort().join('/');
}

function provinceOf(m: RawMatch | undefined): PlaceRecord | null {
  if (m?.type !== 'place') return null;
  const provinces = m.records.filter((r) => r.kind === 'province' && r.area);
  return provinces.length === 1 ? (provinces[0] as PlaceRecord) : null;
}

/** A province at `matches[k]`, after its country's possessive or alone: it and the next index. */
function side(
  matches: RawMatch[],
  k: number,
  tokens: Token[],
): { province: PlaceRecord; match: RawMatch; after: number } | null {
  const a = matches[k];
  const b = matches[k + 1];
  const country = a?.type === 'place' && a.records.every((r) => r.kind === 'country');
  if (a && b && country && (tokens[a.last] as Token).possessive && b.first === a.next) {
    const province = provinceOf(b);
    if (!province || province.country !== a.records[0]?.country) return null;
    return { province, match: b, after: k + 2 };
  }
  const province = provinceOf(a);
  return province && a ? { province, match: a, after: k + 1 } : null;
}

/**
 * The stretch named by the province pair starting at `matches[n]`, when "border between" comes
 * right before it: the combined match and the index of the first match after it, or null.
 */
export function provinceBorderMatch(
  text: string,
  tokens: Token[],
  matches: RawMatch[],
  n: number,
  index: PlaceIndex,
): { match: RawMatch; after: number } | null {
  const a = matches[n] as RawMatch;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  if (lower(a.first - 1) !== 'between' || !BORDER_WORDS.has(lower(a.first - 2))) return null;
  const one = side(matches, n, tokens);
  const two = one && side(matches, one.after, tokens);
  if (!one || !two || one.province.country === two.province.country) return null;
  const and = gap(text, tokens[one.match.next - 1] as Token, tokens[two.match.first] as Token);
  const start = matches[one.after] as RawMatch;
  if (!/^\s*and\s*$/.test(text.slice(one.match.end, start.start)) && !/^\s*and\s*$/.test(and))
    return null;
  const stretch = index.borders.get(
    provinceBorderId(one.province.area as string, two.province.area as string),
  );
  if (!stretch) return null;
  const s = lower(a.first - 3) === 'the' ? a.first - 3 : a.first - 2;
  return {
    match: {
      ...a,
      start: (tokens[s] as Token).start,
      end: two.match.end,
      records: [stretch],
      last: two.match.last,
      next: two.match.next,
      hint: undefined,
    } as RawMatch,
    after: two.after,
  };
}
