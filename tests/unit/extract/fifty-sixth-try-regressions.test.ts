// Regressions from the fifty-sixth real-page try (two Nation reports from Dera Ismail Khan), on
// invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../pipeline/extract-readers.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';

const readers = nodeReaders();
/** Published on Tuesday 6 February 2024: Monday is the 5th. */
const run = (text: string) => extractIncidents(text, { published: '2024-02-06' }, readers);
const codes = (p: { reasons: { code: string }[] } | undefined) => p?.reasons.map((r) => r.code);

describe('a post named after a place the gazetteer lacks, beside a town', () => {
  it('"the Daraban police check post here in DI Khan" is held as a fallback', () => {
    // answered at Dera Ismail Khan ±5 km, 61 km from Daraban
    const [p] = run(
      'A policeman was martyred on Monday as terrorists attacked the Daraban police check post here in DI Khan.',
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('fallback_admin');
  });
  it('control: "the Saddar police station in Quetta" is a station of the town', () => {
    const [p] = run(
      'A policeman was martyred on Monday as terrorists attacked the Saddar police station in Quetta.',
    );
    expect(p).toMatchObject({ resolved_place: 'Quetta', status: 'proposed' });
  });
});

describe('a lead naming a place the gazetteer lacks, under a headline naming a town', () => {
  const lead =
    'At least 10 policemen were martyred as terrorists attacked a police station here in Daraban tehsil in the wee hours of Monday.';
  it("takes the headline's town for review, as a fallback", () => {
    // answered at Dera Ismail Khan ±5 km, 65 km from Chaudhwan in Daraban tehsil
    const [p] = run(`10 martyred as terrorists attack police station in DI Khan\n\n${lead}`);
    expect(p?.resolved_place).toBe('Dera Ismail Khan');
    expect(codes(p)).toContain('fallback_admin');
  });
  it("control: a lead naming no place takes the headline's town as its answer", () => {
    const [p] = run(
      '10 martyred as terrorists attack police station in DI Khan\n\nAt least 10 policemen were martyred as terrorists attacked a police station in the wee hours of Monday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Dera Ismail Khan', status: 'proposed' });
  });
});
