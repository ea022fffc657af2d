// A place the gazetteer lacks, located by a sentence of its own ("Lulakdan is located 150
// kilometers southeast of Zahedan", a seventeenth-try page): the incidents at that name take the
// place it gives (placeDefined.ts). Invented sentences; published Sunday 24 November 2024.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/extract/distance.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2024-11-24' }, readers)[0];
const TURBAT = { lat: 26.0012, lon: 63.0485 };
const LEAD =
  'Militants attacked a checkpost in Pidarak in Kech district on Tuesday, killing two soldiers.';

describe('a place located by a sentence of its own', () => {
  it('"Pidarak lies some 35 km south-east of Turbat": the incident at Pidarak is there, settled', () => {
    const text = `${LEAD} Pidarak lies some 35 km south-east of Turbat.`;
    const p = first(text);
    expect(p?.status).toBe('proposed');
    expect(p?.resolved_place).toBe('Pidarak (a point 35 km south-east of Turbat)');
    expect(haversineKm(TURBAT.lat, TURBAT.lon, p?.lat as number, p?.lon as number)).toBeCloseTo(
      35,
      0,
    );
    expect(p?.uncertainty_km).toBeLessThanOrEqual(25);
    expect(text.slice(p?.place_span?.start, p?.place_span?.end)).toBe('Pidarak');
    // the sentence that locates it is part of the excerpt the incident rests on
    expect(p?.excerpt).toBe(text);
  });
  it('a locating sentence far from the incident is quoted in a review', () => {
    const filler = ' The district has seen years of unrest, and its roads are poor.'.repeat(6);
    const text = `Pidarak lies some 35 km south-east of Turbat.${filler} ${LEAD}`;
    const p = first(text);
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toContain(
      'Pidarak lies some 35 km south-east of Turbat.',
    );
    expect(p?.excerpt).toBe(LEAD);
  });
  it('far from its landmark, the point is for review, saying why', () => {
    const p = first(
      'Gunmen abducted 14 guards in the Lulakdan area on Tuesday. Lulakdan is located 150 kilometers southeast of Zahedan.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toContain(
      '150 kilometers southeast of Zahedan',
    );
  });
  it('control: without the sentence, Pidarak is only its district, for review', () => {
    const p = first(LEAD);
    expect(p?.resolved_place).toBe('Kech District');
    expect(p?.status).toBe('needs_review');
  });
});

describe('a place located in passing ("in Pir Koh area some 15 Km North of Dera Bugti")', () => {
  // a twenty-fourth-try page (PPI): the lead had no place, the detail was drafted apart
  const TEXT =
    'DERA BUGTI Nov 24 (PPI): Miscreants blew up a gas pipeline in Pir Koh area Saturday-Sunday night.\nAccording to details terrorists planted explosive device with the pipeline in Pir Koh area some 15 Km North of Dera Bugti last night. It blew up the pipeline.';
  const run = () => extractIncidents(TEXT, { published: '2024-11-24' }, readers);
  it('places the lead at that point, with the locating sentence in its excerpt', () => {
    const [p] = run();
    expect(p).toMatchObject({ place: 'Pir Koh', date: '2024-11-23', date_end: '2024-11-24' });
    expect(p?.excerpt).toContain('15 Km North of Dera Bugti');
  });
  it("drops the locating sentence's own draft of the same night", () => {
    expect(run()).toHaveLength(1);
  });
  it('"planted explosive device" is a bombing', () => {
    const p = first(
      'Terrorists planted an explosive device near a gas pipeline in Turbat on Friday.',
    );
    expect(p?.category).toBe('attack');
  });
});
