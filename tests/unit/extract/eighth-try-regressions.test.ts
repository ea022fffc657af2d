// Regressions from the eighth real-page try (four confident answers that were wrong), on invented
// sentences: a compass word puts a name in a part of its country; the article's other provinces
// do not silently swap a well-known place for a hamlet; "X district of Y" is in the province Y;
// a unit named after its seat is not the scene; "a day before the attack on Monday" counts from
// that Monday. Each with a control that must not fire.
import { describe, expect, it } from 'vitest';
import { compassAround } from '../../../src/core/extract/placeCompass.ts';
import { codes, extractOn } from './extractHelpers.ts';

/** Published on Tuesday 20 December 2022: "Monday" is the 19th. */
const run = extractOn('2022-12-20');
const SISTAN = ' It came days after militants killed five guards in Sistan-Baluchestan province.';

describe('compass words around a name', () => {
  it('reads "the southwestern Iranian city of" before it', () => {
    const t = 'in the southwestern Iranian city of Abadan';
    expect(compassAround(t, t.indexOf('Abadan'), t.length)).toMatchObject({
      ns: 'south',
      ew: 'west',
    });
  });
  it('reads ", in south-eastern Iran" after it', () => {
    const t = 'in Saravan, in south-eastern Iran';
    expect(compassAround(t, 3, 10)).toMatchObject({ ns: 'south', ew: 'east' });
  });
  it('control: "South Waziristan" is a name, not a compass word before "Waziristan"', () => {
    const t = 'in South Waziristan';
    expect(compassAround(t, t.indexOf('Waziristan'), t.length)).toBeNull();
  });
});

describe('a compass word picks the namesake in that part of the country', () => {
  it('"the southwestern Iranian city of Abadan" is the city in Khuzestan, settled', () => {
    const [p] = run(
      `Gunmen shot dead two policemen on Monday in the southwestern Iranian city of Abadan.${SISTAN}`,
    );
    expect(p).toMatchObject({ admin1: 'Khuzestan', status: 'proposed' });
  });
  it('control: a bare "Abadan" in an article about Sistan-Baluchestan goes to review', () => {
    const [p] = run(`Gunmen shot dead two policemen on Monday in Abadan.${SISTAN}`);
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('ambiguous_place');
    expect(p?.candidates.map((c) => c.admin1)).toContain('Khuzestan');
  });
  it('control: a bare "Abadan" alone is the well-known city', () => {
    const [p] = run('Gunmen shot dead two policemen on Monday in Abadan.');
    expect(p).toMatchObject({ admin1: 'Khuzestan', status: 'proposed' });
  });
});

describe('"X district of Y": the district X, in the province Y', () => {
  it('"Spin Boldak district of Kandahar" is Spin Boldak, never Kandahar city', () => {
    const [p] = run('A bomb killed three policemen on Monday in Spin Boldak district of Kandahar.');
    expect(p?.place).toBe('Spin Boldak district');
    expect(p?.lon).toBeCloseTo(66.4, 1);
  });
  it('an unknown district of Kandahar is the province, for review', () => {
    const [p] = run('A bomb killed three policemen on Monday in Maruf district of Kandahar.');
    expect(p).toMatchObject({ place_precision: 'province', status: 'needs_review' });
  });
  it('control: "the district of Kandahar" is still the district', () => {
    const [p] = run('A bomb killed three policemen on Monday in the district of Kandahar.');
    expect(p?.place_precision).toBe('county');
  });
});

describe("a force's unit named after its seat is not the scene", () => {
  it('"officers of the Saravan Border Regiment … in the village of X in Saravan County"', () => {
    const [p] = run(
      'A guard was wounded on Monday when officers of the Saravan Border Regiment were attacked near the village of Gorbandar in Saravan County.',
    );
    expect(p).toMatchObject({ place_precision: 'county', status: 'needs_review' });
    expect(codes(p)).toContain('fallback_admin');
  });
  it('control: "in Saravan" without a unit is the town', () => {
    const [p] = run('A guard was wounded on Monday when militants attacked a post in Saravan.');
    expect(p).toMatchObject({ place_precision: 'town', status: 'proposed' });
  });
});

describe('"a day before the attack on Monday" counts from that Monday', () => {
  it('is the Sunday', () => {
    const [p] = run(
      'Just a day prior to the killings on Monday, police said they had arrested five smugglers in Zahedan.',
    );
    expect(p?.date).toBe('2022-12-18');
  });
  it('control: "on Monday, two days after the attack" is the Monday', () => {
    const [p] = run(
      'Police arrested five smugglers in Zahedan on Monday, two days after the attack.',
    );
    expect(p?.date).toBe('2022-12-19');
  });
});

describe('a step counted in months names no day', () => {
  it('"came two months after a rocket attack in Khyber" is for review', () => {
    const [, p] = run(
      'Militants attacked a checkpoint in Khyber district on Monday. The attack came two months after a rocket attack on a post in Khyber district killed four soldiers.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/counts in months/);
  });
  it('control: "two days after" is still a day', () => {
    const [, p] = run(
      'Militants attacked a checkpoint in Khyber district on Saturday. Two days after the attack, police arrested five men in Landi Kotal.',
    );
    expect(p?.date).toBe('2022-12-19');
  });
});

describe('a plural division word names more than one division', () => {
  it('"landed in Shegal and Dangam districts" is for review, at district precision', () => {
    const [p] = run(
      'On Monday, 70 rockets fired from Pakistan landed in Shegal and Dangam districts.',
    );
    expect(p).toMatchObject({ place_precision: 'county', status: 'needs_review' });
    expect(p?.reasons.map((r) => r.code)).toContain('several_places');
  });
  it('control: "in Dangam district" names one division', () => {
    const [p] = run('On Monday, 70 rockets fired from Pakistan landed in Dangam district.');
    expect(p?.reasons.map((r) => r.code)).not.toContain('several_places');
  });
});

describe('"since September" is a stretch up to the report, not an event\'s day', () => {
  it('"had been hospitalized in Mashhad since September" is for review', () => {
    const [p] = run(
      'A border guard wounded in a clash had been hospitalized in Mashhad since September, the commander said.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/what lasted/);
  });
  it('control: "since Sunday" (two days) is still an answer', () => {
    const [p] = run('Militants have attacked three border posts in Saravan since Sunday.');
    expect(p?.reasons.map((r) => r.message).join(' ')).not.toMatch(/what lasted/);
  });
});

describe('an officer\'s title "of" a town names the office\'s seat, not the scene', () => {
  it('"the assistant commissioner of the border town of Mirjaveh said the attack took place …"', () => {
    const [p] = run(
      'Gunmen killed three border guards on Monday, officials said. The assistant commissioner of the border town of Mirjaveh said the attack took place near the border.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.place).not.toBe('Mirjaveh');
  });
  it('control: "the attack took place in Mirjaveh" places it there', () => {
    const [p] = run(
      'Gunmen killed three border guards on Monday, officials said. The attack took place in Mirjaveh, the assistant commissioner said.',
    );
    expect(p).toMatchObject({ place: 'Mirjaveh', status: 'proposed' });
  });
});
