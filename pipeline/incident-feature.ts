// Places one located incident record: its point (gazetteer, override or shared border), checked
// against the claimed country and province with turf, its arc's origin, and its halo radius.
import type { ResolvedDate } from '../src/core/dates.ts';
import type { Gazetteer } from '../src/core/gazetteer.ts';
import { areaAt, borderKm } from '../src/core/geo-checks.ts';
import type { IncidentFeature, IncidentProperties } from '../src/core/types.ts';
import type { DataIssue } from '../src/core/validation.ts';
import type { Boundaries } from './build-boundaries.ts';
import { crossingPointToward, placeOnBorder } from './border-places.ts';
import { CROSSING_FEATURE } from '../src/core/gazetteerCrossings.ts';
import { lookupRecordPlace, requireFields } from './incident-checks.ts';
import { at, type Located } from './incident-records.ts';
import { uncertaintyKm } from './uncertainty-radius.ts';

/** The map feature of an incident record, or null when a check fails (each reported). */
export function incidentFeature(
  l: Located,
  date: ResolvedDate | null,
  gazetteer: Gazetteer,
  b: Boundaries,
  issues: DataIssue[],
): IncidentFeature | null {
  if (!requireFields(l, issues) || !date) return null;
  const { rec, article } = l;
  const match = lookupRecordPlace(l, rec.place as string, 'place', gazetteer, issues, {
    country: rec.country,
    admin1: rec.admin1,
  });
  if (!match) return null;
  const o = rec.overrides ?? {};
  const onBorder = rec.border_with
    ? placeOnBorder(rec.country as string, rec.border_with, match, b.borderLines)
    : null;
  if (onBorder && 'message' in onBorder) {
    issues.push({ ...at(l, ['border_with']), ...onBorder });
    return null;
  }
  const lonLat: [number, number] = o.coordinates ??
    onBorder?.lonLat ?? [match.entry.lon, match.entry.lat];
  const precision = onBorder ? 'border' : (o.place_precision ?? match.precision);
  // A crossing's point lies on the border line: its side (country, province) is the entry's.
  const side = !o.coordinates && match.entry.feature === CROSSING_FEATURE ? match.entry : null;
  const country = onBorder
    ? null
    : side
      ? b.countries.find((a) => a.properties.id === side.country)
      : areaAt(lonLat, b.countries);
  if (side && side.country !== rec.country) {
    issues.push({
      ...at(l, ['country']),
      message: `"${rec.place}" is a border crossing with no side in the claimed country ${rec.country}`,
      fix: 'claim the country of the side the text speaks of, one of the two the crossing joins',
    });
    return null;
  }
  if (!onBorder && country?.properties.id !== rec.country) {
    issues.push({
      ...at(l, o.coordinates ? ['overrides', 'coordinates'] : ['place']),
      message: `point ${lonLat.join(',')} for "${rec.place}" lies ${country ? `in ${country.properties.name}` : 'outside Iran, Pakistan and Afghanistan'}, not in the claimed country ${rec.country}`,
      fix: 'fix the coordinates or the claimed `country`',
    });
    return null;
  }
  const province = onBorder
    ? null
    : side
      ? b.provinces.find(
          (a) => a.properties.country === side.country && a.properties.name === side.admin1,
        )
      : areaAt(lonLat, b.provinces);
  if (!rec.admin1 && precision !== 'country' && !onBorder) {
    issues.push({
      ...at(l, ['place']),
      message: `incident "${rec.id}" claims no province (\`admin1\`)`,
      fix: `add \`admin1: ${province?.properties.name ?? '<province>'}\` if that is where the text puts it`,
    });
    return null;
  }
  if (rec.admin1) {
    const claimed = lookupRecordPlace(
      l,
      rec.admin1,
      'admin1',
      gazetteer,
      issues,
      { country: rec.country, province: true },
      false,
    );
    if (!claimed) return null;
    if (claimed.entry.area !== province?.properties.id) {
      issues.push({
        ...at(l, ['admin1']),
        message: `point for "${rec.place}" lies in ${province?.properties.name ?? 'no province'}, not in the claimed province ${rec.admin1}`,
        fix: 'fix the coordinates or the claimed `admin1`',
      });
      return null;
    }
  }
  const areaId = precision === 'province' || precision === 'country' ? match.entry.area : undefined;
  const area = areaId
    ? [...b.countries, ...b.provinces].find((a) => a.properties.id === areaId)
    : undefined;
  let origin_point: [number, number] | undefined;
  // No launch site named (no origin_place, or only the acting country): the arc starts where the
  // action crossed the shared border, never at a capital or a country's centroid.
  const crossing =
    rec.origin && rec.target
      ? crossingPointToward(b.borderLines, rec.origin, rec.target, lonLat)
      : null;
  if (rec.origin_place) {
    const om = lookupRecordPlace(l, rec.origin_place, 'origin_place', gazetteer, issues, {
      country: rec.origin,
    });
    if (!om) return null;
    if (om.entry.country !== rec.origin) {
      issues.push({
        ...at(l, ['origin_place']),
        message: `origin_place "${rec.origin_place}" is in ${om.entry.country}, not in origin ${rec.origin}`,
        fix: 'fix `origin` or `origin_place`',
      });
      return null;
    }
    origin_point =
      om.entry.kind === 'country' && crossing ? crossing : [om.entry.lon, om.entry.lat];
  } else if (crossing) {
    origin_point = crossing;
  }
  const p: IncidentProperties = {
    id: rec.id,
    title: rec.title as string,
    category: rec.category as IncidentProperties['category'],
    date: date.date,
    ...(date.date_end ? { date_end: date.date_end } : {}),
    date_precision: date.precision,
    date_basis: rec.date_phrase ?? '',
    place: rec.place as string,
    place_precision: precision,
    admin1:
      precision === 'country' || onBorder
        ? null
        : (province?.properties.name ?? match.entry.admin1),
    country: rec.country as string,
    article: article.id,
    excerpt: rec.quote,
    excerpt_start: l.span.start,
    excerpt_end: l.span.end,
    uncertainty_km:
      o.uncertainty_km ??
      onBorder?.uncertainty_km ??
      side?.radius_km ??
      uncertaintyKm(precision, area),
    ...(areaId ? { area: areaId } : {}),
    ...(onBorder ? { border_line: onBorder.line.id } : {}),
    border_km: borderKm(lonLat, b.border),
    ...(rec.origin ? { origin: rec.origin } : {}),
    ...(rec.target ? { target: rec.target } : {}),
    ...(origin_point ? { origin_point } : {}),
    ...(rec.origin_place ? { origin_place: rec.origin_place } : {}),
    ...(rec.fatalities !== undefined ? { fatalities: rec.fatalities } : {}),
    ...(rec.fatalities_phrase ? { fatalities_basis: rec.fatalities_phrase } : {}),
    outlet: article.outlet,
    ...(rec.note ? { note: rec.note } : {}),
  };
  return {
    type: 'Feature',
    id: rec.id,
    geometry: { type: 'Point', coordinates: lonLat },
    properties: p,
  };
}
