// Story time: a detail paragraph with no date of its own inherits the day of the dated lead
// before it, only when it reports the same kind of event at another place, soon after, and
// nothing marks it as background.
import { describe, expect, it } from 'vitest';
import { anchorable, extractIncidents } from '../../../src/core/extract/extract.ts';
import { fakeReaders, town, type FakePlace } from './doubles.ts';

const PUB = { published: '2024-01-31', articleId: 'story' };
const onWednesday = { date: '2024-01-31' };
const PLACES: Record<string, FakePlace> = {
  Balochistan: {
    resolved: { ...town('Balochistan', 28.5, 65.5), precision: 'province', uncertainty_km: 300 },
  },
  Panjgur: { resolved: town('Panjgur', 26.96, 64.09) },
  Mach: { resolved: town('Mach', 29.86, 67.33) },
  Turbat: { resolved: town('Turbat', 26.0, 63.05) },
};

function run(text: string) {
  return extractIncidents(text, PUB, fakeReaders({ 'late on Wednesday': onWednesday }, PLACES));
}

describe('a detail paragraph inherits the dated lead', () => {
  it('takes the lead day, with the lead phrase as basis, at its own place', () => {
    const text =
      'Militants attacked two camps in Turbat late on Wednesday.\nIn Panjgur, the militants attacked a camp from three sides.';
    const list = run(text);
    const panjgur = list.find((p) => p.place === 'Panjgur');
    expect(panjgur).toMatchObject({ date: '2024-01-31', date_basis: 'late on Wednesday' });
  });
  it('does not inherit at the lead place (a retelling of the lead)', () => {
    const text =
      'Militants attacked a camp in Turbat late on Wednesday.\nIn Turbat, the militants attacked the camp from three sides.';
    expect(run(text)).toHaveLength(1);
  });
  it('does not inherit when the detail names no place', () => {
    const text =
      'Militants attacked a camp in Turbat late on Wednesday.\nThe militants attacked the gate first.';
    expect(run(text).filter((p) => p.date !== null)).toHaveLength(1);
  });
  it('does not inherit a perfect tense (background)', () => {
    const text =
      'Militants attacked a camp in Turbat late on Wednesday.\nMilitants have attacked a camp in Panjgur.';
    expect(run(text).find((p) => p.place === 'Panjgur')?.date ?? null).toBeNull();
  });
  it('does not inherit "a similar attack"', () => {
    const text =
      'Militants attacked a camp in Turbat late on Wednesday.\nA similar attack hit a camp in Panjgur.';
    expect(run(text).find((p) => p.place === 'Panjgur')?.date ?? null).toBeNull();
  });
  it('does not inherit beyond three sentences', () => {
    const text =
      'Militants attacked a camp in Turbat late on Wednesday. Officials met. Roads closed. Schools shut.\nMilitants attacked a camp in Panjgur.';
    expect(run(text).find((p) => p.place === 'Panjgur')?.date ?? null).toBeNull();
  });
  it('does not inherit a range or a month', () => {
    const text =
      'Militants attacked a camp in Turbat in January.\nIn Panjgur, militants attacked a camp.';
    const list = extractIncidents(
      text,
      PUB,
      fakeReaders(
        { 'in January': { date: '2024-01-01', date_end: '2024-01-31', precision: 'month' } },
        PLACES,
      ),
    );
    expect(list.find((p) => p.place === 'Panjgur')?.date ?? null).toBeNull();
  });
  it('folds a province-wide lead into the dated details inside that province', () => {
    const text =
      'Militants attacked two camps in Balochistan late on Wednesday.\nIn Panjgur, the militants attacked a camp.\nIn Mach, the militants attacked a camp.';
    const list = run(text);
    expect(list.map((p) => p.place)).toEqual(['Panjgur', 'Mach']);
  });
});

describe('what later phrases may hang on', () => {
  it('a day and a month are anchors; "years ago" is not', () => {
    const m = (date: string, date_end?: string) => ({
      text: 'x',
      span: { start: 0, end: 1 },
      date,
      ...(date_end ? { date_end } : {}),
      precision: 'day' as const,
      basis: 'publication' as const,
      reviews: [],
    });
    expect(anchorable(m('2024-01-31'))).toBe(true);
    expect(anchorable(m('2024-01-01', '2024-01-31'))).toBe(true);
    expect(anchorable(m('2013-04-17', '2020-04-17'))).toBe(false);
  });
  it('"the same night" after a "years ago" sentence hangs on the last dated day', () => {
    const text =
      'Jets bombed a village in Turbat late on Wednesday.\nFamilies had fled years ago, after raids.\nSix more were killed the same night in Panjgur.';
    const list = extractIncidents(
      text,
      PUB,
      fakeReaders(
        {
          'late on Wednesday': onWednesday,
          'years ago': { date: '2017-01-31', date_end: '2023-01-31', precision: 'range' },
          'the same night': { afterPrevious: 0 },
        },
        PLACES,
      ),
    );
    expect(list.find((p) => p.place === 'Panjgur')?.date).toBe('2024-01-31');
  });
});

describe('which leads sum up a story', () => {
  it('a detail inherits an overnight lead (one night, two days)', () => {
    const text =
      'Militants attacked bases in two towns of Balochistan overnight.\nIn Panjgur, gunmen attacked the police base.';
    const list = extractIncidents(
      text,
      PUB,
      fakeReaders(
        { overnight: { date: '2024-01-30', date_end: '2024-01-31', precision: 'range' } },
        PLACES,
      ),
    );
    expect(list.find((p) => p.place === 'Panjgur')).toMatchObject({
      date: '2024-01-30',
      date_end: '2024-01-31',
      date_basis: 'overnight',
    });
  });
  it('a lead at one town reporting one attack: a detail elsewhere retells it, no date', () => {
    const text =
      'A car bomb hit a bus in Turbat late on Wednesday.\nIn Panjgur, the attackers attacked the bus from a car.';
    expect(run(text).find((p) => p.place === 'Panjgur')?.date ?? null).toBeNull();
  });
  it('a same-day detail of a summing-up lead keeps its area for the next detail', () => {
    const text =
      'Two bombs hit offices in Balochistan late on Wednesday.\nA second blast late on Wednesday hit an office in Panjgur.\nIn Mach, gunmen attacked a candidate.';
    expect(run(text).find((p) => p.place === 'Mach')?.date).toBe('2024-01-31');
  });
  it('a perfect tense after a trailing attribution is reported speech, not background', () => {
    const text =
      'Militants attacked two camps in Balochistan late on Wednesday.\nIn Panjgur, gunmen attacked the base, a minister told television, adding that they had failed.';
    expect(run(text).find((p) => p.place === 'Panjgur')?.date).toBe('2024-01-31');
  });
  it('an opening attribution with a perfect tense stays background', () => {
    const text =
      'Militants attacked two camps in Balochistan late on Wednesday.\nA source said the army had attacked a camp in Panjgur.';
    expect(run(text).find((p) => p.place === 'Panjgur')?.date ?? null).toBeNull();
  });
});
