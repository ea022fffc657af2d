// "Militants stormed a police base overnight, officials said on Friday", in Saturday's paper: the
// officials' night is the one before Friday, not the one before the paper's day. A word that counts
// from the reference day ("overnight", "today", "yesterday") counts from the sentence's own report
// day when that day is earlier than the reference and the reference would put the event after the
// words that tell it (a latent bug of the tenth blind try: a night dated a day late). Pure.
import { isoToDay } from '../days.ts';
import type { DatePhrase } from './datePhrases.ts';
import { readOwn, type Reading, type Reference } from './dateResolve.ts';
import type { DateMention } from './types.ts';

/** Words that count from a day, which a speaker's day may replace. */
const FROM_A_DAY = new Set(['today', 'yesterday', 'dayBeforeYesterday', 'overnight']);

/** What this rule needs of a sentence's date slot (dates.ts). */
export interface CasualSlot {
  /** The phrase as found. */
  phrase: DatePhrase;
  /** Its words. */
  text: string;
  /** 'report' when it dates a statement ("said on Friday"). */
  role: string;
  /** Its reading, once read. */
  mention: DateMention | null;
}

/** The one day of a report's own date ("said on Friday") earlier than `ref`, else null. */
function reportDay(slots: CasualSlot[], ref: Reference): number | null {
  for (const s of slots) {
    const m = s.mention;
    if (s.role !== 'report' || s.phrase.core.kind === 'relative' || s.phrase.core.kind === 'casual')
      continue;
    if (!m?.date || m.precision !== 'day' || m.date_end) continue;
    const day = isoToDay(m.date);
    if (day < ref.day) return day;
  }
  return null;
}

/**
 * For each casual slot whose reading from `ref` ends after the sentence's report day, the reading
 * counted from that day instead (index → reading); slots left alone are absent.
 */
export function casualFromReport(slots: CasualSlot[], ref: Reference | null): Map<number, Reading> {
  const out = new Map<number, Reading>();
  if (!ref) return out;
  const said = reportDay(slots, ref);
  if (said === null) return out;
  slots.forEach((s, i) => {
    const core = s.phrase.core;
    if (core.kind !== 'casual' || !FROM_A_DAY.has(core.what) || s.role === 'report') return;
    const last = s.mention?.date_end ?? s.mention?.date;
    if (!last || isoToDay(last) <= said) return;
    out.set(i, readOwn(s.text, core, { day: said, basis: ref.basis }, s.phrase.hedged));
  });
  return out;
}
