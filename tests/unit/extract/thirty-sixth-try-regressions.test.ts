// Regressions from the thirty-sixth real-page try, on invented text. A source label above the
// dateline ("IRNA - Islamic Republic News Agency") was taken for the dateline, so the real one
// below it ("Islamabad, Sept 29,IRNA --") was not read and its lead was proposed at Islamabad,
// 320–360 km from the tribal region it told of (dateline.ts). An official's given name ("Bahram
// Haqmal, a provincial official said") was read as Bahrām in Iran (placePersons.ts), and "the
// Panjgur deputy commissioner" (the victim's office) as the scene of his killing (placeRoles.ts).
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const LEAD =
  'Islamabad, Sept 29,IRNA -- Violence gripped the tribal region on Thursday as gunmen shot dead five militiamen.';

describe('a source label above the dateline', () => {
  it('"IRNA - Islamic Republic News Agency" gives way to "Islamabad, Sept 29,IRNA --"', () => {
    const text = `Violence grips tribal region\n\nIRNA - Islamic Republic News Agency\n\n${LEAD}`;
    expect(findDateline(text, '2005-09-29')).toMatchObject({
      place: 'Islamabad',
      date: '2005-09-29',
    });
  });
  it('control: "IRNA - Five militiamen were shot dead …" is the agency\'s dateline', () => {
    const text =
      'IRNA - Five militiamen were shot dead in the tribal region on Thursday, officials said.';
    expect(findDateline(text, '2005-09-29')).toMatchObject({ place: null });
  });
  it("control: a label with no dateline below stays the agency's", () => {
    const text =
      'IRNA - Islamic Republic News Agency\n\nFive militiamen were shot dead on Thursday.';
    expect(findDateline(text, '2005-09-29')).toMatchObject({ place: null });
  });
});

describe('officials named in the sentence', () => {
  const run = (text: string) => extractIncidents(text, { published: '2020-01-01' }, readers);
  it('"…, Bahram Haqmal, a provincial official said" is no place (Bahrām is in Iran)', () => {
    const [p] = run(
      'A roadside bomb killed five policemen on Tuesday in the Kang district, Bahram Haqmal, a provincial official said.',
    );
    expect(p?.resolved_place).toBe('Kang District');
  });
  it('"The Panjgur deputy commissioner was killed" names his office, not the scene', () => {
    const [p] = run(
      'The Panjgur deputy commissioner was killed in an attack on Monday, according to officials.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('control: "Gunmen killed the Kech deputy commissioner in Turbat" is Turbat', () => {
    const [p] = run('Gunmen killed the Kech deputy commissioner in Turbat on Monday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Turbat' });
  });
});
