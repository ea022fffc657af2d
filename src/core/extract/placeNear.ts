// The place of a dated incident told in a neighbouring sentence, beyond placeAhead.ts's reach.
// Wire pages often put one sentence in each paragraph, and tell the place a sentence or two after
// the date ("Gunmen on Tuesday killed three guards in Iran's southeast. … It said the shooting
// happened near the town of X.") or before it (an undated headline lead at X, then "An attack
// this morning on the border area of Pakistan …"). A dated incident with no place, a district,
// province or country, or only the seat of the unit its victims served in ("a soldier with the
// Border Guard Unit in X was killed on Sunday"), takes the one known place of an undated
// sentence that points back at it: forward up to two sentences (the one between telling nothing
// that rivals: no date, no place, no other event), backward one sentence; a paragraph break
// counts only after a paragraph of one sentence. The place must lie in the coarse one; a place
// elsewhere or two rival places send the incident to review, naming the sentence. Backward with
// only the same event word (no "the attack"), the join is for review too. Pure.
import { findTriggers, pointsBackOnly } from './events.ts';
import { holds, POINTS_BACK, SEPARATE, takesUpTarget } from './placeAhead.ts';
import {
  eventWords,
  HAPPENED,
  lackedPlace,
  onePlace,
  onOutskirts,
  onTheVictims,
  ownKind,
  pointsBack,
  TARGET_LIES,
} from './nearSentence.ts';
import { FINENESS } from './placeEvent.ts';
import { SEVERAL_TARGETS } from './storyTime.ts';
import type { Segment } from './segments.ts';
import type { AheadReaders } from './placeAhead.ts';
import type { PlaceMention, Review, SentencePlaces, Span } from './types.ts';
import { RECALLED } from './nonEventWords.ts';

/** Words that make a sentence tell of another event (a plain "also" adds to this one). */
const ANOTHER = new RegExp(
  `\\b(?:another|other|second|${SEPARATE}|${RECALLED}|separately|earlier|previous|previously|similar|meanwhile|elsewhere|last\\s+(?:year|month|week)|in\\s+\\d{4})\\b`,
  'i',
);
/**
 * Joins each dated incident with no place, a coarse one or a unit's seat to the place of a
 * neighbouring undated sentence that points back at it (see the file comment). `sentences` are
 * the article's sentence spans; segments of the sentences joined (undated retellings) are dropped.
 */
