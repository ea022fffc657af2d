// Regressions from the hundred-and-third real-page try (Afghanistan), on invented text, with a
// control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Thursday 18 August 2016. */
const run = extractOn('2016-08-18');
const LEAD = 'Two people were killed in a rocket attack in eastern Kunar province on Thursday.';

describe('"in Asabad city, the provincial capital of Kunar province"', () => {
  it('the apposition names the town, a misspelt name before it is no rival', () => {
    const [p] = run(
      `${LEAD}\nAccording to officials, the incident took place in Asabad city, the provincial capital of Kunar province.`,
    );
    expect(p).toMatchObject({ resolved_place: 'Asadābād', status: 'proposed' });
  });
  it('control: an unknown name with no apposition leaves the lead at its province', () => {
    const [p] = run(
      `${LEAD}\nAccording to officials, the incident took place in Asabad city, near the border.`,
    );
    expect(p?.status).toBe('needs_review');
  });
});
