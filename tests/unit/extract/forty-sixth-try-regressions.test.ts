// Regressions from the forty-sixth real-page try (a The News report of a Pishin bombing, an AFP
// report of a Swat bombing), on invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Saturday 15 September 2018: Friday is the 14th. */
const run = extractOn('2018-09-15');

const LEAD = 'Three Levies men were killed in a bomb blast in Pishin on Friday.';

describe('"condemned the Pishin blast" points back at the blast', () => {
  it('the condemnation is not proposed as a second incident', () => {
    // "Meanwhile the President … on Friday strongly condemned the Pishin blast" had been proposed
    // beside the blast itself: two markers for one bombing
    const list = run(
      `${LEAD}\n\nMeanwhile the President on Friday strongly condemned the Pishin blast.`,
    );
    expect(list.filter((p) => p.status === 'proposed')).toHaveLength(1);
    expect(list.find((p) => p.excerpt.includes('condemned'))?.status ?? 'none').not.toBe(
      'proposed',
    );
  });
  it('control: "the Pishin blast killed three" reports the blast itself', () => {
    const [p] = run('The Pishin blast on Friday killed three Levies men.');
    expect(p).toMatchObject({ resolved_place: 'Pishin', status: 'proposed' });
  });
});

describe('"a day after … bombings … in the city of Lahore": the earlier event\'s place', () => {
  it('is not the place of a bombing "in Pakistan\'s Swat valley" (300 km off)', () => {
    const [p] = run(
      "Ten people were killed in a suicide attack in Pakistan's Swat valley on Friday, a day after a series of bombings brought chaos to the city of Lahore.",
    );
    expect(p?.resolved_place).not.toBe('Lahore');
    expect(p?.status).toBe('needs_review');
  });
  it('with no other place, Lahore is held and the review says why', () => {
    const [p] = run(
      'Ten people were killed in a blast on Friday, a day after bombings brought chaos to the city of Lahore.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/earlier event the sentence counts/);
  });
  it('"in Quetta …, a day after bombings in Lahore" is proposed at Quetta (it was held for two places)', () => {
    const [p] = run(
      'Ten people were killed in a blast in Quetta on Friday, a day after bombings brought chaos to the city of Lahore.',
    );
    expect(p).toMatchObject({ resolved_place: 'Quetta', status: 'proposed' });
  });
});

describe('"Tehsildar Abdul Maalik Tareen": a title before a name', () => {
  it('Tareen is a person, not Tarinkot, here and when repeated bare', () => {
    // "Tareen" had been read as Tarinkot (Uruzgan), a held draft and a doubt on the blast's place
    const list = run(
      'A blast in Pishin district on Friday wounded nine people.\n\nThe blast targeted a vehicle in which Tehsildar Abdul Maalik Tareen was travelling. Tareen was shifted to Quetta.',
    );
    expect(list.map((p) => p.resolved_place)).not.toContain('Tarinkot');
  });
  it('control: "in Tareen" with no title is still read as a place', () => {
    const [p] = run('Gunmen attacked a checkpoint in Tareen on Friday.');
    expect(p?.place).toBe('Tareen');
  });
});

describe('a country read as the place, beside a valley and an earlier event', () => {
  it('does not say "only a country is named" when the sentence names the Swat valley', () => {
    const [p] = run(
      "Ten people were killed in a suicide attack in Pakistan's Swat valley on Friday, a day after bombings in Lahore.",
    );
    const coarse = p?.reasons.find((r) => r.code === 'coarse_place')?.message ?? '';
    expect(coarse).toMatch(/^the only place read as where it happened is a country/);
  });
});
