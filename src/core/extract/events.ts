// Event detection: what makes a sentence report an incident, and of which category. The category
// decision is one table (`CATEGORY_RULES` in categoryRules.ts): to add a category, add rows. A trigger does not count
// when it is negated ("no one was killed"), hedged by a modal or an infinitive ("vowed to
// attack", "will visit"), feared ("a possible attack"), or quoted speech; a sentence is not an incident when it is a question,
// a generality ("repeatedly", "several attacks", "in recent years") with no date, or a plan
// ("in the near future", "next week").
import type { Category } from '../types.ts';
import { CATEGORY_RULES } from './categoryRules.ts';
import { aboutBody, accidental, general, modalBefore, plannedProtest } from './nonEventWords.ts';
import { inBackground, pointsBack } from './eventPointsBack.ts';
import { isTargetedGathering } from './targetedGathering.ts';
import type { Span } from './types.ts';

/** An event word found in a sentence. */
export interface Trigger {
  category: Category;
  noun: string;
  /** The word as written and where it is (absolute offsets in the article). */
  text: string;
  span: Span;
}

/**
 * A call to stop, or an end, of what goes on: "called for Iran to stop shelling positions of
 * Kurdish rebels" (a hundred-and-fifty-third-try page's statement was proposed as shelling at
 * Tehran), "demanded an end to the shelling", "refrain from firing".
 */
const STOP_OF =
  /\b(?:stop|halt|cease|end|refrain\s+from|an\s+end\s+to)\s+(?:the\s+|its\s+|their\s+)?$/i;
/**
 * "said that the news of the abduction of two border guards is false", "dismissed reports of a
 * clash as baseless": an event the sentence denies happened.
 */
const DENIED =
  /\b(?:news|reports?|rumou?rs?|claims?)\s+(?:of|about|that)\b[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:false|untrue|baseless|fake|groundless|unfounded)\b|\b(?:dismissed|rejected|denied)\s+(?:the\s+)?(?:news|reports?|rumou?rs?|claims?)\s+(?:of|about|that)\b/i;
/** True when every decisive trigger lies in words that deny the event (`DENIED`). */
function denied(text: string, span: Span, decisive: Trigger[]): boolean {
  const m = DENIED.exec(text.slice(span.start, span.end));
  if (!m) return false;
  const start = span.start + m.index;
  const end = start + m[0].length;
  return decisive.every((t) => t.span.start >= start && t.span.end <= end + 40);
}

/**
 * A feared or possible event, right before its word: "a possible Taliban attack", "concerns over
 * a possible attack", "warned of an attack", "fears of fresh clashes" (a regression from a real
 * Ariana report: council members' "concerns over a possible Taliban attack on Shindand" was
 * proposed as an attack at Shindand, 152 km from the story's real one). "concerns over the
 * killing of two guards" tells a killing that happened, and stays; so does a verb after a
 * feared cause ("a possible drone strike killed two men").
 */
const FEARED =
  /(?:\b(?:possible|potential|feared|imminent|likely|anticipated|expected|threatened)\s+(?:[\w'’-]+\s+){0,2}|\b(?:concerns?|fears?|worries|warn(?:ed|ings?|s)?|threats?|risks?)\s+(?:over|about|of|against)\s+(?:a\s+|an\s+)?(?:(?:possible|potential|further|more|new|fresh|future|renewed)\s+)(?:[\w'’-]+\s+){0,2}|\b(?:fears?|warn(?:ed|ings?|s)?|threats?|risks?)\s+of\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2})$/i;
/** An event word that is a verb ("killed", "killing"), which a feared cause before it does not hedge. */
const VERB_FORM = /(?:ed|ing)$|^(?:kills|explodes)$/i;
const FUTURE =
  /\b(?:in the near future|next (?:week|month|year)|tomorrow|upcoming|later this (?:week|month|year)|is expected to|are expected to|is scheduled|are scheduled|will be held)\b/i;
