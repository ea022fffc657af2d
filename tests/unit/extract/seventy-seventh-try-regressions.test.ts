// Regressions from the seventy-seventh real-page try (Afghanistan), on invented text, with
// controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2012-09-12');
const LEAD =
  'Taliban militants killed five police officers in western Farah Province, officials said.';

describe("a dating sentence that names a finer place inside the lead's", () => {
  it('gives the lead its date and the finer place, one proposal', () => {
    const ps = run(`${LEAD}\nThe incident took place on Tuesday in Farah's Posht Rod district.`);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ date: '2012-09-11', resolved_place: 'Pusht Rod District' });
  });
  it("control: a place outside the lead's gives the lead no date", () => {
    const ps = run(
      `${LEAD}\nThe incident took place on Tuesday in Kandahar's Spin Boldak district.`,
    );
    expect(ps[0]).toMatchObject({ date: null, resolved_place: 'Farah' });
  });
});

describe('"Bagram Airbase … near the Afghan capital Kabul": a place that only locates', () => {
  const text =
    'Late Monday, four soldiers were killed in an attack on the Bagram Airbase near the Afghan capital Kabul.';
  it('Kabul (47 km) is no rival to Bagram', () => {
    const [p] = run(text);
    expect(p).toMatchObject({ resolved_place: 'Bagrām', status: 'proposed' });
  });
  it('control: "in Bagram and near Kabul" names two places', () => {
    const [p] = run(text.replace('Airbase near', 'Airbase and near'));
    expect(p?.reasons.map((r) => r.code)).toContain('several_places');
  });
  it('control: a far place after "near" (Kandahar, 430 km) is still a rival', () => {
    const [p] = run(text.replace('the Afghan capital Kabul', 'Kandahar'));
    expect(p?.reasons.map((r) => r.code)).toContain('several_places');
  });
});

describe('"Parwan province" is the province, not a town GeoNames also calls Parwan', () => {
  it('resolved as a province, for review', () => {
    const [p] = run('Four soldiers were killed in an attack in Parwan province on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Parwan', place_precision: 'province' });
    expect(p?.status).toBe('needs_review');
  });
});

describe('"Kabul: … in the southern province of Kandahar" opens with a dateline', () => {
  const line =
    'Kabul: At least seven soldiers were killed in a Taliban attack in the southern province of Kandahar, police confirmed on Wednesday.';
  it('the attack is not placed at Kabul', () => {
    const [p] = extractOn('2020-07-22')(line);
    expect(p?.resolved_place).toBe('Kandahar');
  });
  it('control: "Kabul: … in a blast at a market" (no place named) keeps Kabul as a label', () => {
    const [p] = extractOn('2020-07-22')(
      'Kabul: At least seven soldiers were killed in a blast at a crowded market on Wednesday, police said.',
    );
    expect(p?.resolved_place).toBe('Kabul');
  });
});
