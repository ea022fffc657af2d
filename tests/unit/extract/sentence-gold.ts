// The hand-labelled sentence boundaries (tests/fixtures/extract/sentences/boundaries.yaml) and
// how a splitter is scored against them; shared by the splitter's test and the measurement
// script (bench/sentences.ts) that compared the candidates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Span } from '../../../src/core/extract/types.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** One labelled passage: its text and its sentences as spans. */
export interface GoldPassage {
  id: string;
  text: string;
  sentences: Span[];
  /** Written after the rules and never used to tune them. */
  heldout: boolean;
}

interface RawPassage {
  id: string;
  heldout?: boolean;
  text?: string;
  article?: string;
  sentences: string[];
}

/** Loads every labelled passage, locating each sentence after the previous one. */
export function loadGold(): GoldPassage[] {
  const raw = parse(
    readFileSync(join(ROOT, 'tests/fixtures/extract/sentences/boundaries.yaml'), 'utf8'),
  ) as RawPassage[];
  return raw.map((p) => {
    const text = p.article ? readFileSync(join(ROOT, p.article), 'utf8') : (p.text ?? '');
    let from = 0;
    const sentences = p.sentences.map((s) => {
      const start = text.indexOf(s, from);
      if (start === -1) throw new Error(`${p.id}: sentence not found in order: ${s.slice(0, 60)}`);
      from = start + s.length;
      return { start, end: start + s.length };
    });
    return { id: p.id, text, sentences, heldout: p.heldout === true };
  });
}

/** Boundary counts of one passage: a boundary is where a sentence ends (trailing space ignored). */
export interface BoundaryScore {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  /** Sentences whose start and end both match a labelled sentence (after trimming). */
  exact: number;
  gold: number;
}

function ends(text: string, spans: Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) {
    let e = s.end;
    while (e > s.start && /\s/.test(text[e - 1] as string)) e--;
    if (e < text.trimEnd().length) out.add(e); // the text's own end is not a decision
  }
  return out;
}

/** Scores predicted sentence spans against the labelled ones. */
export function scoreBoundaries(text: string, gold: Span[], predicted: Span[]): BoundaryScore {
  const g = ends(text, gold);
  const p = ends(text, predicted);
  let tp = 0;
  for (const e of p) if (g.has(e)) tp++;
  const key = (s: Span) => text.slice(s.start, s.end).trim();
  const goldKeys = new Set(gold.map((s) => `${s.start}:${key(s)}`));
  let exact = 0;
  for (const s of predicted) {
    const k = key(s);
    const start =
      s.start + (text.slice(s.start, s.end).length - text.slice(s.start, s.end).trimStart().length);
    if (goldKeys.has(`${start}:${k}`)) exact++;
  }
  return {
    truePositive: tp,
    falsePositive: p.size - tp,
    falseNegative: g.size - tp,
    exact,
    gold: gold.length,
  };
}
