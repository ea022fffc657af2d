// "the southwestern Iranian city of Abadan", "Abadan, in south-western Iran": the part of the
// country a text puts a place in. A namesake on the other side of the country is not the place
// meant (a hamlet called Ābādān lies in Iran's south-east, 1,250 km from the city), so the compass
// narrows the candidates before ranking, and a name none of whose namesakes fits goes to review.
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';

/** Which halves of the country a place is said to lie in (north/south, east/west). */
export interface Compass {
  /** The words as written ("southwestern"). */
  words: string;
  ns: 'north' | 'south' | null;
  ew: 'east' | 'west' | null;
  /** The words name the country ("southwestern Iranian", "in southern Pakistan"). */
  country?: boolean;
}

/** A compass word: "south", "south-western", "southeast", "eastern". */
const ANY = String.raw`((?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?)`;
/** The same ending in "-ern", which cannot begin a name ("South Waziristan" is a name). */
const ERN = String.raw`((?:north|south)(?:[- ]?(?:east|west))?ern|(?:east|west)ern)`;
const ADJ = String.raw`(?:Iranian|Pakistani|Afghan|(?:Afghanistan|Iran|Pakistan)['’]s)`;
const NOUN = String.raw`(?:(?:border|port|frontier)\s+)?(?:city|town|port|village|district|county|province|region|area)\s+of\s+`;
/**
 * Compass words just before the name: "the southwestern Iranian city of ", "the eastern province
 * of ", "southwestern Iran's ", "Iran's southwestern city of ", "in south-eastern ".
 */
const BEFORE = new RegExp(
  String.raw`\b(?:${ANY}\s+(?:${ADJ}\s+)?${NOUN}|${ERN}\s+(?:${ADJ}\s+)?|${ADJ}\s+${ANY}\s+${NOUN}|${ADJ}\s+${ERN}\s+)$`,
  'iu',
);
/** Compass words just after it: ", in southwestern Iran", " in the south-east of Pakistan". */
const AFTER = new RegExp(
  String.raw`^(?:,\s*|\s+)(?:a\s+\w+\s+)?in\s+(?:the\s+)?${ANY}\s+(?:of\s+)?(?:Iran|Pakistan|Afghanistan)\b`,
  'iu',
);
const PARTS = /^(north|south)?[- ]?(east|west)?(?:ern)?$/iu;

function compassOf(words: string | undefined): Compass | null {
  if (!words) return null;
  const m = PARTS.exec(words.trim());
  const ns = (m?.[1]?.toLowerCase() ?? null) as Compass['ns'];
  const ew = (m?.[2]?.toLowerCase() ?? null) as Compass['ew'];
  return ns || ew ? { words: words.trim(), ns, ew } : null;
}

/** A phrase that opens on a part of the place ("outskirts of Lakki Marwat"). */
const PART_OF = /^(?:outskirts|suburbs?|edges?|parts?|sides?|ends?|fringes?|environs)\s+of\b/i;

/**
 * The compass words a text puts around the name at [start, end), if any. Before a part of it
 * ("the southern outskirts of Lakki Marwat") they say where in the place, not where it lies.
 */
export function compassAround(text: string, start: number, end: number): Compass | null {
  const part = PART_OF.test(text.slice(start, end));
  const b = part ? null : BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const found = compassOf(b?.slice(1).find((g) => g !== undefined));
  if (found) return { ...found, country: /Iran|Pakistan|Afghan/i.test(b?.[0] ?? '') };
  const after = compassOf(AFTER.exec(text.slice(end, end + 50))?.[1]);
  return after && { ...after, country: true };
}

type Extent = { minLat: number; maxLat: number; minLon: number; maxLon: number };
const extents = new WeakMap<PlaceIndex, Map<string, Extent>>();

/** The span of the towns in `list` (null when it holds none). */
function spanOf(list: PlaceRecord[]): Extent | null {
  if (!list.length) return null;
  const e = { minLat: Infinity, maxLat: -Infinity, minLon: Infinity, maxLon: -Infinity };
  for (const r of list) {
    e.minLat = Math.min(e.minLat, r.lat);
    e.maxLat = Math.max(e.maxLat, r.lat);
    e.minLon = Math.min(e.minLon, r.lon);
    e.maxLon = Math.max(e.maxLon, r.lon);
  }
  return e;
}

/**
 * The span of each country's towns in the gazetteer, and of its northern and southern halves
 * (keys `PK`, `PK|north`, `PK|south`), and of each province's (`PK/Khyber Pakhtunkhwa`),
 * computed once an index.
 */
function extentOf(index: PlaceIndex, key: string): Extent | undefined {
  let byKey = extents.get(index);
  if (!byKey) {
    byKey = new Map();
    const towns = new Map<string, PlaceRecord[]>();
    for (const list of index.byName.values())
      for (const r of list) {
        if (r.kind !== 'town' || r.road) continue;
        for (const key of [r.country, `${r.country}/${r.admin1}`]) {
          const mine = towns.get(key);
          if (mine) mine.push(r);
          else towns.set(key, [r]);
        }
      }
    for (const [country, list] of towns) {
      const all = spanOf(list) as Extent;
      const mid = (all.minLat + all.maxLat) / 2;
      byKey.set(country, all);
      for (const [half, inHalf] of [
        ['north', (r: PlaceRecord) => r.lat >= mid],
        ['south', (r: PlaceRecord) => r.lat < mid],
      ] as const) {
        const e = spanOf(list.filter(inHalf));
        if (e) byKey.set(`${country}|${half}`, e);
      }
    }
    extents.set(index, byKey);
  }
  return byKey.get(key);
}

/** Share of the country's span a place may lie past its middle and still be "southern" etc. */
const MARGIN = 0.1;

/**
 * Whether `r` can lie where `compass` puts it within its country (or, for words that name no
 * country, within its province): not beyond the middle of that span (plus a tenth of it) on the
 * side opposite to each compass word.
 */
export function fitsCompass(r: PlaceRecord, compass: Compass, index: PlaceIndex): boolean {
  if (r.kind === 'country') return true;
  // "southern Tank district": news of Khyber Pakhtunkhwa speak of its southern districts, so
  // words that name no country may place a district within its province (a fifty-sixth-try
  // page); "the northwestern city of Islamabad" is still placed within the country
  const inProvince = !compass.country && r.admin1 && r.precision === 'county';
  return (
    fitsIn(r, compass, index, r.country) ||
    (!!inProvince && fitsIn(r, compass, index, `${r.country}/${r.admin1}`))
  );
}

/** Whether `r` lies where `compass` puts it within the towns of `area` (a country or province). */
function fitsIn(r: PlaceRecord, compass: Compass, index: PlaceIndex, area: string): boolean {
  const e = extentOf(index, area);
  if (!e) return true;
  const midLat = (e.minLat + e.maxLat) / 2;
  const dLat = MARGIN * (e.maxLat - e.minLat);
  if (compass.ns === 'north' && r.lat < midLat - dLat) return false;
  if (compass.ns === 'south' && r.lat > midLat + dLat) return false;
  // "northwestern Peshawar": west within the northern half, whose span is not the whole
  // country's (Pakistan's north reaches east to Gilgit-Baltistan, its south west to Iran)
  const w = (compass.ns && extentOf(index, `${area}|${compass.ns}`)) || e;
  const midLon = (w.minLon + w.maxLon) / 2;
  const dLon = MARGIN * (w.maxLon - w.minLon);
  if (compass.ew === 'east' && r.lon < midLon - dLon) return false;
  if (compass.ew === 'west' && r.lon > midLon + dLon) return false;
  return true;
}
