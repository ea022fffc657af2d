// Pakistan's divisions (issue 8, left from the fourteenth try): "Makran Division" had resolved to
// Mākrān, a town in northern Iran, proposed as the scene, and "Commissioner Makran Division" was a
// rival to the town the attack was in. A division holds several districts: named after a town, it
// is placed there for review with a division's reach; a title before it makes it an office.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-11-24');
const codes = (text: string) => run(text)[0]?.reasons.map((r) => r.code);

describe('a named division', () => {
  it('"the Makran Division" is no town of Iran', () => {
    const [p] = run('On Tuesday, gunmen killed two labourers in the Makran Division.');
    expect(p?.country ?? null).not.toBe('IR');
    expect(p?.status).toBe('needs_review');
  });
  it('"Quetta Division" is placed at Quetta with a division\'s reach, for review', () => {
    const [p] = run('On Tuesday, gunmen killed two labourers in Quetta Division.');
    expect([p?.resolved_place, p?.uncertainty_km, p?.status]).toEqual([
      'Quetta',
      150,
      'needs_review',
    ]);
    expect(codes('On Tuesday, gunmen killed two labourers in Quetta Division.')).toEqual([
      'coarse_place',
    ]);
  });
  it('"on the Makran coast" is no village of Mazandaran, 1,300 km away: held, Makran a candidate', () => {
    const [p] = run('On Tuesday, gunmen killed two labourers on the Makran coast.');
    expect(p?.status).toBe('needs_review');
    expect(p?.country ?? null).not.toBe('IR');
    expect(p?.candidates.map((c) => c.name)).toContain('Makran');
  });
  it('"Makran Division" is the curated Makran with its reach', () => {
    const [p] = run('On Tuesday, gunmen killed two labourers in the Makran Division.');
    expect([p?.resolved_place, p?.uncertainty_km]).toEqual(['Makran', 281]);
  });
  it('control: the town named beside its division stays the town', () => {
    const [p] = run('On Tuesday, gunmen killed two labourers in Zhob, in the Zhob division.');
    expect([p?.resolved_place, p?.uncertainty_km, p?.status]).toEqual(['Zhob', 5, 'proposed']);
  });
});

describe('an office named after its division', () => {
  it('"Commissioner Makran Division said" is no rival to the town of the attack', () => {
    const text =
      'On Tuesday, gunmen killed two labourers in Turbat, Commissioner Makran Division said.';
    const [p] = run(text);
    expect([p?.resolved_place, p?.status]).toEqual(['Turbat', 'proposed']);
  });
  it('control: "Deputy Commissioner Kech District" is no rival either', () => {
    const text =
      'On Tuesday, gunmen killed two labourers in Turbat, Deputy Commissioner Kech District said.';
    expect(run(text)[0]?.status).toBe('proposed');
  });
  it('control: "in Kech District, officials said" is still the district', () => {
    const [p] = run('On Tuesday, gunmen killed two labourers in Kech District, officials said.');
    expect(p?.resolved_place).toBe('Kech District');
  });
});
