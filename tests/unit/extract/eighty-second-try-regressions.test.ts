// Regressions from the eighty-second real-page try (Pakistan), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2023-11-06');
const LEAD =
  'Militants on Sunday night attacked a police station in Dera Ismail Khan, police said.';

describe('a later sentence naming the station and then another place ("… Police Station in Tank")', () => {
  it('sends the town answer to review, naming the station (Tank, 65 km)', () => {
    const [p] = run(
      `${LEAD} Officials said the gunmen had attacked the Gul Imam Police Station in the Tank area.`,
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toContain('Gul Imam Police Station');
  });
  it('control: an unnamed "a police station in Tank" later is no such naming', () => {
    const [p] = run(`${LEAD} Officials said a police station in Tank was put on alert.`);
    expect(p?.reasons.map((r) => r.message).join(' ')).not.toContain('police station in');
  });
});