/**
 * A future verb: a plan when it stands before the event word, or anywhere in a statement ("the
 * administration announced that curfew would be relaxed … on Tuesday", a twenty-fifth-try page
 * proposed as a statement a week before it).
 */
const FUTURE_VERB =
  /\b(?:will|shall|would(?! have\b)|(?:is|are) (?:(?:also|due|set|going) )?to (?!be\b)[a-z]+)\b/i;
/** Quoted speech: an opening quote after a space or punctuation, a closing one before them. */
const QUOTED = /(?<=^|[\s(:,—-])["“‘'][^"“”]{40,}?["”’'](?=[\s,.;:!?)—-]|$)/g;

/** Spans of quoted speech (40+ characters between quotes) in `text`, relative to it. */
function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(QUOTED)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Spans of quoted speech in `text` between `span`'s ends, in `text`'s offsets. */
export function quotedIn(text: string, span: Span): Span[] {
  return quotedSpans(text.slice(span.start, span.end)).map((q) => ({
    start: span.start + q.start,
    end: span.start + q.end,
  }));
}

/** Movement words of the Visit row, and an armed group before them: "armed men arrived in Bhag". */
const MOVEMENT = /^(?:went to|travell?ed to|arrived in|flew to)$/i;
const ARMED_SUBJECT =
  /\b(?:armed|gunmen|militants|attackers|terrorists|assailants|insurgents|fighters|raiders|bandits|dacoits)\b(?![^.;]*\b(?:minister|delegation|envoy|officials?)\b)[^.;]*$/i;

/**
 * Event words of the segment `span` of `text`, in text order, without those that are negated,
 * hedged, inside quoted speech (only those, with `inQuotes`) or inside `exclude` (the dateline). An armed group arriving is no
 * visit ("up to 50 armed men arrived in Bhag … and attacked": a regression from a real PTI report,
 * titled "Visit in Bhag"); the attack words of the sentence decide its category. A gathering an
 * attack hit is no protest nor meeting (`isTargetedGathering`).
 */
export function findTriggers(
  text: string,
  span: Span,
  exclude: Span | null = null,
  inQuotes = false,
): Trigger[] {
  const seg = text.slice(span.start, span.end);
  const quotes = quotedSpans(seg);
  const out: Trigger[] = [];
  for (const rule of CATEGORY_RULES) {
    for (const m of seg.matchAll(rule.pattern)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (exclude && start < exclude.end && end > exclude.start) continue;
      if (quotes.some((q) => m.index >= q.start && m.index < q.end) !== inQuotes) continue;
      const before = seg.slice(Math.max(0, m.index - 40), m.index);
      if (modalBefore(seg, m.index) || STOP_OF.test(before)) continue;
      if (!VERB_FORM.test(m[0]) && FEARED.test(seg.slice(Math.max(0, m.index - 80), m.index)))
        continue;
      if (MOVEMENT.test(m[0]) && ARMED_SUBJECT.test(seg.slice(Math.max(0, m.index - 80), m.index)))
        continue;
      if (out.some((t) => t.span.start < end && start < t.span.end)) continue; // first rule wins
      out.push({ category: rule.category, noun: rule.noun, text: m[0], span: { start, end } });
    }
  }
  // (so is a meeting: "blew himself up at a meeting of tribal elders", a hundred-and-ninety-ninth-
  // try page proposed as a meeting)
  const gathering = (t: Trigger) =>
    t.category === 'protest' || (t.category === 'diplomacy' && /^(?:meeting|talks)$/i.test(t.text));
  const kept = out.filter((t) => !gathering(t) || !isTargetedGathering(seg, span.start, t, out));
  return arrestRaids(seg, kept).sort((a, b) => a.span.start - b.span.start);
}

/** Words of arrests: "arrested 28 suspects", "detained", "took … into custody". */
const ARRESTS = /\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|apprehend(?:ed|s)?|into custody)\b/i;

/**
 * "Police conducted raids … and arrested 28 suspects": when raids are the sentence's only attack
 * words and it tells arrests, they are arrests (ACLED's "Arrests", a statement here), not an
 * attack (a thirty-third-try page's police raids were proposed as an attack at Kohat).
 */
function arrestRaids(seg: string, triggers: Trigger[]): Trigger[] {
  const attacks = triggers.filter((t) => t.category === 'attack');
  if (attacks.length === 0 || !attacks.every((t) => /^raid/i.test(t.text))) return triggers;
  if (!ARRESTS.test(seg)) return triggers;
  return triggers.map((t) =>
    t.category === 'attack' ? { ...t, category: 'statement', noun: 'Arrests' } : t,
  );
}

/** Two event words of different categories this close call for a person's look at the category. */
export const CLOSE_CHARS = 5;

/**
 * Several events summed up in one phrase ("similar attacks", "a series of bombings", "… at
 * different locations": a two-hundred-and-seventeenth-try lead, "in two militant attacks … at
 * different locations in North Waziristan", proposed at its district beside the attacks it sums up;
 * a count alone, "three bombings across Parachinar", may tell one incident at one place).
 */
const AGGREGATE =
  /\b(?:similar|separate|several|multiple|different|various|a series of|a wave of|a spate of|numerous|dozens of|hundreds of)\s+(?:\w+\s+)?(?:attacks|incidents|strikes|bombings|blasts|ambushes|clashes|kidnappings|abductions|raids)\b|\bat\s+(?:different|separate|various)\s+(?:locations|places|spots)\b/i;

/**
 * Explosions spread over two places: "Several explosions took place in Karachi and Hyderabad" (a
 * two-hundred-and-thirty-second-try lead, proposed once at each city beside the blasts it sums
 * up). At one place, "a series of loud explosions" is the sound of one incident (try 202).
 */
const SPREAD_EXPLOSIONS =
  /\b(?:[Ss]everal|[Mm]ultiple|[Ss]eparate|[Dd]ifferent|[Vv]arious|[Nn]umerous|[Aa] series of)\s+(?:\w+\s+)?explosions\b[^.;]*?\b(?:in|at|across)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+[A-Z]/;

/**
 * Events told as a habit over a stretch: "militants have consistently attacked check-posts … from
 * April to July" (a real report's summary, once proposed as April at one of its three districts).
 */
const REPEATED =
  /\b(?:have|has|had)\s+(?:been\s+)?(?:consistently|repeatedly|frequently|routinely|regularly|constantly|continually|persistently)\s+[a-z]+/i;

/** The phrase that sums up several events in the segment, or null. */
export function aggregatePhrase(text: string, span: { start: number; end: number }): string | null {
  const seg = text.slice(span.start, span.end);
  const spread = SPREAD_EXPLOSIONS.exec(seg)?.[0].replace(
    /\s+(?:took|were|was|occurred|rocked|hit|in|at|across)\b.*$/,
    '',
  );
  return AGGREGATE.exec(seg)?.[0] ?? spread ?? REPEATED.exec(seg)?.[0] ?? null;
}

/** Triggers that decide the category: the non-statement ones, else the statement ones. */
export function decisiveTriggers(triggers: Trigger[]): Trigger[] {
  const strong = triggers.filter((t) => t.category !== 'statement');
  return strong.length > 0 ? strong : triggers;
}

/**
 * True when the segment's soft event (meeting, agreement, statement) is a plan: future time
 * words anywhere ("in the near future", "next week"), a future verb before its first event word ("will travel … for talks", "is due to visit"), or anywhere in a
 * statement ("will jointly open a market on Thursday, the ministry said"); "agreed on Monday that
 * they will reopen the crossing" reports an agreement that happened.
 */
function plan(text: string, span: Span, decisive: Trigger[]): boolean {
  const seg = text.slice(span.start, span.end);
  if (FUTURE.test(seg)) return true;
  const m = FUTURE_VERB.exec(seg);
  if (!m) return false;
  if (decisive.every((t) => t.category === 'statement')) return true;
  const first = Math.min(...decisive.map((t) => t.span.start));
  return span.start + m.index < first;
}

/** Why a segment with triggers is still not an incident, or null when it may be one. */
export function nonEventReason(
  text: string,
  span: Span,
  triggers: Trigger[],
  hasDate: boolean,
): string | null {
  const seg = text.slice(span.start, span.end).trim();
  if (triggers.length === 0) return 'no event word';
  if (/\?["”’']?$/.test(seg)) return 'a question';
  if (accidental(seg)) return 'an accident or a natural death';
  const decisive = decisiveTriggers(triggers);
  const soft = decisive.every((t) => t.category === 'diplomacy' || t.category === 'statement');
  if (soft && plan(text, span, decisive)) return 'a plan or an expected event';
  if (decisive.every((t) => /^handed\b/i.test(t.text)) && aboutBody(seg))
    return 'a body handed over';
  // "would hold a demonstration … to protest the killings": the killings are what it protests
  if (plannedProtest(seg) && decisive.every((t) => /^(?:killings?|attacks)$/i.test(t.text)))
    return 'a plan or an expected event';
  if (!hasDate && (general(seg) || AGGREGATE.test(seg) || SPREAD_EXPLOSIONS.test(seg)))
    return 'a generality with no date';
  if (!hasDate && soft) return 'a meeting, agreement or statement with no date';
  if (denied(text, span, decisive)) return 'a report said to be false';
  return null;
}

/**
 * The decisive trigger: the one nearest the event's date phrase when there is one, else the
 * first. Given the article's `text`, event words that point back ("summoned the envoy over the
 * attack") give way to the sentence's own. `close` is true when another category's trigger is
 * about as near (within `CLOSE_CHARS` characters), so the category needs a person's look.
 */
export function chooseTrigger(
  triggers: Trigger[],
  dateSpan: Span | null,
  text?: string,
): { trigger: Trigger; close: boolean } | null {
  const all = decisiveTriggers(triggers);
  const own = text === undefined ? all : all.filter((t) => !pointsBack(text, t));
  const decisive = own.length > 0 ? own : all;
  const first = decisive[0];
  if (!first) return null;
  if (!dateSpan) {
    const other = decisive.find((t) => t.category !== first.category);
    return {
      trigger: first,
      close: other !== undefined && other.span.start - first.span.end < CLOSE_CHARS,
    };
  }
  const dist = (t: Trigger) =>
    Math.max(0, t.span.start - dateSpan.end, dateSpan.start - t.span.end);
  const ranked = [...decisive].sort((a, b) => dist(a) - dist(b));
  // "19 passengers were killed when armed men forced passengers off a bus": the killing, not an
  // abduction (a twenty-fifth-try page was titled "Abduction near Mastung")
  const killing = ranked.find((t) => t.category === 'attack' && KILLING.test(t.text));
  if (killing && ranked[0]?.category === 'abduction' && OFF_THE_BUS.test(ranked[0].text))
    return { trigger: killing, close: false };
  const best = ranked[0] as Trigger;
  const rival = ranked.find((t) => t.category !== best.category);
  return { trigger: best, close: rival !== undefined && dist(rival) - dist(best) < CLOSE_CHARS };
}

/** Taking passengers off a vehicle, an abduction word. */
const OFF_THE_BUS = /^(?:pulled|dragged|offloaded|forced)\b/i;
/** Killing words. */
const KILLING = /^(?:killed|killing|shot|gunned)\b/i;

/**
 * The trigger a segment rests on when its only event words point back at an incident told
 * elsewhere ("Mourners buried the victims of the blast", "a court sentenced three men for the
 * 2019 attack"): the sentence's date and place may be of the burial or the sentencing. Null when
 * some event word reports the incident itself ("killed", "an attack", "attacked").
 */
export function pointsBackOnly(text: string, triggers: Trigger[]): Trigger | null {
  const decisive = decisiveTriggers(triggers).filter((t) => t.category !== 'statement');
  // what the incident "comes just as" is background, not the sentence's own report
  const own = decisive.filter((t) => !inBackground(text, t));
  if (own.length === 0) return null;
  return own.every((t) => pointsBack(text, t)) ? (own[0] as Trigger) : null;
}
