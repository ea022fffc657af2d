// A speaker's surname that is also a place, after the quote it closes ("“…,” Tareen said"), is a
// person (placePersons.ts), as is a source "according to Qari Yousuf Tareen". A sweep of 104
// surnames of the region in three speaker frames found 7 proposed as places (Tareen at Tarinkot,
// Shinwari, Khogyani, Alizai, Musakhel, and the tribal districts Mohmand and Orakzai named bare);
// with six more frames, 6 more after "according to"; in five frames naming victims, 11 after a
// rank ("Constable Muhammad Akram Tareen", "Sepoy Zahid Kabuli"). None now. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-05-06');

describe('a surname after a closing quote', () => {
  it('"“…,” Tareen said" is no place', () => {
    const [p] = run('"Gunmen killed three soldiers on Sunday," Tareen said.');
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('"“…,” Mohmand said" (a tribal district named bare) is no place', () => {
    const [p] = run('"Gunmen killed three soldiers on Sunday," Mohmand said.');
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('control: "in Mohmand on Sunday" is Mohmand District', () => {
    const [p] = run('Gunmen killed three soldiers in Mohmand on Sunday, officials said.');
    expect(p?.resolved_place).toBe('Mohmand District');
  });
  it('control: "Mohmand district said" stays a place phrase', () => {
    const [p] = run('Gunmen killed three soldiers on Sunday, police in Mohmand district said.');
    expect(p?.resolved_place).toBe('Mohmand District');
  });
});

describe('a source named after "according to"', () => {
  it('"according to Qari Yousuf Tareen" is no place', () => {
    const [p] = run('Gunmen killed three soldiers on Sunday, according to Qari Yousuf Tareen.');
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('control: "in Mastung …, according to officials" stays Mastung', () => {
    const [p] = run('Gunmen killed three soldiers in Mastung on Sunday, according to officials.');
    expect(p?.resolved_place).toBe('Mastung');
  });
});

describe('a victim named with a rank', () => {
  it('"Constable Muhammad Akram Tareen was martyred" is no place', () => {
    const [p] = run(
      'Constable Muhammad Akram Tareen was martyred on Sunday when gunmen attacked the post.',
    );
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('"Sepoy Zahid Kabuli embraced martyrdom" is not Kabul', () => {
    const [p] = run('Sepoy Zahid Kabuli embraced martyrdom on Sunday during an exchange of fire.');
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('control: "Constable Muhammad Akram was martyred in Turbat" stays Turbat', () => {
    const [p] = run('Constable Muhammad Akram was martyred in Turbat on Sunday.');
    expect(p?.resolved_place).toBe('Turbat');
  });
});
