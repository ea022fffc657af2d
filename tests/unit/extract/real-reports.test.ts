// Rules found by running the extractor on real reports it had never seen (issue 8, third round):
// each case is a regression from a real report, told here in invented sentences.
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../pipeline/extract-readers.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';

const readers = nodeReaders();
/** Published on Tuesday 29 October 2024: "Monday" is the 28th, "Sunday night" the 27th. */
const run = (text: string) => extractIncidents(text, { published: '2024-10-29' }, readers);
const codes = (text: string) => run(text).map((p) => [p.status, ...p.reasons.map((r) => r.code)]);

describe('the hospital the wounded were taken to (regression from a real Dawn report)', () => {
  it('is where they went, not where the event happened: for review', () => {
    const text = 'On Monday the wounded guard was shifted to a hospital in Quetta, officials said.';
    const [p] = run(text);
    expect(p).toMatchObject({ place: 'Quetta', status: 'needs_review' });
  });
  it('a hospital that was attacked is the place', () => {
    const [p] = run('Gunmen attacked a hospital in Quetta on Monday, killing a guard.');
    expect(p).toMatchObject({ place: 'Quetta', status: 'proposed', date: '2024-10-28' });
  });
});

describe('"the martyred soldier" points back (regression from a real Dawn report)', () => {
  it('a burial of the martyred soldier is not proposed as the incident', () => {
    const [p] = run('The martyred soldier was laid to rest in Pishin on Monday.');
    expect(p?.status).toBe('needs_review');
  });
  it('"a soldier was martyred" reports the incident itself', () => {
    expect(codes('A soldier was martyred in Pishin on Monday.')).toEqual([['proposed']]);
  });
});

describe('a lead and the next sentence that "attacked the post" (regression from a real Dawn report)', () => {
  it("one proposal: the lead's district, the detail's date, for review", () => {
    const text =
      'Gunmen attacked a checkpoint in Kharan district, killing a Levies soldier.\n\n' +
      'The deputy commissioner said about 20 militants attacked the post early Monday.';
    const list = run(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ date: '2024-10-28', status: 'needs_review' });
    expect(list[0]!.place).toMatch(/Kharan/);
  });
});

describe('armed men arriving is no visit (regression from a real PTI report)', () => {
  it('"armed men arrived in Bhag … and attacked" is an attack', () => {
    const [p] = run(
      'Police said up to 40 armed men arrived in Bhag and first attacked a police van.',
    );
    expect(p?.category).toBe('attack');
    expect(p?.title).not.toMatch(/Visit/);
  });
  it('a minister arriving is still a visit', () => {
    const [p] = run('The provincial minister arrived in Bhag on Monday to meet elders.');
    expect(p?.category).toBe('diplomacy');
  });
});

describe('"district X" is the district (regression from a real Nation report)', () => {
  it('"in Sanjawi area of district Ziarat" is not the town of Ziarat within 5 km', () => {
    const [p] = run('Six guards were killed in Sanjawi area of district Ziarat on Monday.');
    expect(p?.place_precision).toBe('county');
    expect(p?.status).toBe('needs_review');
  });
  it('"in district Kech" is Kech district', () => {
    const [p] = run('Two guards were killed in an attack in district Kech on Monday.');
    expect(p).toMatchObject({ place_precision: 'county', date: '2024-10-28' });
  });
});

describe('the victim retold at another place (regression from a real IFP report)', () => {
  const LEAD =
    'A soldier of the border unit in the city of Zabol was killed by gunmen on Sunday night.';
  it('the dated lead goes to review when the next sentence places the killing elsewhere', () => {
    const text = `${LEAD}\n\nThe soldier was shot dead in Hirmand region, officials said.`;
    const [p] = run(text);
    expect(p).toMatchObject({ place: 'Zabol', status: 'needs_review' });
    expect(p!.reasons.map((r) => r.code)).toContain('several_places');
  });
  it('the same place retold leaves the lead settled', () => {
    const text = `${LEAD}\n\nThe soldier was shot dead in Zabol, officials said.`;
    expect(run(text)[0]).toMatchObject({ place: 'Zabol', status: 'proposed' });
  });
});

describe('"a day earlier" after an event and a report on different days (regression from a real Pajhwok report)', () => {
  const LEAD =
    'Gunmen attacked a police post in Turbat late on Monday, killing two guards, officials said on Tuesday.';
  it("may count from Monday's event or Tuesday's report: for review", () => {
    const list = run(`${LEAD}\n\nA day earlier, gunmen in Chaman fired at a bus.`);
    expect(list[1]).toMatchObject({ place: 'Chaman', status: 'needs_review' });
  });
  it('"hours earlier" stays on the event\'s day: settled', () => {
    const list = run(`${LEAD}\n\nHours earlier, gunmen in Chaman fired at a bus.`);
    expect(list[1]).toMatchObject({ place: 'Chaman', date: '2024-10-28', status: 'proposed' });
  });
});
