// Regressions from the eighty-third and eighty-ninth real-page tries (Afghanistan), on invented
// text: "The attack in X came a day after …" places the lead told before it at X, and the rest of
// the sentence tells the earlier event on its own, without X as a rival place.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2011-05-22');
const lead =
  'KHOST: Six policemen died Sunday when the Taliban stormed a traffic police office and two suicide bombers blew themselves up.';

describe('"The attack in X, which …, came the day after …"', () => {
  const ps = run(
    `${lead} The attack in restive Khost province, which borders Pakistan, came the day after six students were killed when a suicide bomber struck at Kabul's main military hospital.`,
  );
  it('places the lead at X', () => {
    expect(ps[0]).toMatchObject({ date: '2011-05-22', resolved_place: 'Khost' });
  });
  it('tells the earlier event at its own place and day, with no rival', () => {
    expect(ps[1]).toMatchObject({
      date: '2011-05-21',
      resolved_place: 'Kabul',
      status: 'proposed',
    });
  });
  it('control: a subject telling another incident ("The second attack in X came …") is not read so', () => {
    const qs = run(
      `${lead} The second attack in Khost province came a day after a bombing in Kabul killed six.`,
    );
    expect(qs[0]?.resolved_place).not.toBe('Khost');
  });
});
