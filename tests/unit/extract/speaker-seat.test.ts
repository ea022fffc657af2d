// Where a speaker stands when telling of an incident is no scene: "the minister, speaking in
// Turbat, said an attack in Kech was foiled" had been settled at Turbat ±5 km (found by probing
// beside the eleventh real-page try). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 6 March 2024: Tuesday is the 5th. */
const run = extractOn('2024-03-06');

describe("a speaker's town", () => {
  it('"speaking in Turbat, said an attack in Kech" is in Kech district, not Turbat', () => {
    const [p] = run(
      'The provincial home minister, speaking in Turbat, said an attack in Kech was foiled on Tuesday.',
    );
    expect(p?.resolved_place).toBe('Kech District');
  });
  it('"told reporters in Quetta that militants killed two guards in Mastung" is at Mastung', () => {
    const [p] = run(
      'The governor told reporters in Quetta that militants killed two guards in Mastung on Tuesday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Mastung', status: 'proposed' });
  });
  it('alone, "speaking in Quetta" is held for review', () => {
    const [p] = run('The governor, speaking in Quetta, said two guards were killed on Tuesday.');
    expect(p?.status).toBe('needs_review');
  });
  it('control: "gunmen speaking Pashto attacked a post in Chaman" is at Chaman', () => {
    const [p] = run(
      'Gunmen speaking Pashto attacked a post in Chaman on Tuesday, killing two guards.',
    );
    expect(p).toMatchObject({ resolved_place: 'Chaman', status: 'proposed' });
  });
});
