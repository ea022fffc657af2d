// Chooses where a sentence's event happened among its place mentions: the finest place, unless
// the others compete with it. Places that frame it ("X in Y", "X, Y district", a province or
// country around it), where people went or came from, and landmarks the text measures from
// ("across the border from X", "opposite X", "20 km from X") do not compete. Pure.
import type { Candidate } from './placeResolve.ts';
import { contains, farApart, NOT_NEARBY_KM } from './placeContains.ts';
import { kmBetween } from './distance.ts';
import { FALLBACK_KM, type PlaceRecord } from './placeIndex.ts';
import { alongBearing, compassBearing } from './placeBearing.ts';
import type { PlaceMention, Review } from './types.ts';
import { notScene } from './placeSeats.ts';

/** Finer precisions first: the event is the finest place a sentence names. */
export const FINENESS: Record<string, number> = {
  point: 0,
  town: 1,
  county: 2,
  province: 3,
  border: 4,
  country: 5,
};

/** True when two records are one gazetteer entry (read twice in a sentence). */
function samePlace(a: PlaceRecord, b: PlaceRecord): boolean {
  return a.name === b.name && a.lat === b.lat && a.lon === b.lon && a.kind === b.kind;
}

/**
 * Words that make the place after them a reference point rather than the event's place: "the
 * Afghan district across the border from the Pakistani town of Chaman", "opposite Zaranj", "14
 * km from Turbat", "on Iran's frontier with Afghanistan's Nimroz province", "the town of Chaman,
 * adjacent to the Afghan province of Kandahar", "a district bordering Iran". Only up to 40
 * characters of other words ("the Pakistani town of") may stand between them and the name, and
 * no clause break, save the comma after a capital or city ("of the country's capital, Kabul"),
 * and no "in" ("next to Qandhari Bazar on Shahrah-i-Iqbal in Quetta": Quetta holds the bazaar, a
 * fifty-sixth-try page).
 */
const LANDMARK_BEFORE =
  /(?:\b|(?<=\d))(?:across\s+(?:the\s+(?:\w+\s+)?(?:border|frontier)\s+)?from|opposite(?:\s+to)?|adjacent\s+to|next\s+to|bordering(?!\s+(?:town|city|village|district|area|region|province)\b)|which\s+borders|that\s+borders|(?:km|kms|kilometres|kilometers|miles)\s+(?:(?:away\s+)?from|outside(?:\s+of)?|beyond|past|off|short\s+of|ahead\s+of)|(?:border|frontier)\s+with|(?:north|south|east|west|(?:north|south)-?(?:east|west))\s+(?:of|from))\s+(?:(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:capital|city|town),\s+|(?:(?!\s(?:in|inside)\s)[^,;:.()]){0,40})$/iu;

/**
 * "30 km north of", "12 miles from", "20 miles outside", "40 km beyond", "40km to the north of",
 * "15 kilometres southwest of", "15 kilometres (10 miles) west of" (a conversion in brackets
 * passed over): how far the event is.
 */
const DISTANCE_BEFORE =
  /\b(\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d+)?)\s*(km|kms|kilometres|kilometers|miles)\s+(?:\(\s*[\d,]{1,6}(?:\.\d+)?\s*(?:km|kms|kilometres|kilometers|miles?)\s*\)\s+)?(?:away\s+)?(?:from|outside(?:\s+of)?|beyond|past|off|short\s+of|ahead\s+of|(?:to\s+the\s+)?((?:north|south|east|west|(?:north|south)-?(?:east|west)))\s+(?:of|from))\s+(?:(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:capital|city|town),\s+|[^,;:.()]{0,40})$/iu;

/** Words between a landmark and a place that describe the landmark: ", the main town in". */
const DESCRIBES_LANDMARK =
  /^\s*(?:,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:in|of)|,?\s+in|,)\s*(?:the\s+)?$/i;

/**
 * ", a small town located in ", ", the main city of ", ", a sister city of Pakistan's capital ":
 * words that put a place in (or by) the next one.
 */
