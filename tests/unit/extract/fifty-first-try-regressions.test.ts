// Regressions from the fifty-first real-page try (a Reuters copy datelined "KABUL—", a Caspian
// News report of a kidnapped border guard), on invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Thursday 19 July 2017 (Wednesday the 18th, Monday the 16th). */
const run = extractOn('2017-07-19');

describe('"KABUL—At least …": a dash touching the first word after a city in capitals', () => {
  it('is a dateline, so Kabul is not the scene of an attack in Gardez', () => {
    // Kabul had been proposed, 104 km from Gardez, which the next sentence names
    const [p] = run(
      'KABUL—Gunmen attacked a provincial police headquarters in Afghanistan on Wednesday, officials said.\nThe attack was ongoing in Gardez, the capital of Paktia province, a police official said.',
    );
    expect(p?.resolved_place).toBe('Gardez');
  });
  it('control: "Quetta—Chaman road" opening a line is no dateline', () => {
    const [p] = run('Quetta—Chaman road was blocked after gunmen attacked a bus on Wednesday.');
    expect(p?.place).toMatch(/Quetta/);
  });
});

describe('"adding that the abducted border guard is in good health" points back', () => {
  it("a statement on Monday about an April kidnapping is not proposed as Monday's abduction", () => {
    // "… a border guard kidnapped on the Mirjaveh border," the general said on Monday, adding that
    // the abducted border guard … : proposed as an abduction at Mirjaveh on the Monday
    const list = run(
      'Twelve guards were attacked by terrorists in Mirjaveh on April 26, and another was held captive. Security forces are still searching for the twelfth victim.\n\n“We are in talks to help release Saeed Barati, a border guard kidnapped on the Mirjaveh border,” the general said on Monday, adding that the abducted border guard is in good health.',
    );
    const monday = list.find((p) => p.date === '2017-07-17');
    expect(monday?.status ?? 'none').not.toBe('proposed');
  });
  it('control: "gunmen abducted a border guard in Mirjaveh on Monday" is proposed', () => {
    const [p] = run('Gunmen abducted a border guard in Mirjaveh on Monday.');
    expect(p).toMatchObject({ date: '2017-07-17', status: 'proposed', category: 'abduction' });
  });
});
