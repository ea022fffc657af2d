// Regressions from the eighty-third real-page try (Afghanistan), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2020-03-23');
const LEAD =
  'A roadside bomb killed five policemen in the central Afghan province of Ghazni on Monday.';

describe('"the [Ghazni] province": brackets round a name keep its division word', () => {
  it('the quote does not move the lead to the town of Ghazni', () => {
    const [p] = run(
      `${LEAD}\n"The explosion hit a police car in the Khosh area of the [Ghazni] province," he said.`,
    );
    expect(p?.place_precision).toBe('province');
    expect(p?.status).toBe('needs_review');
  });
  it('control: "[Ghazni] city" is not read as the province', () => {
    const [p] = run(`${LEAD}\n"The explosion hit a police car in [Ghazni] city," he said.`);
    expect(p?.place_precision).not.toBe('province');
  });
});
