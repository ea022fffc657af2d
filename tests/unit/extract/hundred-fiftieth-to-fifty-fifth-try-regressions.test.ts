// Regressions from the hundred-and-fiftieth to hundred-and-fifty-fifth real-page tries, on
// invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('a later death of someone hurt in a named blast (try 151)', () => {
  const lead = 'TIMERGARA: A boy was killed when a bomb went off in Timergara on Saturday.';
  it('"Another injured of the Shago Kas bomb blast succumbed … at Peshawar" is no new incident at Peshawar', () => {
    const found = run(
      `Another injured of the Shago Kas bomb blast succumbed to his injuries in the hospital at Peshawar on Sunday.\n\n${lead}`,
    );
    const later = found.find((p) => p.excerpt.startsWith('Another injured'));
    expect(later?.status ?? 'none').not.toBe('proposed');
  });
  it('"the bomb blast" points back like "the blast"', () => {
    const found = run(
      `${lead}\n\nA man hurt in the bomb blast died in the hospital at Peshawar on Sunday.`,
    );
    const later = found.find((p) => p.excerpt.startsWith('A man hurt'));
    expect(later?.status ?? 'none').not.toBe('proposed');
  });
  it('control: "A bomb blast killed two people in Pishin on Sunday" is an incident', () => {
    const [p] = run('A bomb blast killed two people in Pishin on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Pishin' });
  });
});

describe('a call to stop an action (try 153)', () => {
  it('"called for Iran to stop shelling" proposes no shelling at Tehran', () => {
    const found = run(
      'On Sunday, the Iraqi foreign minister called for Iran to stop shelling positions of Kurdish rebels inside Iraq, warning it was damaging ties between Baghdad and Tehran.',
    );
    expect(found.filter((p) => p.status === 'proposed')).toEqual([]);
  });
  it('control: "Iran kept shelling positions of Kurdish rebels on Sunday" is shelling', () => {
    const [p] = run(
      'Iranian forces kept shelling positions of Kurdish rebels near Sardasht on Sunday.',
    );
    expect(p?.category).toBe('attack');
  });
});

describe('names that are no places (tries 151 and 153)', () => {
  it('"the holy month of Ramadan" is no typo of Hamadan', () => {
    const [p] = run(
      'Two bombs exploded in Ahvaz on Sunday during the holy month of Ramadan, killing four people.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Ahvaz' });
  });
  it('"Dayal Singh\'s two cousins were killed" puts nothing at Dayal', () => {
    const [p] = run("In May 2019, Dayal Singh's two cousins were shot dead.");
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('control: "a bomb exploded in Dayal" is the village', () => {
    const [p] = run('A bomb exploded in Dayal on Sunday, killing two people.');
    expect(p?.resolved_place).toBe('Dayal');
  });
});

describe("a part of the lead's city (try 155)", () => {
  const lead =
    'Gunmen opened fire outside the Chinese consulate in Karachi on Sunday morning, killing two policemen.';
  it('"The incident took place around 9.30 am local time at Clifton Block 4 in the city" is Clifton', () => {
    const [p] = run(
      `${lead} The incident took place around 9.30 am local time (10 am Indian Standard Time) at Clifton Block 4 in the city.`,
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Clifton' });
  });
  it('"The incident took place at Nazimabad in the city" is Nazimabad', () => {
    const [p] = run(`${lead} The incident took place at Nazimabad in the city.`);
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Nazimabad' });
  });
  it('control: "The incident took place in Hyderabad", beyond the city, is for review', () => {
    const [p] = run(`${lead} The incident took place in Hyderabad.`);
    expect(p?.reasons.map((r) => r.code)).toContain('several_places');
  });
});

describe('places the gazetteer lacked (tries 150, 152 and 155)', () => {
  it('"near Machh" is Mach', () => {
    const [p] = run('Militants fired rockets at a passenger train near Machh on Sunday.');
    expect(p?.resolved_place).toBe('Mach');
  });
  it('"the Taliban stronghold of Kaniguram" is Kaniguram', () => {
    const [p] = run(
      'Militants attacked a checkpoint in the Taliban stronghold of Kaniguram on Sunday.',
    );
    expect(p?.resolved_place).toBe('Kaniguram');
  });
  it('"in the Wurduj district" is Warduj District', () => {
    const [p] = run(
      'Eight soldiers were killed in a Taliban attack in the Wurduj district on Sunday.',
    );
    expect(p?.resolved_place).toBe('Warduj District');
  });
});

describe('sentences that tell the incident their own way (tries 150, 152 and 154)', () => {
  it('"The explosion, according to local sources, took place on Sunday … in Taloqan" is answered', () => {
    const [p] = run(
      'The explosion, according to local sources, took place on Sunday at around 8:00 am in the main market of Taloqan city.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Taloqan', date: '2019-08-18' });
  });
  it('"forces fired artillery rounds late Sunday at border police in Goshta" is an incident', () => {
    const [p] = run(
      'Pakistani forces fired artillery rounds late Sunday at Afghan border police in the Goshta district of eastern Nangarhar province.',
    );
    expect(p).toMatchObject({ category: 'attack', date: '2019-08-18' });
  });
  it('"Police said that the incident took place in Pishin bazaar" places the lead', () => {
    const [p] = run(
      'Gunmen shot dead a shopkeeper on Sunday. Police said that the incident took place in Pishin bazaar.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Pishin' });
  });
});

