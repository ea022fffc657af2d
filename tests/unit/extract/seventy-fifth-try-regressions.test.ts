// Regressions from the seventy-fifth real-page try (a TwoCircles page opening "Tehran : Iranian
// security forces arrested …" under its headline), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2009-05-29');
const HEADLINE = 'Blast at mosque kills 15, suspects arrested';
const LEAD =
  'Tehran : Security forces arrested suspects behind a bomb explosion at a mosque in the southeastern city of Zahedan on Thursday that left 15 people dead, state television reported.';

describe('"Tehran : …" with a space before the colon is a dateline', () => {
  it('found, with its place and the colon in its span', () => {
    const text = `${HEADLINE}\n\n${LEAD}`;
    const d = findDateline(text, '2009-05-29');
    expect(d?.place).toBe('Tehran');
    expect(d && text.slice(d.span.start, d.span.end)).toBe('Tehran :');
  });
  it('the bombing is at Zahedan, not Tehran (1,120 km off)', () => {
    const [p] = run(`${HEADLINE}\n\n${LEAD}`);
    expect(p).toMatchObject({ resolved_place: 'Zahedan', status: 'proposed' });
  });
  it('control: "Tehran  :" with two spaces is no dateline', () => {
    expect(findDateline(`${HEADLINE}\n\n${LEAD.replace(' :', '  :')}`, '2009-05-29')).toBeNull();
  });
});
