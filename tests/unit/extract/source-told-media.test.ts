// A regression from the ninetieth real-page try (Afghan–Pakistan border), on invented text: "told
// media in Kabul" (no "the") is where the source speaks from, as "told the media in Kabul" was.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2015-07-01');

describe('"the spokesman told media in Kabul that the clashes occurred … in X"', () => {
  it('does not offer Kabul as a rival of the scene', () => {
    const [p] = run(
      'The ministry spokesman told media in Kabul that border forces clashed late Tuesday in Spin Boldak.',
    );
    expect(p?.resolved_place).toBe('Spīn Bōldak');
    expect(p?.reasons.map((r) => r.code)).not.toContain('several_places');
  });
  it('control: "told the media in Kabul" already was', () => {
    const [p] = run(
      'The ministry spokesman told the media in Kabul that border forces clashed late Tuesday in Spin Boldak.',
    );
    expect(p?.reasons.map((r) => r.code)).not.toContain('several_places');
  });
});
