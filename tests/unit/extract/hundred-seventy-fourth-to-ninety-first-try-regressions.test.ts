// Regressions from the hundred-and-seventy-fourth to hundred-and-ninety-first real-page tries, and
// holds left from earlier tries (106, 132), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('"shot" with its victims is an attack', () => {
  it('"Gunmen shot six labourers" is proposed as an attack', () => {
    const [p] = run('Gunmen shot six labourers at a construction site in Turbat on Sunday.');
    expect(p).toMatchObject({ category: 'attack', resolved_place: 'Turbat', date: '2019-08-18' });
  });
  it('"shot a shopkeeper" is an attack', () => {
    const [p] = run('Attackers shot a shopkeeper outside his home in Quetta on Sunday.');
    expect(p).toMatchObject({ category: 'attack', resolved_place: 'Quetta' });
  });
  it('control: "shot two scenes of the film" is no incident', () => {
    expect(run('The director shot two scenes of the film in Lahore on Sunday.')).toHaveLength(0);
  });
});

describe('"in the city" under a dateline is the dateline\'s city (try 106)', () => {
  it('"on the outskirts of the city" under "KARACHI:" is Karachi', () => {
    const [p] = run(
      'KARACHI: Twelve people lost their lives in a grenade attack on a mini-truck on the outskirts of the city on Sunday night.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Karachi', date: '2019-08-18' });
  });
  it('"in the town" under "CHAMAN:" is Chaman', () => {
    const [p] = run('CHAMAN: Two men were shot dead in the town on Sunday, police said.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Chaman' });
  });
  it('control: another town named before is the city meant, not the dateline', () => {
    const ps = run(
      'KARACHI: Gunmen killed a shopkeeper in Hyderabad on Sunday. Another man was shot dead in the city on Saturday.',
    );
    expect(ps.find((p) => p.resolved_place === 'Karachi')).toBeUndefined();
  });
  it('control: a name the gazetteer lacks named before may be the town meant', () => {
    const ps = run(
      'QUETTA: Two policemen were killed in Kuchlak on Sunday. A blast in the city on Saturday wounded three.',
    );
    expect(
      ps.find((p) => p.resolved_place === 'Quetta' && p.status === 'proposed'),
    ).toBeUndefined();
  });
  it('control: "the city of Mastung" names its city', () => {
    const [p] = run('QUETTA: A man was shot dead near the city of Mastung on Sunday.');
    expect(p?.resolved_place).toBe('Mastung');
  });
  it('control: "in the city" quoted is the speaker\'s', () => {
    const [p] = run(
      'KARACHI: A man was shot dead on Sunday. "There is fear in the city," a resident said.',
    );
    expect(p?.status).toBe('needs_review');
  });
});

describe('event words the tries had missed (tries 176, 177)', () => {
  it('"shot two police officers dead" is an attack (try 176)', () => {
    const [p] = run('Unknown gunmen shot two police officers dead in Jalalabad on Sunday.');
    expect(p).toMatchObject({
      category: 'attack',
      resolved_place: 'Jalālābād',
      date: '2019-08-18',
    });
  });
  it('"opened gunfire on" is an attack (try 177)', () => {
    const [p] = run('Last Sunday the Revolutionary Guard opened gunfire on two porters in Paveh.');
    expect(p).toMatchObject({ category: 'attack', date: '2019-08-18' });
  });
  it('"an armed conflict erupted" is a clash (try 177)', () => {
    const [p] = run('On Sunday an armed conflict erupted at a border post near Baneh.');
    expect(p).toMatchObject({ category: 'attack', resolved_place: 'Bāneh', date: '2019-08-18' });
  });
  it('control: "the conflict erupted in 2001" alone is no incident', () => {
    expect(run('The conflict erupted in 2001 and has not ended since.')).toHaveLength(0);
  });
});

describe('a town listed with places the gazetteer lacks (try 179)', () => {
  it('"in Khuiratta, Nakyal, Abbaspur and Goyee" is held: any of them', () => {
    const [p] = run(
      'Heavy shelling was carried out in eight sectors of Azad Kashmir -- Khuiratta, Nakyal, Abbaspur and Goyee on Sunday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.find((r) => r.code === 'several_places')?.message).toContain("'Nakyal'");
  });
  it('the town may stand last in the list', () => {
    const [p] = run('Shells fell in Nakyal, Goyee and Khuiratta on Sunday, killing two people.');
    expect(p?.reasons.find((r) => r.code === 'several_places')?.message).toContain("'Goyee'");
  });
  it('control: "in Quetta, Senator Ali said" is no list', () => {
    const [p] = run('A blast killed two people in Quetta on Sunday, Senator Ali Khan said.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Quetta' });
  });
  it('control: "in Turbat, Kech district" puts the town in its district', () => {
    const [p] = run('Gunmen shot dead a teacher in Turbat, Kech district, on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Turbat' });
  });
});

