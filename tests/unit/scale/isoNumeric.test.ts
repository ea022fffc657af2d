// The committed ISO 3166-1 numeric → alpha-2 table equals what i18n-iso-countries says, so an
// update of the package that changes a code fails here (regenerate: pipeline/build-iso-table.ts).
import { describe, expect, it } from 'vitest';
import { isoNumericTable } from '../../../pipeline/build-iso-table.ts';
import { ISO_NUMERIC_TO_ALPHA2, isoNumericToAlpha2 } from '../../../src/core/acled/countries.ts';

describe('ISO numeric table', () => {
  it('is exactly the package’s codes (250 entries)', () => {
    const table = Object.entries(ISO_NUMERIC_TO_ALPHA2).map(([n, a2]) => [Number(n), a2]);
    expect(table.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual(isoNumericTable());
    expect(table).toHaveLength(250);
  });
  it('maps countries on every continent ACLED covers', () => {
    expect([566, 76, 804, 104, 36, 364].map((n) => isoNumericToAlpha2(n))).toEqual([
      'NG',
      'BR',
      'UA',
      'MM',
      'AU',
      'IR',
    ]);
  });
  it('maps Kosovo by name whatever its number, and nothing for an unknown code', () => {
    expect([isoNumericToAlpha2(0, 'Kosovo'), isoNumericToAlpha2(999, 'Atlantis')]).toEqual([
      'XK',
      null,
    ]);
  });
});
