// Regressions from the sixty-second and sixty-third real-page tries (a Dunya News report from
// Qilla Abdullah, a Pajhwok report from Badghis and Logar), on invented sentences, each with a
// control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 10 December 2024: Monday is the 9th. */
const run = extractOn('2024-12-10');

describe('"It is pertinent to mention here that …" brings in an earlier incident', () => {
  const lead =
    'At least two persons were killed in an explosion in a village of Balochistan province on Monday.';
  const bombing =
    'at least 26 people lost their lives in a suicide bombing at Quetta railway station.';
  const quettaDates = (text: string) =>
    run(text)
      .filter((p) => p.resolved_place === 'Quetta')
      .map((p) => p.date);
  it('the Quetta railway station bombing it recalls takes no day from the lead', () => {
    // the lead was proposed at Quetta on its Monday, 30 days after the bombing
    expect(quettaDates(`${lead}\n\nIt is pertinent to mention here that ${bombing}`)).toEqual([
      null,
    ]);
  });
  it("control: the same sentence without those words is read as the lead's detail", () => {
    expect(quettaDates(`${lead}\n\nIn Quetta, ${bombing}`)).toEqual(['2024-12-09']);
  });
  it('"Qilla Abdullah", a spelling of Qila Abdullah, names the district', () => {
    const [p] = run('Two persons were killed in an explosion in Qilla Abdullah on Monday.');
    expect(p?.resolved_place).toBe('Qila Abdullah District');
  });
});

describe('"Separately, …" after a dated placeless sentence is another incident', () => {
  const dated =
    'A police commander was killed and two others were wounded in the operation on Monday night.';
  it('the operation does not take the place of the Logar ambush told separately', () => {
    // the Badghis operation had been drafted in Logar, 569 km off
    const [p] = run(
      `${dated}\n\nSeparately, two policemen were injured in a Taliban ambush in central Logar province. The clash erupted when the policemen were patrolling the area.`,
    );
    expect(p?.resolved_place).toBeNull();
  });
  it('control: without "Separately" the ambush that points back completes it', () => {
    const [p] = run(
      `${dated}\n\nTwo policemen were injured in a Taliban ambush in central Logar province. The clash erupted when the policemen were patrolling the area.`,
    );
    expect(p?.resolved_place).toBe('Logar');
  });
});
