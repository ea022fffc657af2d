// A service named after its route ("Quetta-Karachi passenger bus") runs along the road between the
// two towns: neither town is where it happened (placeCombine.ts). A twenty-fifth-try page had a
// bus attacked "near Mastung" placed at Quetta, the first town of the route, and titled an
// abduction though its passengers were killed (events.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { places } from './placeHelpers.ts';
import { readers } from './extractHelpers.ts';

describe('a bus or convoy named after its route', () => {
  it('"forced passengers off Quetta-Karachi passenger bus near Mastung" is near Mastung', () => {
    const r = places(
      'Armed men forced passengers off Quetta-Karachi passenger bus near Mastung on Friday.',
    );
    expect(r.event?.resolved?.name).toBe('Mastung');
  });
  it('"attacked a Quetta-Karachi bus" alone is the road between them, not Quetta', () => {
    const r = places('Gunmen attacked a Quetta-Karachi bus on Friday.');
    expect(r.event?.resolved?.road).toBe(true);
  });
  it('control: "the Quetta-Karachi highway" is still the road', () => {
    const r = places('Gunmen attacked a bus on the Quetta-Karachi highway on Friday.');
    expect(r.event?.text).toBe('the Quetta-Karachi highway');
  });
});

describe('passengers killed after they were forced off a bus', () => {
  const run = (text: string) => extractIncidents(text, { published: '2015-05-30' }, readers)[0];
  it('is a killing (attack), not an abduction', () => {
    const p = run(
      'At least 19 passengers were killed when armed men forced passengers off a bus near Mastung on Friday evening.',
    );
    expect(p).toMatchObject({ category: 'attack', status: 'proposed' });
  });
  it('control: passengers forced off a bus and taken away are an abduction', () => {
    const p = run('Armed men forced 25 passengers off a bus near Mastung on Friday evening.');
    expect(p?.category).toBe('abduction');
  });
});
