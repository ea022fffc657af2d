// Regressions from the seventy-first real-page try (left at stop 32), on invented text, with
// controls: "Kabul, Afghanistan •", a city in Title Case, its country and a bullet, is a dateline.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2021-05-05');
const LEAD =
  'Taliban fighters overran a police post in Sangin district of Helmand province on Tuesday, officials said.';

describe('"Kabul, Afghanistan •" is a dateline', () => {
  it('found, with its place', () => {
    const d = findDateline(`Kabul, Afghanistan • ${LEAD}`, '2021-05-05');
    expect(d?.place).toBe('Kabul');
  });
  it('the fighting is placed at Sangin, with no rival at Kabul (487 km off)', () => {
    const [p] = run(`Kabul, Afghanistan • ${LEAD}`);
    expect(p?.resolved_place).toBe('Sangīn');
    expect(p?.reasons.map((r) => r.code)).not.toContain('several_places');
  });
  it('control: "Kabul, Afghanistan -" with a hyphen needs a date or a credit', () => {
    expect(findDateline(`Kabul, Afghanistan - ${LEAD}`, '2021-05-05')).toBeNull();
  });
  it('control: "Kabul, the capital," opening a sentence is no dateline', () => {
    expect(findDateline(`Kabul, the capital, was calm on Tuesday.`, '2021-05-05')).toBeNull();
  });
});
