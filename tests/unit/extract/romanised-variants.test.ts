// Regression (hundred-and-eleventh try): "Mariwan" (Marīvān) and "Divandareh" (Dīvāndarreh) are
// the names written another way, a w for the Persian vav or one letter not doubled, not typos:
// both clashes were held only for "not a known spelling".
import { describe, expect, it } from 'vitest';
import { romanisedVariant } from '../../../src/core/extract/placeTypos.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 19 May 2020. */
const run = extractOn('2020-05-19');

describe('a romanisation written another way is no typo', () => {
  it('"Mariwan" is Marīvān, proposed', () => {
    const [p] = run('Two Iranian guards were killed in clashes in Mariwan on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Marīvān', status: 'proposed' });
  });
  it('"Divandareh" is Dīvāndarreh, proposed', () => {
    const [p] = run(
      "Gunmen ambushed a commander in Divandareh in Iran's Kurdistan province on Monday, killing him.",
    );
    expect(p).toMatchObject({ resolved_place: 'Dīvāndarreh', status: 'proposed' });
  });
  it('w for v and a doubled letter are variants; other one-letter changes are not', () => {
    expect(romanisedVariant('mariwan', 'marivan')).toBe(true);
    expect(romanisedVariant('divandareh', 'divandarreh')).toBe(true);
    expect(romanisedVariant('guzara', 'guzarah')).toBe(true);
    expect(romanisedVariant('karach', 'karachi')).toBe(false);
    expect(romanisedVariant('ghourian', 'ghorian')).toBe(false);
    expect(romanisedVariant('barang', 'narang')).toBe(false);
    expect(romanisedVariant('zahedaan', 'zahedan')).toBe(false);
  });
  it('control: a one-letter slip ("Ghourian") is still a typo to review', () => {
    const [p] = run(
      'Militants attacked checkpoints in Herat province’s Ghourian district on Monday.',
    );
    expect(p?.reasons.map((r) => r.code)).toContain('typo_match');
  });
});
