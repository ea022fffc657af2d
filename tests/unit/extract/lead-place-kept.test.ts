// A lead's place is not lost to a dated detail that names none: "clashes … in the Maidan area of
// Tirah Valley, Khyber District" then, paragraphs on, "the exchange of fire, which began … today"
// had left only the placeless detail (the tenth real-page try). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-11-24');
const LEAD =
  'Six militants were killed during fierce clashes with security forces in the Karez area of Kohat District.';

describe('a placed undated lead and a dated placeless detail', () => {
  it('"the heavy exchange of fire, which began … today" points back and takes the place', () => {
    const list = run(
      `${LEAD}\n\nThe heavy exchange of fire, which began around 10 AM today, continues.`,
    );
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ date: '2024-11-24', resolved_place: 'Kohat District' });
    expect(list[0]?.status).toBe('needs_review');
  });
  it('far apart, the lead stays beside the detail (for review) rather than vanish', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Soldier number ${i + 1} of the unit.`);
    const list = run(
      `${LEAD}\n\n${names.join('\n')}\n\nThe heavy exchange of fire, which began around 10 AM today, continues.`,
    );
    expect(list.map((p) => p.resolved_place ?? null)).toContain('Kohat District');
    expect(list.find((p) => p.date === '2024-11-24')).toBeDefined();
  });
  it('control: an undated mention is still folded into a dated incident that has a place', () => {
    const list = run(
      'Militants attacked a police post in Kohat on Monday, killing two policemen.\n\nThe clashes in Kohat District have worried residents.',
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.date).toBe('2024-11-18');
  });
});
