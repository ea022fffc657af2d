// Regressions from the thirty-fourth real-page try, on invented text. A "Quetta:" dateline in Title
// Case below a long summary line was not read as one (a long line had allowed only the fullest
// form after it), so Quetta was proposed for review as the place of killings in Gwadar, 727 km
// off (dateline.ts).
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';

const SUMMARY =
  'According to reports, unknown gunmen attacked the residential quarters near the harbour jetty in Gwadar, killing the workers who were sleeping inside, and the police said that an investigation had begun into the killings.';

describe('a Title Case dateline below a long summary', () => {
  it('"Quetta: In a harrowing incident, …" after a headline, a summary and a byline', () => {
    const text = [
      'Pakistan: 7 workers shot dead by unknown gunmen in Gwadar',
      SUMMARY,
      'Edited By: A. Writer Quetta Published : May 09, 2024 11:02 IST',
      "Quetta: In a harrowing incident, seven labourers were shot dead in Pakistan's Balochistan province on Thursday by unknown gunmen in Gwadar.",
    ].join('\n\n');
    expect(findDateline(text, '2024-05-09')?.place).toBe('Quetta');
  });
  it('control: a paragraph after a long one that opens with a label and no sentence is none', () => {
    const text = ['Headline of the day', SUMMARY, 'Quetta: a city under siege.'].join('\n\n');
    expect(findDateline(text, '2024-05-09')).toBeNull();
  });
});
