// Regressions from the eightieth real-page try (Pakistan), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2012-07-27');
const LEAD = 'Militants blew up a vehicle in Bajaur Agency on Thursday, killing nine civilians.';

describe('"the Assistant Political Agent Khar": an office\'s seat is not the scene', () => {
  it('a sentence pointing back gives the lead no place from the title', () => {
    const ps = run(
      `${LEAD} The Assistant Political Agent Khar said the blast occurred in the main bazaar, 30 km north of the agency headquarters.`,
    );
    expect(ps[0]?.resolved_place).not.toBe('Khar');
  });
  it('nor does a next sentence that only names the official', () => {
    const [p] = run(`${LEAD} The blast was confirmed by the Assistant Political Agent Khar.`);
    expect(p?.resolved_place).toBe('Bajaur District');
  });
  it('control: "the blast occurred in Khar" places the lead at Khar', () => {
    const [p] = run(`${LEAD} The blast occurred in Khar, the agency headquarters.`);
    expect(p?.resolved_place).toBe('Khar');
  });
});
