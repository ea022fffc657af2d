// Regressions from the hundred-and-sixty-second to hundred-and-sixty-seventh real-page tries (and
// try 156's summary lead, left at stop 39), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('a quarter or area of a town (try 156)', () => {
  it('"in Satellite Town area of Turbat" is Turbat, not anywhere in its district', () => {
    const [p] = run('Gunmen shot dead a shopkeeper in Satellite Town area of Turbat on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Turbat', date: '2019-08-18' });
    expect(p?.uncertainty_km).toBeLessThanOrEqual(20);
  });
  it('the place\'s words are the whole phrase, not "area of Turbat"', () => {
    const [p] = run('Gunmen shot dead a shopkeeper in Satellite Town area of Turbat on Sunday.');
    expect(p?.place).toBe('Satellite Town area of Turbat');
  });
  it('"in Gormakan area of Panjgur town" is the town the text names', () => {
    const [p] = run(
      'Armed men opened fire on a teacher in Gormakan area of Panjgur town on Sunday.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Panjgur' });
    expect(p?.uncertainty_km).toBeLessThanOrEqual(20);
  });
  it('control: "in the Hoshab area of Kech district" still falls back to the district', () => {
    const [p] = run(
      'Armed men opened fire on a teacher in the Hoshab area of Kech district on Sunday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
  it('control: "in Mashkay area of Awaran" is anywhere in the district', () => {
    const [p] = run('A convoy was ambushed in Mashkay area of Awaran on Sunday.');
    expect(p?.status).toBe('needs_review');
  });
});

describe('a lead listing two places, then an incident at each (try 156)', () => {
  const lead =
    'TURBAT: Two people were shot dead by unknown gunmen in Turbat and Panjgur on Sunday.';
  const first =
    'A trader, Rahim Bakhsh, was shot dead by armed men in Satellite Town area of Turbat.';
  const second =
    'In another firing incident, armed motorcyclists opened fire on a labourer in Chitkan area of Panjgur town in the evening.';
  const article = `${lead}\n${first} He was taken to hospital.\n${second}`;
  it('each detail is proposed from its own sentence, dated by the lead', () => {
    const ps = run(article);
    const at = (place: string) => ps.find((p) => p.resolved_place === place);
    expect(at('Turbat')).toMatchObject({ status: 'proposed', date: '2019-08-18' });
    expect(at('Turbat')?.excerpt).toContain('Satellite Town');
    expect(at('Panjgur')).toMatchObject({ status: 'proposed', date: '2019-08-18' });
    expect(at('Panjgur')?.excerpt).toContain('Chitkan');
  });
  it('the lead is not proposed a second time beside its details', () => {
    expect(run(article).filter((p) => p.status === 'proposed')).toHaveLength(2);
  });
  it("control: a detail at a third town does not take the listed lead's day", () => {
    const ps = run(`${lead}\nArmed men shot dead a driver in Gwadar.`);
    expect(ps.find((p) => p.resolved_place === 'Gwadar')?.date ?? null).toBeNull();
  });
  it('control: without details, the lead is proposed at both places', () => {
    const ps = run(lead).filter((p) => p.status === 'proposed');
    expect(ps.map((p) => p.resolved_place).sort()).toEqual(['Panjgur', 'Turbat']);
  });
});

describe('a weekday that is no date (try 165)', () => {
  it('"known as Bloody Friday" dates nothing', () => {
    const [p] = run(
      'Security forces killed 90 people in Zahedan on what became known as Bloody Friday.',
    );
    expect(p?.date ?? null).toBeNull();
  });
  it('control: a blast "during Friday prayers" is on the last Friday (tries 121, 139)', () => {
    const [p] = run('A blast struck a mosque in Peshawar during Friday prayers, killing five.');
    expect(p?.date).toBe('2019-08-16');
  });
  it('control: "on Friday" is the last Friday', () => {
    const [p] = run('Security forces killed two protesters in Zahedan on Friday.');
    expect(p?.date).toBe('2019-08-16');
  });
});

describe('where the victims work (try 163)', () => {
  it('"employees of the US Consulate in nearby Peshawar" is not the bombing\'s place', () => {
    const [p] = run(
      'On Sunday, a roadside bomb hit a convoy travelling in Mohmand, killing two employees of the United States Consulate in nearby Peshawar.',
    );
    expect(p?.resolved_place).not.toBe('Peshawar');
  });
  it('control: an attack on the consulate in Peshawar is in Peshawar', () => {
    const [p] = run('On Sunday, a suicide bomber attacked the US consulate in Peshawar.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Peshawar' });
  });
});

