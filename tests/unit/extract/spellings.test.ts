// News spellings of curated places read as those places without a typo review (issue 8, sixth
// blind try: "Nokondi" and "Nimrouz" were typo matches, for review). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th. */
const run = extractOn('2024-10-29');

describe('spellings the news use', () => {
  it.each([
    ['Nokondi', 'Nok Kundi'],
    ['Nok-Kundi', 'Nok Kundi'],
    ['Nimrouz province', 'Nimruz'],
    ['Nimrooz province', 'Nimruz'],
    // forty-fifth try: a Tasnim account of a Taliban clash, a Press TV report of a Kunar airstrike
    ['Doost Mohammad', 'Dūst Moḩammad Khān'],
    ['Sheltan district', 'Shigal District'],
  ])('"%s" is %s, with no typo review', (written, name) => {
    const [p] = run(`Gunmen attacked a border post in ${written} on Monday.`);
    expect(p?.resolved_place).toBe(name);
    expect(p?.reasons.map((r) => r.code)).not.toContain('typo_match');
  });
});
