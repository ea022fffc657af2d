// Causes of abstention found by rerunning real pages (issue 8, fourth round), each a general rule
// tested on invented sentences: a place the text gives only as a neighbour ("adjacent to the
// Afghan province of Kandahar") and a capital acting after a time phrase ("Islamabad on Monday
// closed …") are no second place of the event.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th. */
const run = extractOn('2024-10-29');

describe('a neighbour the text measures from is not a second place', () => {
  it('"the town of Chaman, adjacent to the Afghan province of Kandahar" is Chaman', () => {
    const [p] = run(
      'The skirmishes took place on Monday in the border town of Chaman, adjacent to the Afghan province of Kandahar.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Chaman' });
  });
  it('"next to" reads the same', () => {
    const [p] = run('Border guards clashed on Monday in Chaman, next to Spin Boldak.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Chaman' });
  });
  it("a place only said to border the event's is never the event's own", () => {
    const [p] = run('Border guards clashed on Monday in a district bordering Iran.');
    expect(p?.status).toBe('needs_review');
  });
});

describe('a capital acting after a time phrase is the government', () => {
  it('"Islamabad on Monday closed the Torkham crossing": Torkham alone', () => {
    const [p] = run(
      'Islamabad on Monday closed the Torkham crossing after mortar shells landed near the terminal.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Torkham crossing' });
  });
  it('"Islamabad this week briefly closed": the same', () => {
    const [p] = run(
      'Islamabad this week briefly closed the Torkham crossing after a mortar landed near the terminal on Monday.',
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2024-10-28' });
  });
  it('"Kabul on Monday was rocked by a blast": an auxiliary after a time phrase is the city', () => {
    const [p] = run('Kabul on Monday was rocked by a blast that killed two.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Kabul' });
  });
});

describe('", followed by" joins two dated events: two clauses', () => {
  it('each town with its own date, both settled', () => {
    const list = run(
      'On October 20, Turbat was targeted by militants, followed by an attack on a post in Gwadar on October 27.',
    );
    expect(list.map((p) => [p.status, p.resolved_place, p.date])).toEqual([
      ['proposed', 'Turbat', '2024-10-20'],
      ['proposed', 'Gwadar', '2024-10-27'],
    ]);
  });
  it('"militants targeted a convoy" is an attack', () => {
    expect(run('Militants targeted a convoy in Turbat on Monday.')[0]?.category).toBe('attack');
  });
  it('"a campaign … targeted the children" is none', () => {
    expect(
      run('A vaccination campaign in Quetta on Monday targeted the children of the city.'),
    ).toEqual([]);
  });
  it('"measures targeted at smugglers" is none', () => {
    const list = run('The measures targeted at smugglers were announced in Quetta on Monday.');
    expect(list.every((p) => p.category !== 'attack')).toBe(true);
  });
});

describe('a name with its division word that is a curated place of its own', () => {
  it('"Mamond tehsil" is the curated tehsil, not a district the gazetteer lacks', () => {
    const [p] = run(
      'Mortar shells landed in two border localities of Mamond tehsil on Monday evening.',
    );
    expect(p).toMatchObject({
      status: 'proposed',
      resolved_place: 'Mamund Tehsil',
      date: '2024-10-28',
    });
  });
  it('"Musakhel district" is still the district', () => {
    const [p] = run('Mortar shells landed in Musakhel district on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Musakhel District', place_precision: 'county' });
  });
});
