// "X province" is a province (twenty-fifth-try regression): "Uruzgan province" had been settled at
// the town Uruzgān, 78 km from Tarinkot, as Natural Earth writes the province "Oruzgan" (news
// spellings are curated aliases, geodata/aliases.yaml); a name called a province that no province
// bears ("Zabol province", the Afghan Zabul) is no town of that name, settled (placeResolve.ts).
import { describe, expect, it } from 'vitest';
import { places } from './placeHelpers.ts';

const at = (name: string) => places(`Gunmen attacked a checkpoint in ${name} province.`);

describe('news spellings of provinces', () => {
  it.each([
    ['Uruzgan', 'Oruzgan'],
    ['Urozgan', 'Oruzgan'],
    ['Paktiya', 'Paktia'],
    ['Konar', 'Kunar'],
    ['Wardak', 'Maidan Wardak'],
    ['Bamiyan', 'Bamyan'],
    ['Jawzjan', 'Jowzjan'],
    ['KPK', 'Khyber Pakhtunkhwa'],
    ['Khyber Pakhtoonkhwa', 'Khyber Pakhtunkhwa'],
    ['Khorasan Razavi', 'Razavi Khorasan'],
  ])('"%s province" is the province %s', (written, name) => {
    expect(at(written).event?.resolved).toMatchObject({ name, precision: 'province' });
  });
});

describe('a name called a province that no province bears', () => {
  it('"Zabol province" is not settled at the Iranian town Zābol', () => {
    expect(at('Zabol').reviews.map((r) => r.code)).toContain('ambiguous_place');
  });
  it('control: "the Mirjaveh region of Sistan-Baluchestan province" is Mirjaveh, undoubted', () => {
    const r = places(
      'Militants killed border guards patrolling the Mirjaveh region of Sistan-Baluchestan province.',
    );
    expect(r.reviews.map((x) => x.code)).not.toContain('ambiguous_place');
  });
});
