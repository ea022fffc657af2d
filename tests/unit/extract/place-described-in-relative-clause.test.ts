// Regression (hundred-and-ninth try): "Eighteen other people were wounded in the attack in Kunduz
// city, …, which has become a Taliban bastion in recent years" tells the attack; "in recent years"
// describes the city in a clause of its own. The sentence had been read as a generality, so the
// Friday bombing before it had no place.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Friday 10 June 2011. */
const run = extractOn('2011-06-10');
const LEAD =
  'A suicide bomber targeted prayers for a police chief on Friday, killing four policemen, officials said.';

describe('a generality in a clause describing the place', () => {
  it('"Kunduz city, which has seen … in recent years" places the lead', () => {
    const [p] = run(
      `${LEAD}\nEighteen other people were wounded in the attack in Kunduz city, which has seen an increase in unrest in recent years.`,
    );
    expect(p).toMatchObject({ resolved_place: 'Kunduz', status: 'proposed' });
  });
  it('"capital of the province of the same name which has become …" (no comma) too', () => {
    const [p] = run(
      `${LEAD}\nEighteen other people were wounded in the attack in Kunduz city, capital of the province of the same name which has become a Taliban bastion in recent years.`,
    );
    expect(p).toMatchObject({ resolved_place: 'Kunduz', status: 'proposed' });
  });
  it('control: "militants have repeatedly attacked Kunduz city" is still a generality', () => {
    const [p] = run(`${LEAD}\nMilitants have repeatedly attacked police in Kunduz city.`);
    expect(p?.place).toBeNull();
  });
});
