// A village far inland, named by an article that names nothing else: "gunmen killed two labourers
// in Dasht" had been settled at Dasht in North Khorasan, 1,000 km from the Dasht of Balochistan
// (a tehsil GeoNames lacks), because with no other place or country in the text the far-from-story
// check had nothing to compare with. The region's borders stand in for the story's. Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-11-24');

describe('a village far from the region, alone in its article', () => {
  it('"in Dasht" is held, not settled in North Khorasan', () => {
    const [p] = run('On Tuesday, gunmen killed two labourers in Dasht.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toEqual(['ambiguous_place']);
    expect(p?.reasons[0]?.message).toMatch(/names no other place or country/);
  });
  it('control: a counted town far inland ("in Qambar", Sindh) stays settled', () => {
    const [p] = run('On Tuesday, gunmen killed two men in Qambar.');
    expect(p).toMatchObject({ resolved_place: 'Kambar', status: 'proposed' });
  });
  it('control: a village near the region\'s borders stays settled ("in Bampur")', () => {
    const [p] = run('On Tuesday, gunmen killed two men in Bampur.');
    expect(p).toMatchObject({ status: 'proposed' });
  });
  it('control: with its country named, the village is the story\'s ("in Dasht, Iran")', () => {
    const [p] = run('On Tuesday, gunmen killed two labourers in Dasht in northern Iran.');
    expect(p?.reasons.map((r) => r.code)).not.toContain('ambiguous_place');
  });
});
