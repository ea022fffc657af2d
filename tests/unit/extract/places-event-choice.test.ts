// Which place of a sentence is the event's: landmarks the text measures from, a building of a
// town, a town that is only part of a longer unknown name, a crossing whose sides share a name.
import { describe, expect, it } from 'vitest';
import { TOWN_RADIUS_KM } from '../../../src/core/extract/placeIndex.ts';
import { codes, places } from './placeHelpers.ts';

describe('a landmark the text measures from is not a second place', () => {
  it('"X, the district across the border from the town of Y": X, no competing place', () => {
    const r = places(
      'Shelling hit Spin Boldak, the Afghan district across the border from the Pakistani town of Chaman, on Sunday.',
    );
    expect(r.event?.text).toBe('Spin Boldak');
    expect(codes(r)).not.toContain('several_places');
  });
  it('a landmark is not chosen even when it is the finer place', () => {
    const r = places('Troops clashed in Kech district, 40 km from Turbat, on Monday.');
    expect(r.event?.resolved?.name).toBe('Kech District');
    expect(codes(r)).not.toContain('several_places');
  });
  it('"opposite X" is a landmark', () => {
    const r = places('Guards fired on smugglers at Milak, opposite Zaranj, late on Friday.');
    expect(codes(r)).not.toContain('several_places');
  });
  it('a place named on its own still competes', () => {
    const r = places('Gunmen attacked posts in Turbat and in Panjgur on Monday.');
    expect(codes(r)).toContain('several_places');
  });
  it('a landmark that is the only place is still the place', () => {
    const r = places('A bomb went off 20 km from Turbat on Monday.');
    expect(r.event?.resolved?.name).toBe('Turbat');
  });
});

describe('a building of a town ("Quetta\'s Civil Hospital")', () => {
  it('is in the town, within the town radius, not a fallback', () => {
    const r = places("A bomb went off in Quetta's Civil Hospital on Monday.");
    expect(r.event?.text).toBe("Quetta's Civil Hospital");
    expect(r.event?.resolved).toMatchObject({ name: 'Quetta', uncertainty_km: TOWN_RADIUS_KM });
    expect(codes(r)).not.toContain('fallback_admin');
  });
  it('an unknown area of a district still falls back, flagged', () => {
    const r = places("Soldiers were killed in Kech district's Zarbast sector on Monday.");
    expect(codes(r)).toContain('fallback_admin');
  });
});

describe('a town that is only the last word of a longer unknown name', () => {
  it('"near Pehro Kunri" is not Kunri (Sindh)', () => {
    const r = places('The train stopped at a tunnel near Pehro Kunri on Tuesday.');
    expect(r.mentions.map((m) => m.resolved?.name)).not.toContain('Kunri');
  });
  it('a direction word refines the town rather than naming another place', () => {
    const r = places('A blast hit a market in Central Quetta on Tuesday.');
    expect(r.event?.resolved?.name).toBe('Quetta');
  });
  it('a capitalised word opening the sentence is not part of the name', () => {
    const r = places('Yesterday Quetta was calm after the blast.');
    expect(r.mentions.map((m) => m.resolved?.name)).toContain('Quetta');
  });
});

describe('a crossing whose two sides bear one name', () => {
  it('"the Torkham border crossing" is one place, not two ranking alike', () => {
    const r = places('Forces exchanged fire at the Torkham border crossing on Wednesday.');
    expect(r.event?.resolved?.name).toBe('Torkham crossing');
    expect(codes(r)).not.toContain('ambiguous_place');
  });
});

describe('"the X sector" of a frontier', () => {
  it('is the district X widened to its border area, not the town, and needs review', () => {
    const r = places('A jet shot down a drone in the Panjgur sector of the border on Monday.');
    expect(r.event?.resolved?.name).toBe('Panjgur District');
    expect(r.event?.resolved?.uncertainty_km).toBeGreaterThan(50);
  });
});
