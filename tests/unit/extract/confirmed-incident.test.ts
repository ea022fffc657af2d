// An official "also confirmed the incident, saying … late on Monday night": "also" adds a
// speaker, not an incident, and such a confirmation may come paragraphs after the lead
// (leadDetail.ts; from a twenty-eighth-try page, whose lead kept the day of its report).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2020-10-13');
const LEAD = 'Gunmen killed three civilians in Chaman, residents said on Tuesday.';
const CONFIRMED =
  'The police chief also confirmed the incident, saying the attackers struck late on Monday night.';
const FILLER =
  'Residents were angry and demanded that the provincial government protect their homes. '.repeat(
    6,
  );

describe("an official's confirmation dates the lead", () => {
  it('"also confirmed the incident … late on Monday night" joins the lead, on Monday', () => {
    const ps = run(`${LEAD}\n\n${CONFIRMED}`);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ date: '2020-10-12', resolved_place: 'Chaman' });
  });
  it('a confirmation paragraphs later (over 400 characters) joins it too', () => {
    const ps = run(`${LEAD}\n\n${FILLER}\n\n${CONFIRMED.replace('also ', '')}`);
    expect(ps.map((p) => p.date)).toEqual(['2020-10-12']);
  });
  it('control: "another attack" late on Monday night stays its own draft', () => {
    const ps = run(
      `${LEAD}\n\nThe police chief said another attack struck a post late on Monday night.`,
    );
    expect(ps).toHaveLength(2);
  });
});
