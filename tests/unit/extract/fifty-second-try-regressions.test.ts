// Regressions from the fifty-second real-page try (a Baloch Hal report from Turbat, a Dawn report
// from Lower Dir), on invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Thursday 2 December 2010: Wednesday is the 1st. */
const run = extractOn('2010-12-02');

describe('"BNP president": a party acronym, not Bannu (whose airport code is BNP)', () => {
  it('a raid "in Turbat" is in Turbat, not at Bannu 1,066 km off', () => {
    const [p] = run(
      'Six people, including two cousins of BNP president Akhtar Mengal, were killed when forces raided a house in Turbat on Wednesday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Turbat', status: 'proposed' });
  });
  it('control: "in KPK" is still Khyber Pakhtunkhwa', () => {
    const [p] = run('Gunmen killed two policemen in KPK on Wednesday.');
    expect(p?.resolved_place).toBe('Khyber Pakhtunkhwa');
  });
});

describe('"Lal Qila police station": a station named with two words, not the town La‘l', () => {
  const text = (station: string) =>
    `Two policemen were killed when gunmen opened fire on them within the jurisdiction of ${station} police station on Wednesday.`;
  it('is not drafted at La‘l in Afghanistan, 510 km from Lower Dir', () => {
    const [p] = run(text('Lal Qila'));
    expect(p?.resolved_place).toBeNull();
  });
  it('control: "the Bannu City police station" is still Bannu', () => {
    const [p] = run(text('Bannu City'));
    expect(p?.resolved_place).toBe('Bannu');
  });
});