export function placeNear(
  text: string,
  segments: Segment[],
  sentences: Span[],
  read: AheadReaders,
): Segment[] {
  const dropped = new Set<Segment>();
  // a paragraph break after sentence `i` counts only when sentence `i` is a paragraph of its own
  const breakAfter = (i: number) =>
    /\n/.test(text.slice(sentences[i]!.end, sentences[i + 1]!.start));
  const alone = (i: number) => i === 0 || breakAfter(i - 1);
  const joinable = (i: number) => !breakAfter(i) || alone(i);
  const blank = (span: Span) =>
    read.dates(span).mentions.length === 0 &&
    !read.places(span).mentions.some((m) => m.role === 'place') &&
    !ANOTHER.test(text.slice(span.start, span.end));
  const dated = (i: number) =>
    segments.some((s) => s.dates.event !== null && s.sentence <= i && s.lastSentence >= i);
  segments.forEach((seg, index) => {
    if (dropped.has(seg) || !seg.dates.event?.date) return;
    const kind = ownKind(text, seg);
    // a lead with no place at all may take only its headline's (see `fromHeadline` below)
    const placeless = seg.places.event === null;
    const town = seg.places.event?.resolved?.precision === 'town' && !seg.places.event.carried;
    if ((!kind && !placeless && !town) || segments[index + 1]?.sentence === seg.sentence) return;
    // a lead that sums up several ("attacked two camps") is not at any one of them
    if (SEVERAL_TARGETS.test(text.slice(seg.span.start, seg.span.end))) return;
    const own = seg.places.event;
    // a sentence dated otherwise than the lead's one day tells of something else; the same day
    // again ("… attacked the fort in Sararogha … at around 9pm on Tuesday" after "captured a
    // fort in South Waziristan on Tuesday night": an eighty-fourth-try page, proposed at the
    // district ±92 km) may retell it
    const day = seg.dates.event.date;
    const otherDate = (d: { date: string | null; date_end?: string }) =>
      d.date !== day || d.date_end !== undefined;
    const otherDay = (k: number, span: Span) =>
      read.dates(span).mentions.some(otherDate) ||
      segments.some(
        (s) =>
          s.dates.event !== null &&
          s.sentence <= k &&
          s.lastSentence >= k &&
          otherDate(s.dates.event),
      );
    const review = (message: string, code: Review['code'] = 'several_places', name?: string) => {
      // the place ahead (placeAhead.ts) may have said it already of the same name
      const told =
        name && seg.places.reviews.some((r) => r.code === code && r.message.includes(`'${name}'`));
      if (!told)
        seg.places = { ...seg.places, reviews: [...seg.places.reviews, { code, message }] };
    };
    // the sentence a review quotes joins the excerpt, so the words it names are shown with it
    const cite = (k: number) => {
      seg.span = { start: seg.span.start, end: Math.max(seg.span.end, sentences[k]!.end) };
      seg.lastSentence = Math.max(seg.lastSentence, k);
      segments.forEach((s) => {
        // an undated sentence, or one of the same day, retold the incident
        const retelling = !s.dates.event || !otherDate(s.dates.event);
        if (s !== seg && s.sentence > seg.sentence && s.lastSentence <= k && retelling)
          dropped.add(s);
      });
    };
    const take = (
      places: SentencePlaces,
      place: PlaceMention,
      from: number,
      to: number,
      note: string | null,
    ) => {
      seg.extraMentions = [...seg.extraMentions, ...seg.places.mentions];
      seg.places = { ...places, event: place, reviews: [...places.reviews] };
      if (note) review(note, 'other');
      seg.span = {
        start: Math.min(seg.span.start, sentences[from]!.start),
        end: Math.max(seg.span.end, sentences[to]!.end),
      };
      seg.lastSentence = Math.max(seg.lastSentence, to);
      segments.forEach((s) => {
        const retelling = !s.dates.event || !otherDate(s.dates.event);
        if (s !== seg && s.sentence >= from && s.lastSentence <= to && retelling) dropped.add(s);
      });
    };
    const lead = text.slice(sentences[seg.sentence]!.start, seg.span.end);
    const category = seg.triggers[0]?.category;
    // a finer place inside the coarse one: never a province for a district whose circle reaches
    // the province's centre ("in Shahjoy district" had been traded for "southern Zabul province")
    const finer = (p: PlaceMention) =>
      (FINENESS[p.resolved!.precision] ?? 9) < (FINENESS[own!.resolved!.precision] ?? 9);
    const fits = (p: PlaceMention) =>
      kind === 'coarse' && finer(p) && holds(own!.resolved!, p.resolved!);
    const holdsOwn = (p: PlaceMention) =>
      !!own?.resolved &&
      (p.resolved!.precision === 'province' || p.resolved!.precision === 'country') &&
      !finer(p) &&
      holds(p.resolved!, own.resolved);
    // "in Kajaki district of Helmand province" after a lead in "southern Afghanistan": the
    // division the lacked place is said to be in, finer than the lead's, becomes the place (a
    // twenty-fourth-try lead had stayed at the country, 426 km off); returns its name, or null
    const intoDivision = (span: Span): string | null => {
      const there = read.places(span);
      const into = there.event;
      if (!into?.resolved || into.role !== 'place' || into.carried || !fits(into)) return null;
      // only the division the lacked place itself fell back to, nothing else in doubt
      if (!there.reviews.every((r) => r.code === 'fallback_admin' || r.code === 'coarse_place'))
        return null;
      if (!there.reviews.some((r) => r.code === 'fallback_admin')) return null;
      take(there, into, seg.sentence, seg.lastSentence, null);
      return into.resolved.name;
    };
    // forward: the next sentence, or the one after a sentence that adds nothing
    const n = seg.lastSentence;
    // sentences between that tell nothing (no date, place or other event) are passed over, up
    // to two, even as a paragraph of their own after a one-sentence lead ("…," a military
    // statement said. It was not known …)
    const passable = (k: number) =>
      joinable(k - 1) ||
      (k - 1 > n && alone(n) && breakAfter(n) && sentences.slice(n + 1, k).every((s) => blank(s)));
    // a lead settled at a town may still be told finer a sentence or two on, at a place the
    // gazetteer lacks: that sends it to review (`lackedPlace`), though nothing refines it
    const reach = kind ?? (town ? 'town' : null);
    for (let k = n + 1; reach && k <= n + 3 && k < sentences.length && passable(k); k++) {
      const span = sentences[k]!;
      const words = text.slice(span.start, span.end);
      if (otherDay(k, span) || ANOTHER.test(words)) break;
      // past a paragraph that tells nothing, only a sentence saying where it happened
      if (!joinable(k - 1) && !HAPPENED.test(words) && !TARGET_LIES.test(words)) break;
      // "Two missiles fired from a drone hit a compound in X" after "a drone strike on a
      // compound in <district>": the same target struck the same way is the same strike
      const sameAct =
        takesUpTarget(lead, words, true) &&
        !/\b(?:later|afterwards|then|since)\b/i.test(words) &&
        findTriggers(text, span, null).every(
          (t) => t.category === category || t.category === 'statement',
        );
      if (
        !pointsBack(words) &&
        !takesUpTarget(lead, words) &&
        !sameAct &&
        !onTheVictims(lead, words)
      ) {
        // the next sentence telling the same kind of event at a place the gazetteer lacks ("…
        // said militants attacked a vehicle … in the Paroom area of Panjgur district")
        const retells =
          k === n + 1 && findTriggers(text, span, null).some((t) => t.category === category);
        const lackedNext = retells ? lackedPlace(text, read.places(span), town) : null;
        // "in the Lyari area of Karachi" after a blast in Peshawar: a quarter of a city that
        // does not lie in the lead's place is another incident's
        const there = read.places(span).event?.resolved;
        const elsewhere =
          !!there && !!own?.resolved && !holds(own.resolved, there) && !holds(there, own.resolved);
        if (lackedNext && own?.resolved && !elsewhere) {
          const at = intoDivision(span) ?? own.resolved.name;
          review(
            `the next sentence tells of it at '${lackedNext}', a place the gazetteer does not know; the event is placed only at ${at}, which may lie far from it`,
            'fallback_admin',
            lackedNext,
          );
          cite(k);
          return;
        }
        if (blank(span)) continue;
        break;
      }
      const lacked = lackedPlace(text, read.places(span), town);
      const widened = lacked && own && onOutskirts(text, span, lacked, own);
      if (widened) {
        seg.places = { ...seg.places, event: widened };
        return cite(k);
      }
      if (lacked && own?.resolved) {
        const at = intoDivision(span) ?? own.resolved.name;
        review(
          `a later sentence says where it happened ('${lacked}'), a place the gazetteer does not know; the event is placed only at ${at}, which may lie far from it`,
          'fallback_admin',
          lacked,
        );
        cite(k);
        return;
      }
      if (!kind) break;
      const found = onePlace(text, span, read.places(span));
      if (!found) break;
      if ('rivals' in found) {
        review(
          `a sentence after it, pointing back at the incident, names ${found.rivals.join(' and ')}; check which is this incident's place`,
        );
      } else if (own?.resolved?.name === found.take.resolved?.name || holdsOwn(found.take)) {
        // the same place again, or one holding it ("Balochistan Information Minister … told
        // AFP" after a lead in Kech district): nothing to refine
      } else if (kind === 'seat' || fits(found.take)) {
        take(read.places(span), found.take, n, k, null);
        // the scene is proposed, but the text names two places: a person checks
        if (kind === 'seat') {
          review(
            `'${own?.text ?? ''}' is named as the seat of the victims' unit; a later sentence places the incident at '${found.take.text}', which is proposed: check that it is where it happened`,
          );
        }
      } else {
        review(
          `a later sentence places the incident at '${found.take.text}', which does not lie in '${own?.text ?? ''}'; check which is right`,
        );
      }
      return;
    }
    // backward: an undated sentence just before, telling the same event with a place
    const m = seg.sentence - 1;
    if (kind === 'seat' || m < 0 || !joinable(m) || dated(m)) return;
    // "Blast near Levies headquarters injuring 8 people in Chaman" above "A blast near the Levies
    // headquarters took place on Saturday, …": the page's headline, a line of its own with no
    // full stop, is the only sentence a lead with no place at all may take its place from
    const before = sentences[m]!;
    const wordsBefore = text.slice(before.start, before.end);
    const fromHeadline =
      placeless && m === 0 && breakAfter(0) && !/[.!?]["”’']?\s*$/.test(wordsBefore);
    if (placeless && !fromHeadline) return;
    const mine = text.slice(sentences[seg.sentence]!.start, seg.span.end);
    const datesBefore = read.dates(before).mentions.length;
    if (datesBefore > 0 || ANOTHER.test(wordsBefore) || ANOTHER.test(mine)) return;
    // the sentence before must report the incident itself, not only point back at one
    const told = findTriggers(text, before, null).filter((t) => t.category === category);
    if (told.length === 0 || pointsBackOnly(text, told)) return;
    const definite = POINTS_BACK.test(mine) || HAPPENED.test(mine);
    const shared = [...eventWords(text, before)].some((w) => eventWords(text, seg.span).has(w));
    if (!definite && !shared) return;
    const found = onePlace(text, before, read.places(before));
    if (!found || 'rivals' in found || !(fromHeadline || fits(found.take))) return;
    if (own?.resolved?.name === found.take.resolved?.name) return;
    // "District police chief in Herat killed" over "the police chief of Ghorian district … were
    // killed": the headline's place, though the lead names one outside it (a thirtieth-try page,
    // settled at Herat city, 65 km from Ghorian)
    const there = found.take.resolved;
    const outside = fromHeadline
      ? seg.places.mentions.find(
          (p) => p.resolved && there && !holds(there, p.resolved) && !holds(p.resolved, there),
        )
      : undefined;
    const note = outside
      ? `the headline's '${found.take.text}' is proposed, but the sentence names '${outside.text}', which does not lie in it; check where it happened`
      : definite || (fromHeadline && shared)
        ? null
        : `the place ('${found.take.text}') comes from the sentence before, which tells of the same kind of event without a date; check that it is this one`;
    // its event words report the incident itself: "the attack" after them points back to them
    seg.triggers = [...told, ...seg.triggers];
    // "attacked Chaudhwan police station here in Daraban tehsil" under "… in DI Khan": a place
    // the gazetteer lacks (a fifty-sixth-try page, had been answered at the town)
    const [lacked] = (seg.places.unknown ?? []).map((u) => text.slice(u.start, u.end));
    take(read.places(before), found.take, m, seg.lastSentence, note);
    const at = `the headline's ${found.take.resolved?.name}, which may lie far from it`;
    if (lacked)
      review(`'${lacked}' is not in the gazetteer; placed only at ${at}`, 'fallback_admin');
  });
  return segments.filter((s) => !dropped.has(s));
}
