// "… abducted … in the Lulakdan area of the border. … Lulakdan is located 150 kilometers southeast
// of Zahedan": a place the gazetteer lacks, located by a sentence of its own (a seventeenth-try
// page). The sentence is read as any other ("150 kilometers southeast of Zahedan" is a point along
// that bearing, placeEvent.ts), and every incident at that name with no place, or only the
// district or province it is said to be in, takes that point: the text itself says where it is.
// The locating sentence joins the excerpt when it stands next to it; from farther off it is
// quoted in a review. Pure.
import { CONFIDENT_RADIUS_KM } from './reviews.ts';
import type { Proposal, Review, SentencePlaces, Span } from './types.ts';

/**
 * "Lulakdan is located 150 kilometers southeast of", "X lies some 40 km from", "in Pir Koh area
 * some 15 Km North of Dera Bugti".
 */
const DEFINES =
  /(?<![\p{L}'’-])(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:(?:\s+(?:area|village|town))?,?\s+(?:is|lies|was)\s+(?:located\s+|situated\s+)?|\s+(?:area|village|town),?\s+)(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|approximately\s+)?\d{1,4}\s*(?:[Kk](?:ms?|ilometres|ilometers)|[Mm]iles)\s+(?:away\s+)?(?:from|(?:to\s+the\s+)?(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|(?:[Nn]orth|[Ss]outh)-?(?:[Ee]ast|[Ww]est))\s+of)\s/gu;

/** At most this many characters between the excerpt and the sentence locating its place. */
const NEAR_CHARS = 300;

/** Reviews that a defined place answers: no place, or only the division it lies in. */
const ANSWERED = new Set(['no_place', 'fallback_admin', 'coarse_place']);

/**
 * Gives each proposal whose excerpt names a place defined elsewhere in `text` (see the file
 * comment), and that has no place or only a fallback for it, the place that sentence gives.
 * `places` reads a sentence's places; `sentences` are the article's.
 */
export function placeDefined(
  text: string,
  sentences: Span[],
  places: (s: Span) => SentencePlaces,
  list: Proposal[],
): Proposal[] {
  const defined = new Map<string, { span: Span; place: SentencePlaces['event'] }>();
  for (const s of sentences) {
    for (const m of text.slice(s.start, s.end).matchAll(DEFINES)) {
      const name = m.groups?.name as string;
      const event = places(s).event;
      if (event?.resolved && event.text.includes(' of ') && /\d/.test(event.text)) {
        defined.set(name, { span: s, place: event });
      }
    }
  }
  if (defined.size === 0) return list;
  const placed = list.map((p): Proposal => {
    const excerpt = text.slice(p.excerpt_start, p.excerpt_end);
    const unsure = p.lat === null || p.reasons.some((r) => r.code === 'fallback_admin');
    if (!unsure) return p;
    for (const [name, d] of defined) {
      const at = new RegExp(`(?<![\\p{L}'’-])${name}(?![\\p{L}'’-])`, 'u').exec(excerpt);
      const r = d.place?.resolved;
      if (!at || !r) continue;
      // never coarser than the fallback it would replace ("the Shiwa area, about 20 kilometres
      // east of the border with Afghanistan" is the whole border, ±1,143 km, against "tehsil
      // Shiwa of North Waziristan district", ±78 km)
      if (p.lat !== null && r.uncertainty_km > (p.uncertainty_km ?? Infinity)) continue;
      const reasons: Review[] = p.reasons.filter((x) => !ANSWERED.has(x.code));
      if (r.uncertainty_km > CONFIDENT_RADIUS_KM) {
        reasons.push({
          code: 'coarse_place',
          message: `'${name}' is placed by the text's "${d.place?.text}", only within about ${Math.round(r.uncertainty_km)} km`,
        });
      }
      // the sentence that locates it is part of what the incident rests on: within the excerpt
      // when it stands next to it, else named in a review (so the user reads where it comes from)
      const near =
        d.span.start - p.excerpt_end <= NEAR_CHARS && p.excerpt_start - d.span.end <= NEAR_CHARS;
      if (!near) {
        reasons.push({
          code: 'other',
          message: `'${name}' is placed by another sentence of the text: "${text.slice(d.span.start, d.span.end).trim()}"; check that it is this place`,
        });
      }
      const from = near ? Math.min(p.excerpt_start, d.span.start) : p.excerpt_start;
      const to = near ? Math.max(p.excerpt_end, d.span.end) : p.excerpt_end;
      const start = p.excerpt_start + at.index;
      return {
        ...p,
        excerpt: text.slice(from, to),
        excerpt_start: from,
        excerpt_end: to,
        status: reasons.length === 0 ? 'proposed' : 'needs_review',
        reasons,
        place: name,
        place_span: { start, end: start + name.length },
        resolved_place: `${name} (${r.name})`,
        lat: r.lat,
        lon: r.lon,
        place_precision: r.precision,
        admin1: r.admin1,
        country: r.country,
        uncertainty_km: r.uncertainty_km,
      };
    }
    return p;
  });
  // the locating sentence's own draft of the same kind and night, now within the placed one's
  // excerpt, retells it ("… in Pir Koh area Wednesday-Thursday night. … planted explosive device
  // … in Pir Koh area some 15 Km North of Dera Bugti last night": one incident, not two)
  const moved = placed.filter((p, j) => p !== list[j]);
  return placed.filter((q, i) => q !== list[i] || !moved.some((p) => retold(q, p)));
}

/** True when `q`, of the same kind, lies in `p`'s excerpt and on a day of `p`'s dates. */
function retold(q: Proposal, p: Proposal): boolean {
  return (
    p.category === q.category &&
    q.excerpt_start >= p.excerpt_start &&
    q.excerpt_start < p.excerpt_end &&
    q.date !== null &&
    p.date !== null &&
    q.date >= p.date &&
    q.date <= (p.date_end ?? p.date)
  );
}
