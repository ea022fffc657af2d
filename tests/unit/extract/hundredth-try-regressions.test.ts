// Regressions from the hundredth and hundred-first real-page tries, on invented text, with
// controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Saturday 5 May 2012: Friday is the 4th. */
const run = extractOn('2012-05-05');

describe('"since February 17, when 31 people were killed": the day of what the clause tells', () => {
  it('the bombing is dated 17 February, not the stretch up to the report', () => {
    const [p] = run(
      'It was the deadliest bombing in Pakistan since February 17, when 31 people were killed in a suicide attack in Parachinar.',
    );
    expect(p).toMatchObject({ date: '2012-02-17', status: 'proposed' });
    expect(p?.date_end ?? null).toBeNull();
  });
  it('control: "continued … since February 17." is still a stretch, for review', () => {
    const [p] = run('Clashes have continued in Parachinar since February 17.');
    expect(p?.date_end).toBe('2012-05-05');
  });
});

describe('a lead at a district that retells its one detail in a town of it', () => {
  const text =
    'Tribesmen on Saturday buried the victims of Friday’s deadly suicide attack at separate places in Bajaur Agency.\nOffices and markets were closed in the region.\nA teenage suicide bomber blew himself up on Friday in a bustling market in Khar, killing 25 people.';
  it('is one incident at Khar, its excerpt from the lead', () => {
    const list = run(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ resolved_place: 'Khar', excerpt_start: 0 });
  });
  it('control: a detail told apart ("In a separate attack …") leaves the lead standing', () => {
    const list = run(
      'Militants attacked a checkpoint in Bajaur Agency on Friday, killing two soldiers.\nIn a separate attack, a suicide bomber blew himself up on Friday in a market in Khar, killing 25 people.',
    );
    expect(list).toHaveLength(2);
  });
});

describe('days of fixed date and two days each with its weekday', () => {
  it('"kidnapped on New Year’s Day" in a January report is 1 January', () => {
    const [p] = extractOn('2009-01-29')(
      'The engineer was kidnapped in Zaranj on New Year’s Day with four other people.',
    );
    expect(p?.date).toBe('2009-01-01');
  });
  it('"overnight between Friday 29 and Saturday 30 December 2017" is those two days', () => {
    const [p] = extractOn('2017-12-31')(
      'The pipeline blast happened overnight between Friday 29 and Saturday 30 December 2017, near Ahvaz.',
    );
    expect(p).toMatchObject({ date: '2017-12-29', date_end: '2017-12-30', status: 'proposed' });
  });
});

describe('a town whose only namesake lies in a province the article never names', () => {
  const on = extractOn('2021-04-17');
  it('"Bazarak" after "Zinda Jan district of western Herat province" is doubted (Panjshir)', () => {
    const list = on(
      'Three soldiers were killed in a car bomb attack on a check-post in Zinda Jan district of western Herat province on Friday.\nThe governor said an explosives-packed vehicle hit the check-post in Bazarak on Friday.',
    );
    const p = list.find((x) => x.place === 'Bazarak');
    expect(p?.reasons.map((r) => r.code)).toContain('ambiguous_place');
  });
  it('control: a town of Herat itself is not doubted', () => {
    const list = on(
      'Three soldiers were killed in a car bomb attack on a check-post in Zinda Jan district of western Herat province on Friday.\nThe governor said a vehicle hit a check-post in Ghoryan on Friday.',
    );
    const p = list.find((x) => x.excerpt.includes('Ghoryan'));
    expect(p?.reasons.map((r) => r.message).join(' ')).not.toContain('namesake');
  });
});

describe('more words of the hundredth try', () => {
  const on = extractOn('2010-03-13');
  it('"the Taliban assassinated a tribal leader in Peshawar on Saturday" is an attack', () => {
    const [p] = on(
      'Earlier, the Taliban assassinated a pro-government tribal leader in Peshawar on Saturday.',
    );
    expect(p).toMatchObject({ category: 'attack', date: '2010-03-13', resolved_place: 'Peshawar' });
  });
  it('"is the fourth this week" counts attacks; "Today\'s" dates this one', () => {
    const [p] = on(
      "Today's suicide attack in Swat is the fourth this week, after bombings in Lahore and Peshawar.",
    );
    expect(p?.date).toBe('2010-03-13');
    expect(p?.date_end ?? null).toBeNull();
  });
  it('control: "attacked a police post in Swat this week" is the stretch of the week', () => {
    const [p] = on('Militants attacked a police post in Swat this week.');
    expect(p).toMatchObject({ date: '2010-03-08', date_end: '2010-03-13' });
  });
});
