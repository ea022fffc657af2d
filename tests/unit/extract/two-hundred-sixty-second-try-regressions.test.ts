// Regressions from stop 45's tries 262–267 (real pages), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Wednesday 20 May 2020. */
const run = extractOn('2020-05-20');

describe('"on May 11 killed": the month is no modal (try 266)', () => {
  it('"Forces on May 11 killed seven militants in Salmas" is an incident', () => {
    const ps = run('Forces on May 11 killed seven militants in Salmas, state media reported.');
    expect(ps.map((p) => [p.status, p.date, p.place])).toEqual([
      ['proposed', '2020-05-11', 'Salmas'],
    ]);
  });
  it('control: "militants may attack Salmas" tells no attack', () => {
    const ps = run('Officials warned that militants may attack Salmas in the coming days.');
    expect(ps).toEqual([]);
  });
});

describe('"Earlier in the month" is this month, not a day (try 266)', () => {
  it('a clash "earlier in the month" spans the month so far, for review', () => {
    const [p] = run('Earlier in the month, gunmen killed two guards in Divandarreh.');
    expect(p).toMatchObject({ status: 'needs_review', date: '2020-05-01', date_end: '2020-05-20' });
  });
  it('control: "earlier in the day" stays the day of the event before', () => {
    const ps = run(
      'Gunmen killed two guards in Marivan on Tuesday.\nEarlier in the day, a bomb killed a guard in Divandarreh.',
    );
    expect(ps.at(-1)?.date).toBe('2020-05-19');
  });
});

describe('a lead placed by the next sentence sums up no later incident (try 266)', () => {
  const lead = [
    'TEHRAN, May 19 (Xinhua) -- At least two militants were killed in a clash with the IRGC in the west of the country on Tuesday, the IRGC said.',
    'The clash erupted in the afternoon in the Marivan region of Kurdistan province, the IRGC said in a statement.',
  ].join('\n');
  it("an undated clash at another town does not take the lead's day", () => {
    const ps = run(
      `${lead}\nSome IRGC forces were killed in clashes in the Divandarreh region in Kurdistan province.`,
    );
    expect(ps.map((p) => [p.status, p.date])).toEqual([
      ['proposed', '2020-05-19'],
      ['needs_review', null],
    ]);
  });
  it("control: without the placing sentence, the detail is the lead's, on its day", () => {
    const first = lead.split('\n')[0] as string;
    const ps = run(
      `${first}\nSome IRGC forces were killed in clashes in the Divandarreh region in Kurdistan province.`,
    );
    expect(ps.at(-1)).toMatchObject({ status: 'proposed', date: '2020-05-19' });
  });
});

describe('"X has announced that the explosion took place on Sunday" dates the lead (try 262)', () => {
  const lead =
    'One person was killed and three injured in an explosion in Saravan city of Sistan-Baluchestan Province, IRNA reported.';
  it('the lead and the dating detail are one answer', () => {
    const ps = run(
      `${lead} The IRGC has announced that the terrorist explosion took place on Sunday morning.`,
    );
    expect(ps.map((p) => [p.status, p.date, p.place])).toEqual([
      ['proposed', '2020-05-17', 'Saravan city'],
    ]);
  });
  it('control: "a second explosion took place" is not the lead\'s', () => {
    const ps = run(`${lead} The IRGC said a second explosion took place on Sunday morning.`);
    expect(ps.every((p) => p.status === 'needs_review')).toBe(true);
  });
});

describe('"gunmen targeting posts in Rask" is an attack (try 262)', () => {
  it('the overnight attack is proposed at Rask', () => {
    const [p] = run(
      'The violence erupted overnight, with gunmen targeting Revolutionary Guard posts in Rask and Sarbaz towns.',
    );
    expect(p).toMatchObject({ date: '2020-05-19', date_end: '2020-05-20', place: 'Rask' });
  });
  it('control: "a campaign targeting militants" alone is no attack', () => {
    expect(run('The government announced a campaign targeting militants in Rask.')).toEqual([]);
  });
});

describe('"posts in Rask and Sarbaz towns, as well as a station in Chabahar city": three places (try 262)', () => {
  it('one proposal at each town', () => {
    const ps = run(
      'The violence erupted on Tuesday, with gunmen targeting Revolutionary Guard posts in Rask and Sarbaz towns, as well as a coast guard station in Chabahar city.',
    );
    expect(ps.map((p) => [p.status, p.resolved_place])).toEqual([
      ['proposed', 'Rāsak'],
      ['proposed', 'Sarbāz'],
      ['proposed', 'Chabahar'],
    ]);
  });
  it('control: a third town reached "from" is no place of the attacks', () => {
    const ps = run(
      'On Tuesday gunmen targeting Revolutionary Guard posts in Rask and Sarbaz towns fled to hideouts from which they came from Chabahar city.',
    );
    expect(ps.some((p) => p.resolved_place === 'Chabahar' && p.status === 'proposed')).toBe(false);
  });
});

