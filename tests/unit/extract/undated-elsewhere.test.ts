// An undated incident placed far from every dated incident of its kind is another incident, not a
// mention of them: it is kept for review. It had been folded away ("Gunmen shot dead two policemen
// in Turbat." then "On Tuesday, a roadside bomb … in Quetta": only Quetta was left; issue 8, left
// from the fourteenth try). A capital that "had carried out" strikes or "informed" another is the
// government, not a place. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-11-24');
const TURBAT = 'Gunmen shot dead two policemen guarding a polio team in Turbat.';

describe('an undated incident far from the dated ones of its kind', () => {
  it('is kept beside them, for review, with its place', () => {
    const list = run(`${TURBAT}\n\nOn Tuesday, a roadside bomb killed three soldiers in Quetta.`);
    expect(list.map((p) => [p.resolved_place, p.date, p.status])).toEqual([
      ['Turbat', null, 'needs_review'],
      ['Quetta', '2024-11-19', 'proposed'],
    ]);
    expect(list[0]?.reasons.map((r) => r.code)).toEqual(['no_date']);
  });
  it('control: at the same place it is still folded into the dated one', () => {
    const list = run(`${TURBAT}\n\nOn Tuesday, a roadside bomb killed three soldiers in Turbat.`);
    expect(list.map((p) => p.date)).toEqual(['2024-11-19']);
  });
  it('control: a retelling whose place is in doubt ("a train to Peshawar") is folded', () => {
    const list = run(
      'On Tuesday, a suicide bomber killed 26 people at the railway station in Quetta.\n\nThe blast tore through the platform as passengers waited for the train to Peshawar.',
    );
    expect(list.map((p) => p.resolved_place)).toEqual(['Quetta']);
  });
  it('control: so is a claim "calling reporters in Quetta" after an abduction in Saravan', () => {
    const list = run(
      'On Tuesday, gunmen abducted five border guards in Saravan.\n\nA spokesman for the group, calling reporters in Quetta, later claimed the abduction.',
    );
    expect(list).toHaveLength(1);
  });
});

describe('an undated incident the text calls separate', () => {
  // a sixteenth-try killing "In a separate incident, … in Sarangi Adda, Bannu" vanished behind
  // the day's bombing in Lakki Marwat district, within reach of it
  const LEAD =
    'A suicide attack on a police van in Lakki Marwat district on Monday killed one officer.';
  it('is kept beside the dated one, for review', () => {
    const list = run(`${LEAD} In a separate incident, a constable was shot dead in Bannu.`);
    // the dated lead is proposed since Lakki Marwat district's area is curated (its reach holds
    // it); the separate undated killing is what stays for review
    expect(list.map((p) => [p.resolved_place, p.status])).toEqual([
      ['Lakki Marwat District', 'proposed'],
      ['Bannu', 'needs_review'],
    ]);
  });
  it('control: without the words, it is folded into the dated one as before', () => {
    const list = run(`${LEAD} A constable was shot dead in Bannu.`);
    expect(list.map((p) => p.resolved_place)).toEqual(['Lakki Marwat District']);
  });
});

describe('a capital as the government', () => {
  it('"Islamabad had carried out precision strikes" names no place', () => {
    const [p] = run(
      'On Tuesday, a security source said Islamabad had carried out precision strikes.',
    );
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('"Islamabad had informed Tehran" names neither as a place', () => {
    const [p] = run(
      'On Tuesday, the Foreign Office said Islamabad had informed Tehran that a drone was shot down.',
    );
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('control: "a blast in Islamabad" is the city', () => {
    const [p] = run('On Tuesday, a blast in Islamabad killed two people.');
    expect(p?.resolved_place).toBe('Islamabad');
  });
});

describe('an undated incident in another province of the same country', () => {
  // a twenty-first-try page: the Khost assault vanished behind Saturday's rockets into Kunar
  const KUNAR =
    'Pakistani forces fired rockets into Kunar province early on Saturday, killing six people, an official said.';
  it('is kept beside the dated one, for review, at its province', () => {
    const list = run(
      `${KUNAR} A similar assault was also carried out in Khost province, another official said.`,
    );
    expect(list.map((p) => p.resolved_place)).toEqual(['Kunar', 'Khost']);
    expect(list[1]?.status).toBe('needs_review');
  });
  it('control: a mention in the same province is still folded into the dated one', () => {
    const list = run(`${KUNAR} The assault in Kunar province was condemned by the governor.`);
    expect(list.map((p) => p.resolved_place)).toEqual(['Kunar']);
  });
  it('control: a province across the border may be the other side of one clash: folded', () => {
    const list = run(
      'Pakistani and Afghan troops clashed at Chaman on Saturday, killing two. An Afghan soldier was killed in Kandahar province when Pakistani troops fired back, police said.',
    );
    expect(list.map((p) => p.country)).toEqual(['PK']);
  });
});

describe("the page's headline over a dated incident in its province", () => {
  const BODY =
    'Taliban militants targeted a police checkpoint in the western Herat province on Tuesday, killing four.';
  it('is folded into it: one draft, not two', () => {
    const list = run(`Taliban checkpoint attack kills four in Herat\n\n${BODY}`);
    expect(list.map((p) => p.date)).toEqual(['2024-11-19']);
  });
  it('control: a headline in another province stays, for review', () => {
    const list = run(`Taliban checkpoint attack kills four in Kandahar\n\n${BODY}`);
    expect(list).toHaveLength(2);
  });
  it('control: a first sentence ending in a full stop is no headline', () => {
    const list = run(`A Taliban checkpoint attack killed four in Herat city.\n\n${BODY}`);
    expect(list).toHaveLength(2);
  });
});
