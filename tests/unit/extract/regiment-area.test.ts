// An Iranian border regiment named after its county ("in Saravan Border Regiment", "in the area of
// Zabol border regiment") is the ground it holds: the county's stretch of frontier, for review.
// A guard or a post "of" the regiment stays the unit, which names no place. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

function one(text: string) {
  const [p] = extractIncidents(text, { published: '2019-05-08' }, readers);
  return p;
}
const codes = (p: ReturnType<typeof one>) => p?.reasons.map((r) => r.code) ?? [];

describe('a border regiment named after a county', () => {
  it('"in Saravan Border Regiment" is Saravan county, for review', () => {
    const p = one(
      'Two border guards were killed on Tuesday in clashes with bandits in Saravan Border Regiment.',
    );
    expect(p?.place).toBe('Saravan Border Regiment');
    expect(p?.resolved_place).toBe('Saravan County');
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('coarse_place');
  });
  it('"in the area of Zabol border regiment" is Zabol county', () => {
    const p = one(
      'Two border guards died in a clash with smugglers in the area of Zabol border regiment on Tuesday.',
    );
    expect(p?.resolved_place).toBe('Zabol County');
    expect(codes(p)).not.toContain('no_place');
  });
  it('soldiers "of Mirjaveh border regiment" are the unit: no place', () => {
    const p = one(
      'Three soldiers of Mirjaveh border regiment were killed in an ambush on Tuesday night.',
    );
    expect(p?.lat).toBeNull();
    expect(codes(p)).toContain('no_place');
  });
  it('"a post of the Saravan Border Regiment" is the unit: no place', () => {
    const p = one(
      'Bandits attacked a post of the Saravan Border Regiment on Tuesday, killing two guards.',
    );
    expect(p?.lat).toBeNull();
  });
});