describe('an unknown area in a misread tehsil of a district (try 151)', () => {
  it('"Saparay Targhao area in Barang tehsil in Bajaur tribal district" falls back to Bajaur', () => {
    const [p] = run(
      'A man was killed when a bomb exploded in Saparay Targhao area in Barang tehsil in Bajaur tribal district on Sunday.',
    );
    expect(p).toMatchObject({ status: 'needs_review', resolved_place: 'Bajaur District' });
  });
  it('control: "Saparay Targhao area in Bajaur district" falls back to Bajaur too', () => {
    const [p] = run(
      'A man was killed when a bomb exploded in Saparay Targhao area in Bajaur district on Sunday.',
    );
    expect(p?.resolved_place).toBe('Bajaur District');
  });
});

describe('one incident told twice (tries 150 and 152)', () => {
  it('a funeral for those killed "in Sunday\'s attack" in Loralai is no second incident', () => {
    const found = run(
      "Funeral prayers were held on Monday for seven policemen martyred in Sunday's attack at the police compound in Loralai.\n\nOn Sunday, nine people were killed when three suicide bombers tried to enter the police compound in Loralai.",
    );
    expect(found.filter((p) => p.resolved_place === 'Loralai')).toHaveLength(1);
  });
  it('a funeral "in Karachi" for those killed in the attack at Clifton, within the city, is no second incident', () => {
    const found = run(
      "Gunmen opened fire outside a consulate in Karachi on Sunday morning, killing two policemen. The incident took place at Clifton Block 4 in the city.\n\nFuneral prayers were held on Monday for the two policemen martyred in Sunday's attack at the consulate in Karachi.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.resolved_place).toBe('Clifton');
  });
  it('control: a funeral sentence alone still gives the incident', () => {
    const found = run(
      "Funeral prayers were held on Monday for seven policemen martyred in Sunday's attack at the police compound in Loralai.",
    );
    expect(found[0]?.resolved_place).toBe('Loralai');
  });
  it('control: a grenade attack at a mourning procession is the incident, kept beside a reaction to it', () => {
    const found = run(
      'LAHORE: The chief minister took notice of the grenade attack in Bahawalnagar on Sunday.\n\nEarlier in the day, two people were killed in a grenade attack at a mourning procession in Bahawalnagar.',
    );
    expect(found.some((p) => p.excerpt.startsWith('Earlier in the day'))).toBe(true);
  });
  it('"The incident happened early Sunday in Mehtarlam" after "… in Laghman" is one proposal', () => {
    const found = run(
      'Eight people were killed in an explosion on Sunday in Laghman when the governor convoy came under attack.\n\nThe incident happened early Sunday in Mehtarlam when a roadside bomb was detonated.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.resolved_place).toBe('Mehtar Lām');
  });
});
