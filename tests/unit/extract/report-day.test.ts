// A lead that tells an incident in the simple past and dates only its source ("…, officials said
// on Monday") reports that day's news (reportDay.ts), unless anything else in the article could
// date the incident. Invented sentences; the controls stay in review.
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../src/core/extract/types.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th. */
const run = extractOn('2024-10-29');
const REPORT_ONLY = /dates a statement or report/;
const reportDoubt = (p: Proposal | undefined) =>
  (p?.reasons ?? []).some((r) => REPORT_ONLY.test(r.message));

describe("the report's day is the incident's when nothing else dates it", () => {
  it('"… were killed when militants attacked …, officials said on Monday" is settled on Monday', () => {
    const [p] = run(
      'Two soldiers were killed when militants attacked a check post in Chaman, officials said on Monday.',
    );
    expect(p).toMatchObject({ date: '2024-10-28', resolved_place: 'Chaman', status: 'proposed' });
  });
  it('"On Monday, sources said that four guards were injured in an attack on …" is settled', () => {
    const [p] = run(
      'On Monday, sources said that four guards were injured in an attack on a post in Chaman.',
    );
    expect(p).toMatchObject({ date: '2024-10-28', status: 'proposed' });
  });
  it('"… told AFP on Monday" is a verb of saying too', () => {
    const [p] = run(
      'Gunmen shot dead two policemen in Chaman, a police official told AFP on Monday.',
    );
    expect(p).toMatchObject({ date: '2024-10-28', status: 'proposed' });
  });
  it('a later date elsewhere (a follow-up) does not compete', () => {
    const [p] = run(
      'Two soldiers were killed when militants attacked a check post in Chaman, officials said on Monday.\n\nThe crossing remained closed on Tuesday.',
    );
    expect(p).toMatchObject({ date: '2024-10-28', status: 'proposed' });
  });
  it('older background ("in January") does not compete', () => {
    const [p] = run(
      'Two soldiers were killed when militants attacked a check post in Chaman, officials said on Monday.\n\nIn January, a bomb hit a market in Quetta.',
    );
    expect(p).toMatchObject({ date: '2024-10-28', status: 'proposed' });
  });
});

describe("the report's day stays for review when the incident may be earlier", () => {
  it('control: the perfect tense ("have been killed … told IRNA on Monday")', () => {
    const [p] = run(
      'Fourteen guards have been killed in clashes in Saravan, an informed source told IRNA on Monday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(reportDoubt(p)).toBe(true);
  });
  it('control: the past perfect ("said on Monday that militants had attacked")', () => {
    const [p] = run('Officials said on Monday that militants had attacked a post in Chaman.');
    expect(reportDoubt(p)).toBe(true);
  });
  it('control: another date in the week before ("The attack took place late on Sunday")', () => {
    const out = run(
      'Two soldiers were killed when militants attacked a check post in Chaman, officials said on Monday.\n\nThe attack took place late on Sunday.',
    );
    expect(out.some((p) => p.date === '2024-10-28' && p.status === 'proposed')).toBe(false);
  });
  it('control: a step from another event elsewhere ("a day earlier")', () => {
    const [p] = run(
      'Two soldiers were killed when militants attacked a check post in Chaman, officials said on Monday.\n\nA day earlier, a convoy was ambushed in Zhob.',
    );
    expect(reportDoubt(p)).toBe(true);
  });
  it('control: a claim is no report of the day\'s news ("claimed on Monday")', () => {
    const [p] = run('The group claimed on Monday that its fighters killed two soldiers in Chaman.');
    expect(reportDoubt(p)).toBe(true);
  });
  it('control: "a similar attack" speaks of another, earlier event', () => {
    const [p] = run('Officials said on Monday that a similar attack killed two guards in Chaman.');
    expect(reportDoubt(p)).toBe(true);
  });
  it('control: a participle only names the people ("guards abducted in Mirjaveh were freed")', () => {
    const [p] = run('Two guards kidnapped in Mirjaveh were freed, officials said on Monday.');
    expect(reportDoubt(p)).toBe(true);
  });
  it('control: the aftermath is the news ("the bodies of two guards … were found")', () => {
    const [p] = run(
      'The bodies of two guards were found in Mirjaveh after gunmen shot them, officials said on Monday.',
    );
    expect(reportDoubt(p)).toBe(true);
  });
  it('control: an operation may span days ("killed ten militants in an operation")', () => {
    const [p] = run(
      'Troops killed ten militants in an operation near Chaman, the military said on Monday.',
    );
    expect(reportDoubt(p)).toBe(true);
  });
  it('control: the incident only named, not told ("said on Monday the attack was planned")', () => {
    const [p] = run('Police said on Monday the attack in Chaman was planned in Kandahar.');
    expect(p?.status).not.toBe('proposed');
  });
});

describe("a retelling's earlier day replaces a report's day", () => {
  const LEAD =
    'Guards opened fire on a group of migrants near Saravan, killing six people, a rights group reported on Monday.';
  it('"… reported on Monday. The incident took place on October 26 …" is the 26th, settled', () => {
    const [p] = run(`${LEAD} The incident took place on October 26 near the border.`);
    expect(p).toMatchObject({
      date: '2024-10-26',
      date_basis: 'on October 26',
      status: 'proposed',
    });
    expect(p?.excerpt).toContain('October 26');
  });
  it("control: a retelling after the report's day keeps both dates, for review", () => {
    const [p] = run(`${LEAD} The incident took place on Tuesday near the border.`);
    expect(p?.status).toBe('needs_review');
  });
  it('control: an event date of its own is not replaced, the two go to review', () => {
    const [p] = run(
      'Guards opened fire on migrants near Saravan on Sunday, killing six. The incident took place on October 26 near the border.',
    );
    expect(p?.reasons.map((r) => r.code)).toContain('several_dates');
  });
});
