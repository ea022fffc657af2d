// Regressions from the seventy-ninth real-page try (Afghanistan and Iran), on invented text,
// with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2017-06-18');
const LEAD =
  'An official says at least one police officer has been killed after attackers stormed the police headquarters in eastern Paktia province.';
const MIDDLE = 'He says a suicide car bomber first detonated his vehicle at the entrance.';

describe('"the attack, which took place Sunday in Gardez" places and dates the lead', () => {
  it('one proposal at Gardez, settled', () => {
    const ps = run(
      `${LEAD}\n${MIDDLE}\nHe says three policemen were wounded in the attack, which took place Sunday in Gardez, the provincial capital.`,
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({
      resolved_place: 'Gardez',
      date: '2017-06-18',
      status: 'proposed',
    });
  });
  it('control: a burial after the attack stays held', () => {
    const ps = run(
      `${LEAD}\n${MIDDLE}\nThe dead were buried after the attack, which took place Sunday in Gardez, the provincial capital.`,
    );
    expect(ps.at(-1)?.status).toBe('needs_review');
  });
});
