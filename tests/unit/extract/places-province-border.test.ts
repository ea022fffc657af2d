// "The border between Iran's Sistan-Baluchestan province and Afghanistan's Nimroz province": the
// stretch of the international border the two provinces share (built from the province polygons,
// pipeline/province-borders.ts), at `border` precision. Invented sentences.
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/extract/distance.ts';
import { gazetteer, places } from './placeHelpers.ts';

const ZARANJ = { lat: 30.96, lon: 61.86 };

describe('the border between two provinces of different countries', () => {
  it('names the stretch they share, not the first province', () => {
    const r = places(
      "Guards traded fire on the border between Iran's Sistan-Baluchestan province and Afghanistan's Nimroz province.",
    );
    const p = r.event?.resolved;
    expect(p).toMatchObject({ precision: 'border', border_line: 'AF-NM/IR-SB' });
    const line = gazetteer.borders.find((b) => b.id === 'AF-NM/IR-SB');
    expect(p?.uncertainty_km).toBe(Math.round((line?.length_km ?? 0) / 2));
    expect(haversineKm(p?.lat ?? 0, p?.lon ?? 0, ZARANJ.lat, ZARANJ.lon)).toBeLessThan(120);
    expect(r.reviews.map((x) => x.code)).not.toContain('several_places');
  });
  it("works without the countries' possessives, either order", () => {
    const r = places('Troops clashed on the border between Kandahar province and Balochistan.');
    expect(r.event?.resolved?.border_line).toBe('AF-KD/PK-BA');
  });
  it('the stretch is far shorter than the whole border', () => {
    const whole = gazetteer.borders.find((b) => b.id === 'AF-IR');
    const part = gazetteer.borders.find((b) => b.id === 'AF-NM/IR-SB');
    expect(part?.provinces).toEqual(['AF-NM', 'IR-SB']);
    expect(part?.length_km).toBeLessThan((whole?.length_km ?? 0) / 2);
  });
  it('two provinces that share no border are no stretch', () => {
    const r = places('Guards clashed on the border between Sistan-Baluchestan and Herat province.');
    expect(r.event?.resolved?.precision).not.toBe('border');
  });
  it('two provinces of one country are no international stretch', () => {
    const r = places('Police clashed on the border between Balochistan and Sindh province.');
    expect(r.event?.resolved?.precision).not.toBe('border');
  });
});
