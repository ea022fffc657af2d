// Rules that turn abstentions of the fifth real-page trial (issue 8) into answers where the text
// settles date and place, each told here in invented sentences, with a control that stays in
// review.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { splitSentences } from '../../../src/core/extract/sentences.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th, "Saturday" the 26th. */
const run = extractOn('2024-10-29');

describe('a weekday standing as the adjective of a report dates the report', () => {
  it('"The Tuesday statement said … on Monday night" is Monday\'s incident, settled', () => {
    const [p] = run(
      'The Tuesday statement said that gunmen attacked a checkpoint in Mirjaveh on Monday night.',
    );
    expect(p).toMatchObject({ date: '2024-10-28', resolved_place: 'Mīrjāveh', status: 'proposed' });
  });
  it('"Sunday\'s report" gives way to "on Saturday"', () => {
    const [p] = run("Sunday's report said gunmen attacked a checkpoint in Mirjaveh on Saturday.");
    expect(p).toMatchObject({ date: '2024-10-26', status: 'proposed' });
  });
  it("control: a weekday before an incident noun is not a report's, two days stay in review", () => {
    const [p] = run('The Tuesday ambush in Mirjaveh followed a raid on Monday night.');
    expect(p?.status).toBe('needs_review');
  });
});

describe('"the clash took place" tells the incident\'s own date and place', () => {
  it('"The raid on October 26 took place in Saravan" is settled', () => {
    const [p] = run('The raid on October 26 took place in Saravan, officials said.');
    expect(p).toMatchObject({ date: '2024-10-26', resolved_place: 'Sarāvān', status: 'proposed' });
  });
  it('"Officials said the ambush happened in Saravan on Monday" is settled', () => {
    const [p] = run('Officials said the ambush happened in Saravan on Monday.');
    expect(p).toMatchObject({ date: '2024-10-28', status: 'proposed' });
  });
  it('control: "the victims of the attack were buried" still points back, for review', () => {
    const [p] = run('The victims of the attack were buried in Saravan on Monday.');
    expect(p?.status).toBe('needs_review');
  });
  it('control: a funeral that "took place" after the attack is not the attack', () => {
    const [p] = run('A funeral for those lost in the attack took place in Saravan on Monday.');
    expect(p?.status).not.toBe('proposed');
  });
});

describe('"Saturday-Sunday night" is one night, not two dates', () => {
  it('gives the Saturday through the Sunday, settled', () => {
    const [p] = run('Gunmen attacked a border post in Chaman during the Saturday-Sunday night.');
    expect(p).toMatchObject({
      date: '2024-10-26',
      date_end: '2024-10-27',
      status: 'proposed',
    });
  });
  it('control: "Friday-Sunday night" (days not in a row) stays two dates, for review', () => {
    const [p] = run('Gunmen attacked a border post in Chaman during the Friday-Sunday night.');
    expect(p?.status).toBe('needs_review');
  });
});

describe('a hyphenated pair of countries before a noun names the parties, not a place', () => {
  it('"the Pak-Iran officials … met in Gwadar" is one place, settled', () => {
    const [p] = run('The Pak-Iran officials on Saturday held a border meeting in Gwadar.');
    expect(p).toMatchObject({ resolved_place: 'Gwadar', status: 'proposed' });
  });
  it('"the Iran-Pakistan joint commission" is no second place', () => {
    const [p] = run('The Iran-Pakistan joint commission on Saturday held a meeting in Gwadar.');
    expect(p).toMatchObject({ resolved_place: 'Gwadar', status: 'proposed' });
  });
  it('control: "across the Pak-Iran border into Gwadar" still names the border, for review', () => {
    const [p] = run(
      'Guards on Saturday fired mortar shells across the Pak-Iran border into Gwadar.',
    );
    expect(p?.status).toBe('needs_review');
  });
});

describe('datelines and sentences of pages that lost their spacing', () => {
  it('"Kabul, Oct 28, — …" (a comma before the dash) is a dateline', () => {
    const d = findDateline('Kabul, Oct 28, — Officials met on Monday.', '2024-10-29');
    expect(d).toMatchObject({ place: 'Kabul', date: '2024-10-28' });
  });
  it('control: "Kabul, the capital, — …" with no date is no dateline', () => {
    expect(findDateline('Kabul, the capital, — officials met on Monday.', '2024-10-29')).toBeNull();
  });
  it('"the commission.The ceremony" is two sentences', () => {
    const text = 'Officials met at the commission.The ceremony was held later.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Officials met at the commission.',
      'The ceremony was held later.',
    ]);
  });
  it('control: "U.S.Army", "Gen.Raheel" and "dawn.com" stay whole', () => {
    for (const text of ['The U.S.Army said so.', 'Gen.Raheel Sharif spoke.', 'Read dawn.com now.'])
      expect(splitSentences(text)).toHaveLength(1);
  });
});

