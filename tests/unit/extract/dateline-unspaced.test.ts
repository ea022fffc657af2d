// Datelines run into their first word and long agency credits (the fifteenth try, 1 December): an
// UrduPoint page opened "KALAT, Jun 7 (UrduPoint / Pakistan Point News - 7th Jun, 2023 )
// :Unidentified armed men abducted …"; the credit was longer than the 40 characters allowed and
// no space followed the colon, so "KALAT" was read as the incident's place and proposed, while
// the text put it in a tehsil 42 km away. Invented sentences in that form.
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../pipeline/extract-readers.ts';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';

const URDUPOINT =
  'KALAT, Jun 7 (UrduPoint / Pakistan Point News - 7th Jun, 2023 ) :Unidentified armed men abducted six labourers in the Gazag area of Kalat district on Wednesday.';

/** The dateline's text, or null. */
function whole(text: string): string | null {
  const d = findDateline(text, '2023-06-07');
  return d ? text.slice(d.span.start, d.span.end) : null;
}

describe('a dateline run into its first word', () => {
  it('with a long credit in brackets: "KALAT, Jun 7 (UrduPoint / … 2023 ) :"', () => {
    expect(whole(URDUPOINT)).toBe(
      'KALAT, Jun 7 (UrduPoint / Pakistan Point News - 7th Jun, 2023 ) :',
    );
  });
  it('with a short one: "KALAT, Jun 7 (APP):Unidentified"', () => {
    expect(whole('KALAT, Jun 7 (APP):Unidentified men abducted six labourers.')).toBe(
      'KALAT, Jun 7 (APP):',
    );
  });
  it('the incident is placed neither at the dateline city nor in the credit', () => {
    const text =
      'KALAT, Jun 7 (UrduPoint / Pakistan Point News - 7th Jun, 2023 ) :Unidentified armed men abducted six labourers from a construction site on Wednesday.';
    const [p] = extractIncidents(text, { published: '2023-06-07' }, nodeReaders());
    expect(p?.status).toBe('needs_review');
    expect(p?.place ?? null).toBeNull(); // neither the city nor "Pakistan Point News"
  });
  it('control: a word run into a colon after a Title Case name is no dateline', () => {
    expect(whole('Quetta:Police said two men were killed.')).toBeNull();
  });
});
