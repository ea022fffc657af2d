// A river, valley, dam or pass named after a place is not that place (issue 8, fourth round: "the
// Helmand river" was read as Helmand province and won over the border stretch a real Al Jazeera
// report named). Where along the feature the event happened is not known offline: the sentence
// goes to review saying so. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th. */
const run = extractOn('2024-10-29');

describe('a feature named after a province, a district or a town', () => {
  it('"the Helmand river" is not Helmand province: no place, the river named as the reason', () => {
    const [p] = run('Border guards clashed on the Helmand river on Monday.');
    expect(p).toMatchObject({ status: 'needs_review', place: null, date: '2024-10-28' });
    expect(p!.reasons[0]?.message).toMatch(/"Helmand river" names a river, not the province/);
  });
  it('"the Zhob river" is not the town of Zhob (was proposed at the town within 5 km)', () => {
    const [p] = run('Militants attacked a post on the Zhob river on Monday.');
    expect(p).toMatchObject({ status: 'needs_review', place: null });
  });
  it('"the Kurram valley" is not Kurram district', () => {
    const [p] = run('Militants attacked a post in the Kurram Valley on Monday.');
    expect(p).toMatchObject({ status: 'needs_review', place: null });
    expect(p!.reasons.map((r) => r.message).join(' ')).toMatch(/valley/);
  });
});

describe('what a feature leaves alone', () => {
  it('a town named beside the river is the place, and the river names no province', () => {
    const [p] = run('Border guards clashed near Zaranj on the Helmand river on Monday.');
    expect(p).toMatchObject({ status: 'proposed', place: 'near Zaranj' });
  });
  it('a pass the gazetteer knows by its whole name stays that place', () => {
    const [p] = run('Militants attacked a train in the Bolan Pass on Monday.');
    expect(p?.resolved_place).toBe('Bolan Pass');
  });
  it('the town itself is still the town', () => {
    const [p] = run('Militants attacked a post in Zhob on Monday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Zhob' });
  });
});