describe('"Later in the day" tells another incident of the day (try 132)', () => {
  const article = [
    'QUETTA: The Hazara community suffered on Sunday another deadly attack in which eight of its men were gunned down.',
    'Later in the day, a bomb rigged to a motorbike was detonated near a vehicle of a law-enforcement agency, killing three civilians.',
    'The Hazara killing took place near a fruit market on the outskirts of the city. Four armed men on two motorcycles opened fire with automatic weapons, killing six people.',
  ].join('\n\n');
  it('the bomb is not folded into the shooting', () => {
    const ps = run(article);
    expect(ps.some((p) => p.excerpt.startsWith('Later in the day'))).toBe(true);
  });
  it("the shooting takes the lead's day from the lead's words", () => {
    const shooting = run(article).find((p) => p.resolved_place === 'Quetta');
    expect(shooting).toMatchObject({ date: '2019-08-18', date_basis: 'on Sunday' });
  });
  it("the shooting's excerpt starts at its lead", () => {
    const shooting = run(article).find((p) => p.resolved_place === 'Quetta');
    expect(shooting?.excerpt.startsWith('The Hazara community')).toBe(true);
  });
  it('control: a detail right after a lead still takes its day', () => {
    const ps = run(
      'QUETTA: The Hazara community suffered on Sunday another deadly attack in which eight of its men were gunned down.\n\nThe Hazara killing took place near a fruit market on the outskirts of the city.',
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ resolved_place: 'Quetta', date: '2019-08-18' });
  });
});

describe('a long road the text puts in a district (try 174)', () => {
  it('"the Quetta-Karachi Highway in the Mongochar area of Kalat district" is the district', () => {
    const [p] = run(
      'Armed men set fire to a bank on the Quetta-Karachi Highway in the Mongochar area of Kalat district on Sunday night.',
    );
    expect(p?.resolved_place).toBe('Kalat District');
  });
  it('control: "on the Quetta-Chaman road" alone is the road', () => {
    const [p] = run('Armed men set fire to a bank on the Quetta-Chaman road on Sunday night.');
    expect(p?.resolved_place).toMatch(/^road between/);
  });
});

describe('tries 182 and 183: a title, a body, "Elsewhere"', () => {
  it('"Friday prayer leader" is a title, not the Friday before', () => {
    const ps = run(
      'Gunmen shot dead a cleric in southeastern Iran on Sunday. Ali Ahmadi, a Shia cleric and Friday prayer leader of a mosque in the city of Zahedan, was shot dead by armed men, state media reported.',
    );
    expect(ps.map((p) => p.date)).not.toContain('2019-08-16');
  });
  it('control: "on Friday" is still a date', () => {
    const [p] = run('Gunmen shot dead a cleric in Zahedan on Friday.');
    expect(p?.date).toBe('2019-08-16');
  });
  it('a body "handed over to his family" is no release', () => {
    const ps = run(
      'His body was later taken to a hospital in Baneh, where it was handed over to his family early on Sunday morning.',
    );
    expect(ps.filter((p) => p.category === 'release')).toHaveLength(0);
  });
  it('control: hostages "handed over to" elders is a release', () => {
    const [p] = run(
      'The militants handed over the four hostages to tribal elders in Khost on Sunday.',
    );
    expect(p?.category).toBe('release');
  });
  it('"Elsewhere, two explosions …" is kept apart from the day\'s attack', () => {
    const ps = run(
      [
        'An hours-long gun battle at a bank in southern Afghanistan on Sunday killed at least 12 people, officials said.',
        'The attack on a branch of a bank in Lashkar Gah, the capital of Helmand province, began when a suicide bomber detonated his vest.',
        'Elsewhere, two explosions in the eastern province of Nangarhar killed two police officers and wounded four others.',
        'The first blast occurred when a police vehicle struck a remote controlled mine.',
        'The second blast occurred approximately 30 minutes later when another police vehicle drove over a land mine.',
      ].join('\n\n'),
    );
    expect(ps.some((p) => p.excerpt.startsWith('Elsewhere'))).toBe(true);
  });
  it('a protest announced "to protest the daily killings" is no attack on its day', () => {
    const ps = run(
      'Following the continuation of the systematic killing of porters, activists in Baneh published a statement that they would hold a demonstration in front of the governorate on 25 August to protest the daily killings of porters.',
    );
    expect(ps.filter((p) => p.category === 'attack')).toHaveLength(0);
  });
  it('control: "border guards killed a porter on Sunday" beside the call stays an attack', () => {
    const [p] = run(
      'Border guards killed a porter near Baneh on Sunday, and activists will hold a protest on 25 August.',
    );
    expect(p).toMatchObject({ category: 'attack', date: '2019-08-18' });
  });
});

describe('tries 186 and 187: a burial, a village on the outskirts', () => {
  it('"victims of a … bombing … were laid to rest on Sunday" is not proposed on the burial day', () => {
    const [p] = run(
      "QUETTA: All 30 victims of a deadly suicide bombing in Quetta's Hazara town were laid to rest on Sunday amid tight security.",
    );
    expect(p?.status).toBe('needs_review');
  });
  it('control: "were killed in a suicide bombing … on Sunday" is the incident', () => {
    const [p] = run(
      "QUETTA: Thirty people were killed in a suicide bombing in Quetta's Hazara town on Sunday.",
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2019-08-18' });
  });
  it('"Adezai, a village on the outskirts of Peshawar" reaches as far as a village near it', () => {
    const [p] = run(
      'Militants blew up two electricity pylons in Adezai, a village on the outskirts of Peshawar, on Sunday.',
    );
    expect(p?.uncertainty_km).toBeGreaterThanOrEqual(20);
  });
  it('control: "on the outskirts of Peshawar" alone stays close to the city', () => {
    const [p] = run(
      'Militants blew up two electricity pylons on the outskirts of Peshawar on Sunday.',
    );
    expect(p?.uncertainty_km).toBeLessThan(20);
  });
});
