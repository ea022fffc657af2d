// Regressions from the hundred-and-thirty-second to hundred-and-thirty-seventh real-page tries,
// on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 18 December 2013: Tuesday is the 17th. */
const run = extractOn('2013-12-18');

describe('a town described by the capital it neighbours (try 137)', () => {
  it('"in Rawalpindi, a sister city of Pakistan\'s capital Islamabad," is Rawalpindi', () => {
    const [p] = run(
      'Three people were killed when a blast went off near a mosque in Rawalpindi, a sister city of Pakistan’s capital Islamabad, on Tuesday night.',
    );
    expect(p).toMatchObject({ resolved_place: 'Rawalpindi', status: 'proposed' });
  });
  it('control: "in Rawalpindi and Islamabad" is still each of the two', () => {
    const found = run(
      'Three people were killed in blasts in Rawalpindi and Islamabad on Tuesday night.',
    );
    expect(found.map((p) => p.resolved_place)).toEqual(['Rawalpindi', 'Islamabad']);
  });
});

describe('incident words (try 136)', () => {
  it('"were injured in firing" is an attack', () => {
    const [p] = run('Seven people were injured in firing in Kurram on Tuesday.');
    expect(p).toMatchObject({
      category: 'attack',
      resolved_place: 'Kurram District',
      status: 'proposed',
    });
  });
  it('"drones targeted fighters" is an attack', () => {
    const [p] = run('On Tuesday evening drones targeted fighters in Spin Boldak.');
    expect(p?.category).toBe('attack');
  });
});