describe('"in the capital, Kabul," (try 164)', () => {
  it('is the city, not the government', () => {
    const [p] = run(
      'On Sunday, a suicide car bombing in the capital, Kabul, targeted a NATO convoy, killing 15 people.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Kabul' });
  });
  it('control: "Kabul targeted" alone is the government', () => {
    const [p] = run('On Sunday, Kabul targeted militant hideouts across the border in Kunar.');
    expect(p?.resolved_place).not.toBe('Kabul');
  });
});

describe('"the border of Iran and Pakistan" (try 166)', () => {
  it('frames a town near it, not a second place', () => {
    const [p] = run(
      'Several explosions were heard near Saravan city close to the border of Iran and Pakistan on Sunday.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Sarāvān' });
  });
  it('alone, it is the Iran–Pakistan border', () => {
    const [p] = run('Clashes erupted on the border of Iran and Pakistan on Sunday.');
    expect(p?.place_precision).toBe('border');
  });
});

describe('"X in Pakistan\'s Y" puts X in Y (try 167)', () => {
  it('"Lyari in Pakistan\'s Karachi" is Lyari, no second place', () => {
    const [p] = run(
      "One man was killed in a grenade attack in Bihar Colony of Lyari in Pakistan's Karachi on Sunday night.",
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Lyari' });
  });
  it('"Kandahar in Pakistan\'s Balochistan" is not settled at the Afghan city', () => {
    const [p] = run("A blast hit Kandahar in Pakistan's Balochistan on Sunday.");
    expect(p?.status).toBe('needs_review');
    expect(p?.resolved_place).not.toBe('Kandahār');
  });
});

describe("an unknown quarter in a city's possessive (try 167)", () => {
  it('"Rawalpindi\'s Pir Wadhai bus station" is in Rawalpindi, at an area\'s reach', () => {
    const [p] = run(
      "One person was killed in an explosion at Rawalpindi's Pir Wadhai bus station on Sunday.",
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Rawalpindi' });
    expect(p?.uncertainty_km).toBeLessThanOrEqual(25);
  });
  it('control: "Turbat\'s Buleda area" (a town\'s) still falls back for review', () => {
    const [p] = run("Gunmen killed two in Turbat's Buleda area on Sunday.");
    expect(p?.status).toBe('needs_review');
  });
});

describe('"the Sunday explosion" (try 166)', () => {
  it('dates and tells the incident when it "ripped through" a place', () => {
    const [p] = run(
      'He says the Sunday explosion ripped through a parking area at the Torkham border crossing.',
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2019-08-18' });
  });
  it('control: the victims of "the Sunday explosion" buried on Monday stay held', () => {
    const [p] = run('Mourners buried the victims of the Sunday explosion in Quetta on Monday.');
    expect(p?.status).toBe('needs_review');
  });
});

describe('a town of the same province beyond the reach of a district of known area (try 163)', () => {
  it('"in Shabqadar, North Waziristan" is not settled at the Charsadda town, 190 km off', () => {
    const [p] = run(
      'A roadside bomb hit a military convoy in Shabqadar, North Waziristan on Sunday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.resolved_place).not.toBe('Shabqadar');
  });
  it('control: "in Mir Ali, North Waziristan" is Mir Ali', () => {
    const [p] = run(
      'A roadside bomb hit a military convoy in Mir Ali, North Waziristan on Sunday.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Mir Ali' });
  });
  it('control: "in Taftan, Chagai district" is Taftan, far from the seat', () => {
    const [p] = run('Gunmen attacked a post in Taftan, Chagai district on Sunday.');
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Taftan' });
  });
});

describe('the place of the earlier event a sentence counts from (try 144, after 2041804)', () => {
  it('"QUETTA: Just a couple of days after the Kech attack …" is not a second place', () => {
    const [p] = run(
      'QUETTA: Just a couple of days after the Kech attack that claimed the lives of 10 soldiers, three Levies personnel were martyred in twin blasts in the Sui area of Dera Bugti on Sunday.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Sui' });
  });
});

describe("a quarter in a town's possessive (try 162)", () => {
  it('"Turbat\'s Satellite Town area" is in Turbat', () => {
    const [p] = run("Gunmen shot dead six labourers in Turbat's Satellite Town area on Sunday.");
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Turbat' });
  });
});

describe('"the capital of Afghanistan\'s northern Balkh province" (try 164)', () => {
  it('is the provincial capital', () => {
    const [p] = run(
      "A blast hit the capital of Afghanistan's northern Balkh province on Saturday.",
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Mazār-e Sharīf' });
  });
  it('control: "Afghanistan\'s northern Balkh province" is the province', () => {
    const [p] = run("A blast hit Afghanistan's northern Balkh province on Saturday.");
    expect(p?.place_precision).toBe('province');
  });
});

describe('a saint\'s name after "the shrine of" (try 162)', () => {
  it('"the shrine of Lal Shahbaz Qalandar in Sehwan" is Sehwan', () => {
    const [p] = run(
      'At least 88 people were killed in a suicide blast at the shrine of Lal Shahbaz Qalandar in Sehwan on Sunday.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Sehwan' });
  });
});

describe("a town's own bazaar (try 163)", () => {
  it('"in Shabqadar Bazaar of Charsadda district" is Shabqadar', () => {
    const [p] = run(
      'At least 16 people were killed in a suicide attack in Shabqadar Bazaar of Charsadda district on Sunday.',
    );
    expect(p).toMatchObject({ status: 'proposed', resolved_place: 'Shabqadar' });
  });
  it('control: "in Kohat Bazaar in Peshawar" is a bazaar of Peshawar', () => {
    const [p] = run('A bomb exploded in Kohat Bazaar in Peshawar on Sunday.');
    expect(p?.resolved_place).toBe('Peshawar');
  });
});

describe('a relative date with another date named since the last incident (try 173)', () => {
  const lead = 'On Sunday, Indian firing left a civilian dead in Kotli.';
  const between =
    'Tension had been high since Indian jets intruded into Pakistani airspace on February 26 and dropped their payload near Balakot.';
  const later = 'A day later, the Pakistan Air Force shot down two Indian jets over Bhimber.';
  it('"A day later" is held, naming both dates it may count from', () => {
    const p = run(`${lead}\n${between}\n${later}`).find((x) => x.excerpt.startsWith('A day later'));
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toContain('February 26');
  });
  it('control: with no date in between, "A day later" counts from the lead', () => {
    const p = run(`${lead}\nTension had been high for weeks.\n${later}`).find((x) =>
      x.excerpt.startsWith('A day later'),
    );
    expect(p?.date).toBe('2019-08-19');
    expect(p?.reasons.map((r) => r.message).join(' ')).not.toContain('may count from');
  });
});

describe('"In another clash" (try 171)', () => {
  it('is not folded into the incident told before, the same day and toll', () => {
    const ps = run(
      'TEHRAN - The IRGC announced on Sunday that its forces have killed five members of PJAK in the northwestern border city of Sardasht.\n\nIn another clash in southern city of Khash on Sunday, Iranian police forces killed five members of a terrorist group.',
    );
    expect(ps.some((p) => p.excerpt.startsWith('In another clash'))).toBe(true);
  });
});
