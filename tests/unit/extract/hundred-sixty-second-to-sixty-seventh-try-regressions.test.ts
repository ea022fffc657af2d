// Regressions from the hundred-and-sixty-second to hundred-and-sixty-seventh real-page tries (and
// try 156's summary lead, left at stop 39), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('a quarter or area of a town (try 156)', () => {
  it('"in Satellite Town area of Turbat" is Turbat, not anywhere in its district', () => {
    const [p] = run('Gunmen shot dead a shopkeeper in Satellite Town area of Turbat on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Turbat', date: '2019-08-18' });
    expect(p?.uncertainty_km).toBeLessThanOrEqual(20);
  });
  it('"in Gormakan area of Panjgur town" is the town the text names', () => {
    const [p] = run(
      'Armed men opened fire on a teacher in Gormakan area of Panjgur town on Sunday.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Panjgur' });
    expect(p?.uncertainty_km).toBeLessThanOrEqual(20);
  });
  it('control: "in the Hoshab area of Kech district" still falls back to the district', () => {
    const [p] = run(
      'Armed men opened fire on a teacher in the Hoshab area of Kech district on Sunday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
  it('control: "in Mashkay area of Awaran" is anywhere in the district', () => {
    const [p] = run('A convoy was ambushed in Mashkay area of Awaran on Sunday.');
    expect(p?.status).toBe('needs_review');
  });
});

describe('a lead listing two places, then an incident at each (try 156)', () => {
  const lead =
    'TURBAT: Two people were shot dead by unknown gunmen in Turbat and Panjgur on Sunday.';
  const first =
    'A trader, Rahim Bakhsh, was shot dead by armed men in Satellite Town area of Turbat.';
  const second =
    'In another firing incident, armed motorcyclists opened fire on a labourer in Chitkan area of Panjgur town in the evening.';
  const article = `${lead}\n${first} He was taken to hospital.\n${second}`;
  it('each detail is proposed from its own sentence, dated by the lead', () => {
    const ps = run(article);
    const at = (place: string) => ps.find((p) => p.resolved_place === place);
    expect(at('Turbat')).toMatchObject({ status: 'proposed', date: '2019-08-18' });
    expect(at('Turbat')?.excerpt).toContain('Satellite Town');
    expect(at('Panjgur')).toMatchObject({ status: 'proposed', date: '2019-08-18' });
    expect(at('Panjgur')?.excerpt).toContain('Chitkan');
  });
  it('the lead is not proposed a second time beside its details', () => {
    expect(run(article).filter((p) => p.status === 'proposed')).toHaveLength(2);
  });
  it("control: a detail at a third town does not take the listed lead's day", () => {
    const ps = run(`${lead}\nArmed men shot dead a driver in Gwadar.`);
    expect(ps.find((p) => p.resolved_place === 'Gwadar')?.date ?? null).toBeNull();
  });
  it('control: without details, the lead is proposed at both places', () => {
    const ps = run(lead).filter((p) => p.status === 'proposed');
    expect(ps.map((p) => p.resolved_place).sort()).toEqual(['Panjgur', 'Turbat']);
  });
});
