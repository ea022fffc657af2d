// Regressions from the twenty-third real-page try, on invented sentences. A bare name that is a
// town and the district it is the seat of, in an article speaking of that district, is the
// district (placeDistrictMeant.ts): "clashes … in Chitral" had been answered at Chitral town
// within 5 km, the posts 64 km off. "Balochistan's Barkhan" is Barkhan, though "barkhan" is an
// English word (placeQualifiers.ts): it had been read as the province, 390 km off.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { namesDistrict } from '../../../src/core/extract/placeDistrictMeant.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2023-02-27' }, readers)[0];
const CHITRAL =
  'At least six militants were killed in clashes with security forces on Sunday in Chitral.';

describe('a town named bare in an article on its district', () => {
  it('"in Chitral" with "the Chitral district" later is the district, held for its size', () => {
    const p = first(`${CHITRAL} Attacks are frequent on the border in the Chitral district.`);
    expect(p).toMatchObject({ place_precision: 'county', status: 'needs_review' });
    expect(p?.reasons.map((r) => r.message).join(' ')).toContain('"Chitral district"');
  });
  it('control: "in Chitral" alone is the town, settled', () => {
    const p = first(CHITRAL);
    expect(p).toMatchObject({ place_precision: 'town', status: 'proposed' });
  });
  it('control: "the border town of Chitral" stays the town though the district is named', () => {
    const p = first(
      'Six militants were killed in clashes on Sunday in the border town of Chitral. Attacks are frequent in the Chitral district.',
    );
    expect(p).toMatchObject({ place_precision: 'town', status: 'proposed' });
  });
  it('a district of published size within 100 km is answered at its size ("in Quetta")', () => {
    const p = first(
      'Four people were killed in a blast in Quetta on Sunday. The Quetta district administration imposed a curfew.',
    );
    expect(p).toMatchObject({ place_precision: 'county', status: 'proposed' });
    expect(p?.uncertainty_km).toBeGreaterThan(5);
  });
  it('reads "Barkhan District", "district Barkhan" and "the district of Barkhan"', () => {
    expect(namesDistrict('Barkhan District Health Officer', 'Barkhan')).toBe('Barkhan District');
    expect(namesDistrict('in district Barkhan', 'Barkhan')).toBe('district Barkhan');
    expect(namesDistrict('the district of Barkhan', 'Barkhan')).toBe('district of Barkhan');
    expect(namesDistrict('Barkhan town', 'Barkhan')).toBeNull();
  });
});

describe('a province in the possessive names the place after it', () => {
  it('"Balochistan\'s Barkhan" is Barkhan, not the province', () => {
    const p = first("Four people were killed in a blast in Balochistan's Barkhan on Sunday.");
    expect(p?.resolved_place).toBe('Barkhan');
  });
  it('control: "the barkhan dunes" is no place', () => {
    const p = first('Four people were killed in a blast near the barkhan dunes on Sunday.');
    expect(p?.resolved_place).not.toBe('Barkhan');
  });
});
