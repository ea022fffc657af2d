// Regression from the twenty-second real-page try: "the northwestern city of Peshawar" was held
// because Peshawar lies east of the middle of Pakistan's whole east-west span, which its
// north-eastern panhandle stretches; west of a northern place is now judged within the northern
// half (placeCompass.ts).
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { codes, readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2023-02-01' }, readers)[0];

describe('compass words in a country lying on a diagonal', () => {
  it('"the northwestern city of Peshawar" is Peshawar, settled', () => {
    const p = first(
      'A suicide bomber killed 80 people in the northwestern city of Peshawar on Monday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Peshawar', status: 'proposed' });
  });
  it('control: "the northwestern city of Islamabad" is still doubted', () => {
    const p = first(
      'A suicide bomber killed 80 people in the northwestern city of Islamabad on Monday.',
    );
    expect(codes(p)).toContain('ambiguous_place');
  });
  it('control: "the southwestern city of Quetta" is Quetta, settled', () => {
    const p = first('Gunmen killed two policemen in the southwestern city of Quetta on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Quetta', status: 'proposed' });
  });
});
