// The extractor's development set (tests/fixtures/extract/dev): every file follows the fixture
// format of tests/fixtures/extract/README.md, its truth is consistent with its own text, and the
// set as a whole keeps the variety the evaluation depends on (issue 8, "Evidence").
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  datelineOf,
  loadDevSet,
  occurrences,
  PassageSchema,
  type Passage,
} from './devset-schema.ts';

const files = loadDevSet();
const passages: Passage[] = files.flatMap((f) => {
  const r = v.safeParse(PassageSchema, f.data);
  return r.success ? [r.output] : [];
});

/** The date a relative phrase of the passage can be read against, if any. */
function anchorOf(p: Passage): string | null {
  return p.published ?? datelineOf(p.text)?.date ?? null;
}

describe('each dev-set file', () => {
  it.each(files.map((f) => [f.file, f] as const))('%s parses and fits the format', (file, f) => {
    expect(f.yamlErrors).toEqual([]);
    const r = v.safeParse(PassageSchema, f.data);
    const issues = r.success ? [] : r.issues.map((i) => `${v.getDotPath(i) ?? ''}: ${i.message}`);
    expect(issues).toEqual([]);
    if (!r.success) return;
    const p = r.output;
    expect(`${p.id}.yaml`).toBe(file);
    for (const t of p.truth) {
      expect(occurrences(p.text, t.cue), `cue "${t.cue}"`).toBe(1);
      expect(t.cue, 'a cue stays inside one sentence').not.toMatch(/[.!?]\s|\n/);
      if (t.date_end !== null) expect(t.date_end > t.date, `range of ${t.cue}`).toBe(true);
      const anchor = anchorOf(p);
      if (anchor) expect(t.date <= anchor, `${t.date} after ${anchor}`).toBe(true);
    }
  });
});

describe('the dev set as a whole', () => {
  it('has at least 36 passages, all valid', () => {
    expect(files.length).toBeGreaterThanOrEqual(36);
    expect(passages.length).toBe(files.length);
  });

  it('gives each passage its own text', () => {
    const texts = new Set(passages.map((p) => p.text));
    expect(texts.size).toBe(passages.length);
  });

  it('has at least 4 passages with no publication date whose dated dateline is the anchor', () => {
    const n = passages.filter((p) => p.published === null && datelineOf(p.text)?.date);
    expect(n.length).toBeGreaterThanOrEqual(4);
  });

  it('has at least 2 passages with neither publication date nor dateline, truth kept', () => {
    const n = passages.filter(
      (p) => p.published === null && datelineOf(p.text) === null && p.truth.length > 0,
    );
    expect(n.length).toBeGreaterThanOrEqual(2);
  });

  it('has 3 to 4 passages that report no incident', () => {
    const n = passages.filter((p) => p.truth.length === 0).length;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(n).toBeLessThanOrEqual(4);
  });

  it('has at least 3 passages that report two incidents or more', () => {
    expect(passages.filter((p) => p.truth.length >= 2).length).toBeGreaterThanOrEqual(3);
  });

  it('spans the years 2009 to 2025 with at least 10 distinct event years', () => {
    const years = new Set(passages.flatMap((p) => p.truth.map((t) => t.date.slice(0, 4))));
    expect(years.size).toBeGreaterThanOrEqual(10);
    expect([...years].sort()[0]).toBe('2009');
    expect([...years].sort().at(-1)).toBe('2025');
  });

  it('has at least 3 truths that are date ranges', () => {
    const n = passages.flatMap((p) => p.truth).filter((t) => t.date_end !== null).length;
    expect(n).toBeGreaterThanOrEqual(3);
  });

  it('has a dateline in at least 12 passages', () => {
    expect(passages.filter((p) => datelineOf(p.text)).length).toBeGreaterThanOrEqual(12);
  });

  const PHRASES: [string, RegExp][] = [
    ['two days ago', /\btwo days ago\b/],
    ['nearly 10 days ago', /\bnearly 10 days ago\b/],
    ['late last month', /\blate last month\b/],
    ['last week', /\blast week\b/],
    ['overnight', /\bovernight\b/],
    ['early hours of', /\bearly hours of\b/],
    ['late on <weekday>', /\blate on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/],
    [
      '<Weekday>, <day> <Month>',
      /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    ],
    ['an absolute date with year', /\b(on|On) (\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}), \d{4}\b/],
    ['a month alone ("In April")', /\bIn (January|February|March|April|May|June|July)\b/],
  ];
  it.each(PHRASES)('has a passage with "%s"', (_name, re) => {
    expect(passages.some((p) => re.test(p.text))).toBe(true);
  });

  const PLACES: [string, RegExp][] = [
    ['Taftan', /\bTaftan\b/],
    ['Mirjaveh', /\bMirjaveh\b/],
    ['Islam Qala', /\bIslam Qala\b/],
    ['Chaman or Spin Boldak', /\b(Chaman|Spin Boldak)\b/],
    ['Gabd', /\bGabd\b/],
    ['a road between two places', /\broad between \w+ and \w+|\b[A-Z]\w+-[A-Z]\w+ highway\b/],
    ['"near X" or "outskirts of X"', /\b(near|outskirts of) [A-Z]\w+/],
    ['"A area of B district"', /\barea of [\w' ]+ district\b/],
    ['a capital standing for a government', /\b(Islamabad|Tehran|Kabul) (said|condemned|accuse)/],
    ['ISPR or IRNA', /\b(ISPR|IRNA)\b/],
  ];
  it.each(PLACES)('has a passage naming %s', (_name, re) => {
    expect(passages.some((p) => re.test(p.text))).toBe(true);
  });
});

describe('datelineOf', () => {
  it('reads city and date of a dateline with a year', () => {
    expect(datelineOf('ZAHEDAN, Iran, Dec 15, 2023 - Militants')).toEqual({
      city: 'ZAHEDAN',
      date: '2023-12-15',
    });
  });

  it('reads a dateline without a year as having no date', () => {
    expect(datelineOf('QUETTA, Sept 30 - A bomber')).toEqual({ city: 'QUETTA', date: null });
  });

  it('finds no dateline in plain text or an "ANALYSIS -" label', () => {
    expect(datelineOf('Gunmen killed four traffic policemen')).toBeNull();
    expect(datelineOf('ANALYSIS - Water has long strained')).toBeNull();
  });
});
