// Regressions from the eighty-fifth real-page try (Afghanistan), on invented text: "The incident
// happened on Friday." dates the lead even when it is dated only by its report ("officials said
// on Saturday") and when a sentence or two naming no date and no place stand between.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2020-06-13');

describe('a report-dated lead and "The incident happened on Friday."', () => {
  it('takes Friday, not the day of the report', () => {
    const ps = run(
      'At least five people were killed in a shooting in Paktia province, officials said on Saturday. The incident happened on Friday.',
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]?.date).toBe('2020-06-12');
  });
  it('control: a dating sentence after the report day leaves the lead alone', () => {
    const ps = run(
      'At least five people were killed in a shooting in Paktia province, officials said on Thursday. The incident happened on Friday.',
    );
    expect(ps[0]?.date).toBe('2020-06-11');
  });
});

describe('quiet sentences between the lead and the dating sentence', () => {
  it('one or two sentences naming no date and no place may stand between', () => {
    const ps = run(
      'Gunmen killed five people in Paktia province, officials said on Saturday. Among the dead was a tribal elder and two of his guards. The gunmen escaped. The incident happened on Friday.',
    );
    expect(ps[0]?.date).toBe('2020-06-12');
  });
  it('control: a sentence between that names a place breaks the link', () => {
    const ps = run(
      'Gunmen killed five people in Paktia province, officials said on Saturday. Later the governor flew to Kabul. The incident happened on Friday.',
    );
    expect(ps[0]?.date).toBe('2020-06-13');
  });
  it('control: three quiet sentences are too many', () => {
    const ps = run(
      'Gunmen killed five people in Paktia province, officials said on Saturday. Among the dead was a tribal elder. His two guards were also hurt. The gunmen escaped. The incident happened on Friday.',
    );
    expect(ps[0]?.date).toBe('2020-06-13');
  });
});
