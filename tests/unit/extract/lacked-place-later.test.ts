// A settled answer told finer a sentence or two on at a place the gazetteer lacks is sent to
// review (placeNear.ts `lackedPlace`): three of the eighteenth blind try's four wrong answers were
// a district or town centre 30–70 km from the village the next sentences named ("the Raghzai area
// of Malik Shahi", "near Khadi market in Mirali", "the Paroom area of Panjgur district"). And an
// abduction "from a coach going to Gwadar from Karachi" is not at Karachi (placeChecks.ts).
// Invented sentences; published Sunday 24 November 2024.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2024-11-24' }, readers)[0];
const codes = (text: string) => first(text)?.reasons.map((r) => r.code) ?? [];

describe('a finer place the gazetteer lacks, told after a settled answer', () => {
  it('after a district: "planted next to a checkpost in the Raghzai area …" holds it', () => {
    const text =
      'Three Levies men were killed in a blast at a checkpost in North Waziristan on Saturday, officials said.\n\nThe explosives were planted next to a checkpost in the Raghzai area of Malik Shahi.';
    expect(first(text)?.status).toBe('needs_review');
    expect(codes(text)).toContain('fallback_admin');
  });
  it('after a town: the next sentence retelling it "in the Paroom area of Panjgur district"', () => {
    const text =
      'Three soldiers were killed in a clash with militants in the Panjgur area on Saturday.\n\nA spokesman said militants attacked a vehicle on patrol in the Paroom area of Panjgur district.';
    expect(first(text)?.status).toBe('needs_review');
    expect(codes(text)).toContain('fallback_admin');
  });
  it('control: a later name that is no locality ("condemned in Brussels") changes nothing', () => {
    const text =
      'Three soldiers were killed in a blast in Turbat on Saturday, officials said.\n\nThe attack was condemned in Brussels.';
    expect(first(text)?.status).toBe('proposed');
  });
  it('control: without the later sentence the district stays settled', () => {
    const text =
      'Three Levies men were killed in a blast at a checkpost in North Waziristan on Saturday, officials said.';
    expect(first(text)?.status).toBe('proposed');
  });
});

describe('an abduction "from a coach going to X from Y"', () => {
  it('is not at Y, where the coach came from', () => {
    const p = first(
      'Security forces freed on Wednesday 22 passengers who had been kidnapped from a coach going to Gwadar from Karachi.',
    );
    expect(p?.resolved_place === 'Karachi' && p?.status === 'proposed').toBe(false);
  });
  it('control: "kidnapped … from Quetta" is still at Quetta', () => {
    const p = first('Gunmen kidnapped five labourers from Quetta on Wednesday.');
    expect(p?.resolved_place).toBe('Quetta');
  });
});

describe('the review names the place the gazetteer lacks', () => {
  // a twenty-first-try page: the review said 'Mohmand' was unknown, and said it twice
  const TEXT =
    'A bomber was killed in a botched suicide attack on tribesmen in Mohmand Agency on Saturday. Sources said the incident took place in the Danishkol village of the Pindiyali tehsil in Mohmand, when two attackers were stopped.';
  it('names the village, not the district it is said to be in', () => {
    const messages = first(TEXT)?.reasons.map((r) => r.message) ?? [];
    expect(messages.some((m) => m.includes("'Danishkol'"))).toBe(true);
    expect(messages.some((m) => m.includes("('Mohmand')"))).toBe(false);
  });
  it('says it once', () => {
    expect(codes(TEXT).filter((c) => c === 'fallback_admin')).toHaveLength(1);
  });
});

describe('a street or building of the town told next', () => {
  // a twentieth-try page: a blast "in Chaman" held because the next sentence named "Mall Road"
  it('"on Mall Road near the Taj Hotel" is within the town: settled at Chaman', () => {
    const p = first(
      'At least five people were killed in a bomb blast in Chaman on Saturday. The blast took place near the Taj Hotel on Mall Road, police said.',
    );
    expect(p).toMatchObject({ resolved_place: 'Chaman', status: 'proposed' });
  });
  it('control: "near Hazarganji market" may lie out of town: held', () => {
    expect(
      codes(
        'At least five people were killed in a bomb blast in Quetta on Saturday. The blast took place near Hazarganji market, police said.',
      ),
    ).toContain('fallback_admin');
  });
});

describe('a hyphenated name the gazetteer lacks', () => {
  it('the review quotes "Sher-e-Khan Bandar" whole, not "Sher"', () => {
    const messages =
      first(
        'Three soldiers were killed in a blast in Nangarhar province on Saturday. The explosion took place in Sher-e-Khan Bandar area, officials said.',
      )?.reasons.map((r) => r.message) ?? [];
    expect(messages.some((m) => m.includes("('Sher-e-Khan Bandar')"))).toBe(true);
  });
});

describe('a lacked place said to be in a finer division than the lead', () => {
  // a twenty-fourth-try page: the lead stayed "in southern Afghanistan", 426 km off
  const LEAD =
    'A suicide bomber killed 12 people on Saturday in southern Afghanistan, officials said.';
  const NEXT =
    'The suicide bomber blew himself up at a bridge in Kajaki district of Helmand province, the governor said.';
  it('in the next paragraph: placed at Helmand, for review', () => {
    const p = first(`${LEAD}\n\n${NEXT}`);
    expect(p).toMatchObject({ resolved_place: 'Helmand', status: 'needs_review' });
    expect(codes(`${LEAD}\n\n${NEXT}`).filter((c) => c === 'fallback_admin')).toHaveLength(1);
  });
  it('in the same paragraph: placed at Helmand, for review', () => {
    expect(first(`${LEAD} ${NEXT}`)?.resolved_place).toBe('Helmand');
  });
  it('control: a town the next sentence names only as a destination is not taken', () => {
    const text =
      'At least 12 militants were killed in an operation in Lakki Marwat district on Saturday.\n\nForces stopped a vehicle going to Tank from Lakki Marwat in the Shahbaz Khel area.';
    expect(first(text)?.resolved_place).not.toBe('Tank');
  });
});