const APPOSITION_IN =
  /^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|district|area|county|tehsil)\s+(?:(?:located|situated|lying)\s+)?(?:in|of)\s+(?:the\s+)?(?:(?:[A-Z][\w]*['’]s\s+|the\s+)?capital,?\s+)?$/i;

/** ",", "of", "in", "in Pakistan's": words that put a place in the next one. */
const PUT_IN = /^\s*(?:,|of|in|,\s*in)\s*(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u;

/** "at six locations, including ", "in several villages including the ": one of many places. */
const ONE_OF_MANY =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|many|\d+)\s+(?:[\w-]+\s+){0,2}?(?:locations|places|areas|sites|spots|villages|towns|districts|provinces|parts)\b[^.;:]{0,40}?\bincluding\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * Between the event's place and a later one that "near" introduces ("Bagram Airbase in
 * Afghanistan's Parwan Province near the Afghan capital "): no clause break and no "and".
 */
const NEAR_AFTER =
  /^(?:(?!\band\b)[^.;:()])*?\b(?:near|close\s+to)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** How far from the event's place a place that "near" introduces may lie and only locate it. */
const NEAR_LOCATES_KM = 80;

/** Is the mention a landmark the text measures from (see `LANDMARK_BEFORE`)? */
export function isLandmark(text: string, m: PlaceMention): boolean {
  return LANDMARK_BEFORE.test(text.slice(Math.max(0, m.span.start - 90), m.span.start));
}

/**
 * The event told only relative to a landmark ("30 km north of Quetta", "a village east of
 * Zahedan"): it is not at the landmark. With a distance, the place is the whole phrase ("30 km
 * north of Quetta"), drawn at the point along the direction (`placeBearing.ts`), or, with no
 * direction ("30 km from Quetta"), at the landmark within the distance plus its own radius (a
 * circle that holds the event); without a distance, within the district-size fallback, for review.
 */
function awayFrom(text: string, m: PlaceMention): { event: PlaceMention; review: Review | null } {
  const before = text.slice(Math.max(0, m.span.start - 90), m.span.start);
  const d = DISTANCE_BEFORE.exec(before);
  const own = m.resolved?.uncertainty_km ?? 0;
  const name = m.resolved?.name ?? m.text;
  if (!d) {
    const radius = Math.max(own, FALLBACK_KM);
    return {
      event: m.resolved ? { ...m, resolved: { ...m.resolved, uncertainty_km: radius } } : m,
      review: {
        code: 'coarse_place',
        message: `the text places the event away from ${name} ('${m.text}') without saying how far; drawn at ${name} within about ${radius} km`,
      },
    };
  }
  const n = Number((d[1] as string).replace(/,/g, ''));
  const km = /^mile/i.test(d[2] as string) ? n * 1.609 : n;
  const start = m.span.start - before.length + d.index;
  const span = { start, end: m.span.end };
  // "150 kilometers southeast of Zahedan": at the point along the bearing (placeBearing.ts)
  const compass = d[3] ? compassBearing(d[3]) : null;
  const along = m.resolved && compass ? alongBearing(m.resolved, km, compass, own) : null;
  const resolved = m.resolved && {
    ...m.resolved,
    ...(along
      ? {
          name: `a point ${Math.round(km)} km ${(d[3] as string).toLowerCase()} of ${name}`,
          lat: along.lat,
          lon: along.lon,
          uncertainty_km: along.radius,
        }
      : { uncertainty_km: Math.ceil(km + own) }),
  };
  return {
    event: {
      ...m,
      span,
      text: text.slice(span.start, span.end),
      ...(resolved ? { resolved } : {}),
    },
    review: null,
  };
}

/** Chooses the event among place mentions; the sentence-level reviews say why it is uncertain. */
export function pickEvent(
  places: Candidate[],
  text: string,
): {
  event: PlaceMention | null;
  reviews: Review[];
} {
  const usable = places.filter((p) => p.r.best || p.r.others.length > 0);
  if (usable.length === 0) {
    return {
      event: null,
      reviews: [
        { code: 'no_place', message: 'the sentence names no place where the event happened' },
      ],
    };
  }
  const fine = (p: (typeof usable)[number]) =>
    FINENESS[(p.r.best ?? (p.r.others[0] as PlaceRecord)).precision] ?? 9;
  // A landmark the text measures from is where the event was not, while another place is named;
  // a place that only describes the landmark ("60 km north of Wana, the main town in South
  // Waziristan") is not that other place: the event is the phrase, not the district.
  const landmarks = usable.filter((p) => isLandmark(text, p.m));
  const describes = (p: Candidate) =>
    landmarks.some(
      (l) =>
        l.m.span.end <= p.m.span.start &&
        DESCRIBES_LANDMARK.test(text.slice(l.m.span.end, p.m.span.start)),
    );
  const notLandmarks = usable.filter((p) => !isLandmark(text, p.m) && !describes(p));
  // "a post in Panjgur district …, a security official in Quetta said": where the source or the
  // unit sits is no scene while the sentence names another place (Quetta had been settled)
  // (nor the earlier event's place, "a day after bombings … in Lahore", nor "fled to … Gilan")
  const scenes = notLandmarks.filter((p) => notScene(text, p.m) === null);
  // with no other place, the landmark itself, not the words that describe it ("80 km from
  // Quetta, the capital of Balochistan province" is not Quetta), is what the distance runs from
  const pool = [scenes, notLandmarks, landmarks].find((l) => l.length > 0) ?? usable;
  // of two equally fine places, where people went or came from ("pilgrims returning to Quetta
  // were attacked in Mastung") gives way to the other
  const moving = (p: Candidate) =>
    !p.r.match.road && (p.cue === 'to' || p.cue === 'from') ? 1 : 0;
  // of a road and an equally fine place, the narrower ("the … Highway in the … of Kalat district")
  const km = (a: Candidate, b: Candidate) =>
    a.r.match.road || b.r.match.road
      ? (a.r.best?.uncertainty_km ?? 0) - (b.r.best?.uncertainty_km ?? 0)
      : 0;
  const sorted = [...pool].sort((a, b) => fine(a) - fine(b) || moving(a) - moving(b) || km(a, b));
  const chosen = sorted[0] as (typeof usable)[number];
  const reviews: Review[] = [...chosen.m.reviews];
  const elsewhere = scenes.length === 0 ? notScene(text, chosen.m) : null;
  if (elsewhere) {
    const message = `'${chosen.m.text}' ${elsewhere}, not where it happened; the sentence names no other place`;
    reviews.push({ code: 'other', message });
  }
  let event = chosen.m;
  if (notLandmarks.length === 0 && isLandmark(text, chosen.m)) {
    const away = awayFrom(text, chosen.m);
    event = away.event;
    if (away.review) reviews.push(away.review);
  }
  const c = chosen.r.best;
  const many = ONE_OF_MANY.exec(
    text.slice(Math.max(0, chosen.m.span.start - 100), chosen.m.span.start),
  );
  if (many) {
    reviews.push({
      code: 'several_places',
      message: `'${chosen.m.text}' is one of the places the text counts ("${many[0].trim()}"); the event may lie at another of them`,
    });
  }
  // "the Mand area of Kech district", "Nukabad, Saravan district", "Pishin, a small town located
  // in Sarbaz County", "Lyari in Pakistan's Karachi": the text puts one in the other.
  const putIn = (p: Candidate) =>
    p.m.span.start >= chosen.m.span.end &&
    (PUT_IN.test(text.slice(chosen.m.span.end, p.m.span.start)) ||
      APPOSITION_IN.test(text.slice(chosen.m.span.end, p.m.span.start)));
  // "the Bagram Airbase … near the Afghan capital Kabul" (47 km): a place that "near" brings in
  // after the chosen one, close to it, says where that lies (a seventy-seventh-try page)
  const locates = (p: Candidate) =>
    !!c &&
    !!p.r.best &&
    p.m.span.start >= chosen.m.span.end &&
    NEAR_AFTER.test(text.slice(chosen.m.span.end, p.m.span.start)) &&
    kmBetween(c, p.r.best) <= NEAR_LOCATES_KM;
  const competing = pool.filter(
    (p) =>
      p !== chosen &&
      !(c && p.r.best && (contains(p.r.best, c) || contains(c, p.r.best))) &&
      // the same place named twice ("in Chaman …, the Chaman police chief said") is one place
      !(c && p.r.best && samePlace(p.r.best, c)) &&
      // "travellers from Punjab were shot … in Musakhel district", "fled to Iran after … in X":
      // where people came from or went is not a second place of the event.
      !(chosen.cue !== 'to' && chosen.cue !== 'from' && (p.cue === 'to' || p.cue === 'from')) &&
      !putIn(p) &&
      !locates(p),
  );
  // "the Sadiqabad area of Khar": the name resolved to a namesake far from the place the text
  // puts it in; the text is right about where, the gazetteer's namesake is not.
  /** A division the text names ("Zurmat district"), even where the gazetteer has only its seat. */
  const division = (p: Candidate) =>
    ['county', 'province'].includes(p.r.best?.precision ?? '') ||
    /\b(?:district|province|county|tehsil|agency)$/i.test(p.m.text);
  // a division known only by its seat, of unknown size, holds a town of its own province
  // ("Pishin in Sarbaz county": Pīshīn lies 79 km from the town Sarbāz, in the county)
  const sameProvince = (p: Candidate) =>
    division(p) &&
    p.r.best?.kind === 'town' &&
    p.r.best.country === c?.country &&
    p.r.best.admin1 !== null &&
    p.r.best.admin1 === c?.admin1;
  const far = usable.find(
    (p) =>
      c &&
      p.r.best &&
      putIn(p) &&
      notScene(text, p.m) === null && // not "the Pak-Iran border, Tehran's news agency IRNA said"
      !contains(p.r.best, c) &&
      !sameProvince(p) &&
      // (a province of another country holds none of it: "Kandahar in Pakistan's Balochistan")
      (farApart(c, p.r.best, FALLBACK_KM) ||
        (p.r.best.precision === 'province' && p.r.best.country !== c.country)),
  );
  if (far?.r.best && c) {
    const km = Math.round(kmBetween(c, far.r.best));
    reviews.push({
      code: 'ambiguous_place',
      message: `'${chosen.m.text}' was read as ${c.name} (${c.admin1 ?? c.country}), ${km} km from ${far.r.best.name}, where the text puts it; the gazetteer may not know the place meant`,
    });
    // "Naik area of Zurmat district" (Nayak in Bamyan, 240 km off): the division the text names;
    // "the Shahrag area of Harnai" (Shahrak in Ghor, 562 km, farther than any part of a town
    // could lie): the town, widened to a village's reach (both still for review)
    const town = !division(far) && km > NOT_NEARBY_KM ? far.m.resolved : null;
    if (division(far) || town) {
      const reach = Math.max(town?.uncertainty_km ?? 0, FALLBACK_KM);
      event = town ? { ...far.m, resolved: { ...town, uncertainty_km: reach } } : far.m;
      const what = town ? 'place' : 'division';
      reviews.push({
        code: 'fallback_admin',
        message: `placed only at ${far.r.best.name}, the ${what} the text puts '${chosen.m.text}' in`,
      });
    }
  }
  if (competing.length > 0) {
    reviews.push({
      code: 'several_places',
      message: `the sentence names several places (${[chosen, ...competing].map((p) => `'${p.m.text}'`).join(', ')}); the first, finest one is proposed`,
    });
  }
  // "a bus travelling to Karachi was attacked": where it was going, not where it happened
  if (
    c &&
    !chosen.r.match.road &&
    (chosen.cue === 'to' || chosen.cue === 'from') &&
    !isLandmark(text, chosen.m) &&
    !['country', 'border'].includes(c.kind)
  ) {
    reviews.push({
      code: 'other',
      message: `'${chosen.m.text}' is where ${chosen.cue === 'to' ? 'it was going' : 'it came from'}, not necessarily where it happened; the text names no other place`,
    });
  }
  if (c && (c.kind === 'country' || c.kind === 'border')) {
    reviews.push({
      code: 'coarse_place',
      message: `the only place read as where it happened is ${c.kind === 'border' ? 'a border' : 'a country'} ('${chosen.m.text}'); the event may lie anywhere ${c.kind === 'border' ? 'along it' : 'in it'}`,
    });
  }
  return { event, reviews };
}
