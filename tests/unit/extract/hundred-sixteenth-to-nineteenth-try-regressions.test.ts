// Regressions from the hundred-and-sixteenth to hundred-and-nineteenth real-page tries, on
// invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Sunday 28 July 2019: Saturday is the 27th. */
const run = extractOn('2019-07-28');

describe('an acute accent typed for the apostrophe (try 117)', () => {
  it('"Ghazni´s Ab Band district" is no confident answer at Ghazni city', () => {
    const [p] = run(
      'Saturday´s attack targeted the police headquarters compound in Ghazni´s Ab Band district, killing 12.',
    );
    expect(p?.status).toBe('needs_review');
  });
  it('control: "Ghazni city" with a plain apostrophe elsewhere is still answered', () => {
    const [p] = run("A bomb exploded in Ghazni city on Saturday, the governor's office said.");
    expect(p).toMatchObject({ resolved_place: 'Ghazni', status: 'proposed' });
  });
});

describe('a sum of incidents (try 117)', () => {
  it('"killed in different security incidents in Kabul" is held as a summary', () => {
    const [p] = run(
      'Six people were killed in different security incidents in Kabul on Saturday, police said.',
    );
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/sums up several events/);
  });
});

describe('a place set off by ", near" after where reports came from (try 119)', () => {
  it('"Reports from Ravansar, near the city of Kermanshah, indicate …" is held', () => {
    const [p] = run(
      'Reports from Ravansar, near the city of Kermanshah, indicate that PJAK forces attacked the police barracks on Saturday.',
    );
    expect(p?.status).toBe('needs_review');
  });
  it('control: "attacked police barracks in Ravansar, near the city of Kermanshah" is Ravansar', () => {
    const [p] = run(
      'PJAK forces attacked police barracks in Ravansar, near the city of Kermanshah, on Saturday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Ravānsar', status: 'proposed' });
  });
});
