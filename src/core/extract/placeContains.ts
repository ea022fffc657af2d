// Whether one place lies in another as far as the gazetteer can tell offline (countries,
// provinces, districts by seat and radius, borders, roads, crossings), and whether two places are
// too far apart for the text's "X in Y" to hold. Used to fold places that frame each other and to
// catch a namesake far from where the text puts it.
import { normalizePlaceName } from '../gazetteer.ts';
import { kmBetween } from './distance.ts';
import type { PlaceRecord } from './placeIndex.ts';

/** How many of its reaches from the seat a district of known area may extend (seats lie off-centre). */
const AREA_REACHES = 2;

/** Does place `outer` contain place `inner` (country, province, district or road around it)? */
export function contains(outer: PlaceRecord, inner: PlaceRecord): boolean {
  if (outer === inner) return false;
  const km = () => kmBetween(outer, inner);
  // A road runs through the towns within its radius ("near Noshki on the Quetta-Taftan highway").
  if (outer.road) return inner.kind === 'town' && !inner.road && km() <= outer.uncertainty_km;
  // A crossing and the town at its gate ("the Dogharoun crossing at Islam Qala").
  if (outer.kind === 'crossing' && inner.kind === 'town') return km() <= outer.uncertainty_km + 15;
  if (inner.kind === 'crossing' && outer.kind === 'town') return km() <= inner.uncertainty_km + 15;
  if (outer.kind === 'country')
    return (
      inner.kind !== 'country' &&
      (inner.country === outer.country ||
        (inner.countries ?? ([] as string[])).includes(outer.country))
    );
  if (outer.kind === 'province')
    return (
      inner.kind !== 'province' &&
      inner.kind !== 'country' &&
      (inner.provinceKeys ?? []).some((k) =>
        (outer.provinceKeys ?? [normalizePlaceName(outer.name)]).includes(k),
      )
    );
  // "near the border with Iran": the border frames any finer place of its two countries.
  if (outer.kind === 'border') {
    return (
      inner.kind !== 'country' &&
      inner.kind !== 'border' &&
      (outer.countries ?? ([] as string[])).includes(inner.country)
    );
  }
  // Districts have no polygons offline: a town of the same province, or one within the district's
  // radius of its seat, may lie in it ("Taftan, Chagai district"); of one whose published area
  // gives its reach, only a town within twice that reach of the seat ("Shabqadar, North
  // Waziristan": the Charsadda town lies 190 km from Miranshah, a reach of 78 km; a
  // hundred-and-sixty-third-try page)
  if (outer.kind === 'district') {
    if (!['town', 'crossing'].includes(inner.kind)) return false;
    const sameProvince =
      inner.admin1 !== null &&
      inner.country === outer.country &&
      (inner.provinceKeys ?? []).some((k) => (outer.provinceKeys ?? []).includes(k));
    if (outer.areaKnown && sameProvince) return km() <= AREA_REACHES * outer.uncertainty_km;
    return sameProvince || km() <= outer.uncertainty_km + inner.uncertainty_km;
  }
  return false;
}

/** Do two records name a province in common (GeoNames' spelling or another)? */
export function shareProvince(a: PlaceRecord, b: PlaceRecord): boolean {
  return (a.provinceKeys ?? []).some((k) => (b.provinceKeys ?? []).includes(k));
}

/**
 * Too far apart for one to lie in the other, radii and `slackKm` (a district's width) allowed. A
 * district of the same country and province is never judged unless its published area gives its
 * reach: districts have no outline offline and their real size varies tenfold (Chagai against
 * Kech). One of another province is ("Mir Ali
 * village of Kech district": North Waziristan's Mir Ali lies 900 km from Kech).
 */
export function farApart(inner: PlaceRecord, outer: PlaceRecord, slackKm: number): boolean {
  if (
    outer.kind === 'district' &&
    !outer.areaKnown &&
    outer.country === inner.country &&
    (inner.admin1 === null || shareProvince(inner, outer))
  )
    return false;
  return kmBetween(inner, outer) > inner.uncertainty_km + outer.uncertainty_km + slackKm;
}

/** A namesake this far (km) from the town the text puts a place in cannot be part of it. */
export const NOT_NEARBY_KM = 100;

/**
 * True when a name matched several namesakes, all far from every place the text puts it in
 * (`outers`): "Aliabad area of Hangu" names six Aliabads, none in or near Hangu.
 */
export function noneNearby(
  name: { type: string; records: PlaceRecord[] },
  outers: PlaceRecord[],
): boolean {
  if (name.type !== 'place' || name.records.length < 2) return false;
  return name.records.every((r) => outers.every((o) => farApart(r, o, NOT_NEARBY_KM)));
}