describe('"the session of the joint commission opened" is a meeting', () => {
  it('"The fifth session of the joint border commission opened Monday in Quetta" is settled', () => {
    const [p] = run('The fifth session of the joint border commission opened Monday in Quetta.');
    expect(p).toMatchObject({
      category: 'diplomacy',
      date: '2024-10-28',
      resolved_place: 'Quetta',
      status: 'proposed',
    });
  });
  it('control: a session that will open next week is a plan, not proposed', () => {
    const ps = run(
      'The next session of the joint border commission will open next week in Quetta.',
    );
    expect(ps.filter((p) => p.status === 'proposed')).toEqual([]);
  });
  it('control: "a session of the provincial assembly" is no meeting of the two sides', () => {
    expect(run('A session of the provincial assembly opened Monday in Quetta.')).toEqual([]);
  });
});

describe('a detail right after an undated lead that only says when it happened', () => {
  const lead =
    'Eleven soldiers were killed in an ambush by gunmen in Kurram district, officials said.';
  it('"The attack, which occurred on Tuesday, involved …" dates the lead, settled', () => {
    const [p] = run(`${lead} The attack, which occurred on Monday, involved roadside bombs.`);
    expect(p).toMatchObject({
      date: '2024-10-28',
      resolved_place: 'Kurram District',
      status: 'proposed',
    });
  });
  it('control: "… during the attack on Monday night" may date something else, for review', () => {
    const [p] = run(`${lead} Two more were wounded during the attack on Monday night.`);
    expect(p).toMatchObject({ date: '2024-10-28', status: 'needs_review' });
  });
  it('control: a paragraph in between leaves the join for review', () => {
    const [p] = run(
      `${lead}\n\nThe army has fenced most of the frontier since 2017.\n\nThe attack, which occurred on Monday, involved roadside bombs.`,
    );
    expect(p?.status).not.toBe('proposed');
  });
});

describe('"embraced martyrdom" reports deaths', () => {
  it('"Two soldiers embraced martyrdom in Kurram district on Monday" is an attack, settled', () => {
    const [p] = run('Two soldiers embraced martyrdom in Kurram district on Monday, the army said.');
    expect(p).toMatchObject({ category: 'attack', date: '2024-10-28', status: 'proposed' });
  });
});

describe('"the incident occurred on …" after an undated lead at a place', () => {
  const lead = 'Two guards embraced martyrdom when militants stormed a post in Kurram district.';
  it('dates the lead, settled, and "between October 26 and 27" is one stretch', () => {
    const [p, ...rest] = run(
      `${lead}\n\nAccording to officials, the incident occurred on the night between October 26 and 27.`,
    );
    expect(p).toMatchObject({
      date: '2024-10-26',
      date_end: '2024-10-27',
      resolved_place: 'Kurram District',
      status: 'proposed',
    });
    expect(rest).toEqual([]);
  });
  it('control: "a similar incident occurred on Monday" is another event, the lead stays undated', () => {
    const [p] = run(`${lead} A similar incident occurred on Monday.`);
    expect(p).toMatchObject({ date: null, status: 'needs_review' });
  });
  it("control: a dating sentence that names a place outside the lead's is not taken", () => {
    const [p] = run(`${lead} The incident occurred on Monday in Peshawar.`);
    expect(p?.date).toBeNull();
  });
  it("a dating sentence that names a finer place inside the lead's dates and places it", () => {
    const [p] = run(`${lead} The incident occurred on Monday in Parachinar.`);
    expect(p).toMatchObject({ date: '2024-10-28', resolved_place: 'Parachinar' });
  });
});

describe("a place that only describes a landmark is not the event's place", () => {
  it('"60 km north of Wana, the main town in South Waziristan" is the phrase, for review', () => {
    const [p] = run(
      'A drone strike on Monday killed four people about 60 kilometers north of Wana, the main town in South Waziristan.',
    );
    expect(p).toMatchObject({
      resolved_place: 'a point 60 km north of Wana',
      uncertainty_km: Math.ceil(0.81 * 60 + 5),
      status: 'needs_review',
    });
  });
  it('"12 km from Turbat in Kech district" is within 17 km of Turbat, settled', () => {
    const [p] = run('A bomb on Monday killed four people 12 km from Turbat in Kech district.');
    expect(p).toMatchObject({ resolved_place: 'Turbat', uncertainty_km: 17, status: 'proposed' });
  });
  it('control: "in Kech district, 12 km from Turbat" is the district, for review', () => {
    const [p] = run('A bomb on Monday killed four people in Kech district, 12 km from Turbat.');
    expect(p).toMatchObject({ place_precision: 'county', status: 'needs_review' });
  });
});
