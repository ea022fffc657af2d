// The two seed articles: the date reader, given each curated excerpt in text order (the previous
// excerpt's event as `previousEvent`), finds the curated date phrase and the curated date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { readSentenceDates } from '../../../src/core/extract/dates.ts';
import type { DateMention } from '../../../src/core/extract/types.ts';

interface Curated {
  id: string;
  article: string;
  excerpt_start: number;
  excerpt_end: number;
  date?: string;
  date_end?: string;
  date_precision?: string;
  date_basis?: string;
}

const incidents = JSON.parse(readFileSync('public/data/incidents.geojson', 'utf8')) as {
  features: { properties: Curated }[];
};
const excluded = JSON.parse(readFileSync('public/data/excluded.json', 'utf8')) as Curated[];
const records = [...incidents.features.map((f) => f.properties), ...excluded].filter(
  (r) => r.date_basis,
);
/** "immediately" names no day: the curated range comes from its anchor and a later bound. */
const NOT_READ = new Set(['immediately']);

describe.each(['000_9286dead6fccede2', '004_764383eb893c6242'])('article %s', (article) => {
  const text = readFileSync(`geodata/articles/${article}.txt`, 'utf8');
  const { published } = parse(readFileSync(`geodata/articles/${article}.yaml`, 'utf8')) as {
    published: string;
  };
  const dateline = findDateline(text, published);
  const own = records
    .filter((r) => r.article === article)
    .sort((a, b) => a.excerpt_start - b.excerpt_start);
  let previousEvent: DateMention | null = null;
  const results = own.map((r) => {
    const out = readSentenceDates(
      { text, published, dateline, previousEvent },
      { start: r.excerpt_start, end: r.excerpt_end },
    );
    if (out.event?.date) previousEvent = out.event;
    return [r, out] as const;
  });
  it.each(results.filter(([r]) => !NOT_READ.has(r.date_basis as string)))(
    '$0.id: the curated phrase and date',
    (r, out) => {
      expect(out.event?.text.toLowerCase()).toContain((r.date_basis as string).toLowerCase());
      expect([out.event?.date, out.event?.date_end, out.event?.precision]).toEqual([
        r.date,
        r.date_end,
        r.date_precision,
      ]);
    },
  );
  it.each(results.filter(([r]) => NOT_READ.has(r.date_basis as string)))(
    '$0.id: "immediately" gives no date of its own',
    (_r, out) => {
      expect(out.event).toBeNull();
    },
  );
});