describe('an undated lead folded into the dated detail after it lends its sentence and count (try 268)', () => {
  const detail =
    "A provincial spokesman said the attack took place next to the police chief's office in the provincial capital, Jalalabad on Saturday.";
  it("the excerpt starts at the lead and the lead's dead are counted", () => {
    const ps = run(
      `A suicide bomber has slammed an explosives-laden car into a police headquarters in east Afghanistan, killing three people.\n${detail}`,
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ place: 'Jalalabad', excerpt_start: 0, fatalities: 3 });
  });
  it('control: an undated sentence after a dated incident is not lent to a later one', () => {
    const ps = run(
      'Four policemen were killed when terrorists attacked their van in Karak on Tuesday.\nThe van was destroyed in the attack, which killed four.\nAbout a month ago, gunmen killed a commander in the Ambiri Kalla area of Karak.',
    );
    const later = ps.find((p) => p.date !== '2020-05-19');
    expect(later?.excerpt).toMatch(/^About a month ago/);
  });
});

describe('"in the attack in the provincial capital, Khost city" places the lead (try 268)', () => {
  const lead =
    'KABUL, Afghanistan — Gunmen opened fire on a group of engineers in eastern Khost province Tuesday, killing one of them, officials said.';
  it('the lead and its placing detail are one answer at Khost city', () => {
    const ps = run(
      `${lead}\nThree other people were wounded in the attack in the provincial capital, Khost city, the governor said.`,
    );
    expect(ps.map((p) => [p.status, p.date, p.place])).toEqual([
      ['proposed', '2020-05-19', 'Khost city'],
    ]);
  });
  it('control: the attack told with no place after it leaves the lead at the province', () => {
    const ps = run(
      `${lead}\nThree other people were wounded in the attack, the mayor of the provincial capital, Khost city, said.`,
    );
    expect(ps.some((p) => p.status === 'proposed' && p.place === 'Khost city')).toBe(false);
  });
});

describe('"100 kilometers from the border with Iraq" is no border the gazetteer draws (try 270)', () => {
  it('Kermanshah is answered, not held against the Afghan border', () => {
    const [p] = run(
      'Police said three militants were killed in a shoot-out on Tuesday in the city of Kermanshah, about 100 kilometers from the border with Iraq.',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Kermanshah' });
  });
  it('control: "100 kilometers from the border" alone is still checked', () => {
    const [p] = run(
      'Police said three militants were killed in a shoot-out on Tuesday in the city of Kermanshah, about 100 kilometers from the border.',
    );
    expect(p?.status).toBe('needs_review');
  });
});

describe('"In a similar incident on October 10" recalls another incident (try 272)', () => {
  it('the undated lead in Hub is kept, not folded into it', () => {
    const ps = run(
      'HUB: One person was killed after an explosion hit a vehicle in Hub, police said.\nIn a similar incident on October 10, a journalist died after a grenade attack in Hub.',
    );
    expect(ps.map((p) => p.date)).toEqual([null, '2019-10-10']);
  });
  it('control: "Earlier on October 10" after a placed lead still recalls', () => {
    const ps = run(
      'HUB: One person was killed after an explosion hit a vehicle in Hub, police said.\nThe blast killed a journalist in Hub on October 10.',
    );
    expect(ps.map((p) => p.date)).toEqual(['2019-10-10']);
  });
});

describe('"border guards targeted a caravan of kolbars" is an attack (try 270)', () => {
  it('the caravan attack in Baneh is answered', () => {
    const [p] = run(
      'Border guards targeted a caravan of kolbars in Baneh on Monday, a rights group said.',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Baneh', date: '2020-05-18' });
  });
  it('control: "targeted a campaign" is no attack', () => {
    expect(run('The ministry targeted a campaign at kolbars in Baneh on Monday.')).toEqual([]);
  });
});

describe('"Herat (Afghanistan), May 18 (IANS)" is a dateline (try 273)', () => {
  it('the filing city is not the scene of an attack "in Herat province"', () => {
    const [p] = run(
      'Herat (Afghanistan), May 18 (IANS) Four civilians were killed in a bomb attack in Afghanistan’s Herat province on Monday, officials said.',
    );
    expect(p).toMatchObject({ status: 'needs_review', place: 'Herat province' });
  });
  it('control: "Herat (the city), May 18" is no dateline', () => {
    const [p] = run(
      'Herat (the western city) saw four civilians killed in a bomb attack on Monday, officials said.',
    );
    expect(p?.place).toBe('Herat');
  });
});
