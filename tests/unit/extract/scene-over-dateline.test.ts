// A dateline says where a report was filed, never where the event happened (issue 8, eighth
// try: a two-city dateline with a date before its colon, an AP dateline below a long archive
// note, and a Title Case "City:" below a headline were not recognised, so the filing city was
// read as the scene). Invented sentences in the manner of wire reports.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

/** Published on Thursday 19 September 2024. */
const PUBLISHED = '2024-09-19';
const run = (text: string) => extractIncidents(text, { published: PUBLISHED }, readers);
const whole = (text: string) => {
  const d = findDateline(text, PUBLISHED);
  return d ? text.slice(d.span.start, d.span.end) : null;
};
/** A line longer than a headline, as archive pages print above the report. */
const NOTE =
  'This story comes from an archive that was moved to a new site; the text was not altered, but its formatting may differ from what was printed at the time, and readers who find an error are asked to write to the editors.';

describe('datelines that name the filing city, not the scene', () => {
  it('"QUETTA / ISLAMABAD, Sept 18:" (a date right before the colon) is a dateline', () => {
    const text =
      'QUETTA / ISLAMABAD, Sept 18: Three villagers were killed when troops from across the border opened fire at a village in Zhob district on Wednesday.';
    expect(whole(text)).toBe('QUETTA / ISLAMABAD, Sept 18:');
    expect(findDateline(text, PUBLISHED)?.date).toBe('2024-09-18');
    const [p] = run(text);
    expect(p).toMatchObject({ date: '2024-09-18', resolved_place: 'Zhob District' });
  });
  it('"KHAR, Pakistan —" below a headline and a long archive note is a dateline', () => {
    const text = `Drone strike kills five\n${NOTE}\n\nKHAR, Pakistan — A drone strike on Wednesday killed five people in the Nawagai area of Bajaur district, residents said.`;
    expect(whole(text)).toBe('KHAR, Pakistan —');
    expect(run(text)[0]?.resolved_place).not.toBe('Khar');
  });
  it('"Kabul:" in Title Case below a headline, before a whole sentence, is a dateline', () => {
    const text =
      'Border posts trade fire\n\nKabul: Afghan officials said on Wednesday that Pakistani forces shelled a border post in Dangam district of Kunar province for two hours.';
    expect(whole(text)).toBe('Kabul:');
    const [p] = run(text);
    expect(p?.resolved_place).not.toBe('Kabul');
  });
});

describe('a Title Case "City:" opening the first line', () => {
  // Left from the sixteenth blind try: "Islamabad:" opening a pasted text was read as one of the
  // sentence's places and proposed first, though the event was elsewhere.
  it('before a sentence told in the past that places the event, it is a dateline', () => {
    const text =
      'Islamabad: Four soldiers were killed on Sunday when militants attacked a post in Zhob district.';
    expect(whole(text)).toBe('Islamabad:');
    expect(run(text)[0]?.resolved_place).not.toBe('Islamabad');
  });
  it("control: before a sentence naming no other place, the city stays the headline's place", () => {
    const text = 'Quetta: Four people were killed in a blast at a market on Monday, police said.';
    expect(whole(text)).toBeNull();
    expect(run(text)[0]?.resolved_place).toBe('Quetta');
  });
});

describe('what stays no dateline', () => {
  it('a time is no day: "at 18:30" after a city is no dateline', () => {
    expect(whole('QUETTA, Sept 18:30 reports said the post was attacked.')).toBeNull();
  });
  it('a Title Case "City:" headline on the first line is not one', () => {
    expect(
      whole(
        'Kabul: Afghan officials say Pakistani forces shelled a border post in Kunar province.',
      ),
    ).toBeNull();
  });
  it('a short Title Case "City:" headline below another line is not one', () => {
    expect(whole('Published today\n\nKabul: Border posts trade fire')).toBeNull();
  });
  it('after a long line, only the fullest form counts ("QUETTA (Reuters) -" does not)', () => {
    expect(whole(`Headline\n${NOTE}\n\nQUETTA (Reuters) - Gunmen killed two men.`)).toBeNull();
  });
  it('not after two long lines', () => {
    expect(whole(`${NOTE}\n${NOTE}\n\nKHAR, Pakistan — A drone strike killed five.`)).toBeNull();
  });
});
