// Cuts an article into runs for the review's article view: the sentence an incident rests on, its
// date phrase and its place phrase, each a kind of mark (a run may carry several). Pure; the view
// renders each run as text, in a <mark> per kind it carries.
import type { Span } from '../extract/types.ts';

/** What a mark shows. */
export type MarkKind = 'sentence' | 'date' | 'place';

/** A stretch of the text and the marks over it (none: plain text). */
export interface MarkRun {
  text: string;
  start: number;
  kinds: MarkKind[];
}

/** The text cut at every mark's start and end; spans outside the text are clipped or dropped. */
export function markRuns(text: string, marks: { kind: MarkKind; span: Span | null }[]): MarkRun[] {
  const valid = marks.flatMap(({ kind, span }) => {
    if (!span) return [];
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(0, Math.min(span.end, text.length));
    return end > start ? [{ kind, start, end }] : [];
  });
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort(
    (a, b) => a - b,
  );
  const runs: MarkRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const order: MarkKind[] = ['sentence', 'date', 'place'];
    const kinds = order.filter((k) =>
      valid.some((m) => m.kind === k && m.start <= start && m.end >= end),
    );
    runs.push({ text: text.slice(start, end), start, kinds });
  }
  return runs;
}
