// Regressions from the tenth real-page try, on invented sentences: a town's name inside a clan's
// village ("Bar Qambar Khel") is not that town; "spokesman for Farah police" names a body, not
// the scene; nor does "a security official in Quetta"; a later sentence taking up the lead's
// target ("a compound" … "the compound near X") places it; "at six locations, including X" is one
// of many places; a "where …" clause's date beside another date is not surely the incident's;
// "militants from across the border in Afghanistan" came from there; a town known only in a
// country the story does not otherwise name, far from its border with the story's, is doubted;
// a provincial capital does not outrank a namesake town across the border by its rank alone.
// Each with a control that must not fire.
import { describe, expect, it } from 'vitest';
import { codes, extractOn } from './extractHelpers.ts';

/** Published on Sunday 24 November 2024: "Monday" is the 18th. */
const run = extractOn('2024-11-24');

describe('a town inside a clan village\'s name ("X Khel")', () => {
  it('"ambushed in Bara\'s Bar Qambar Khel area" is not Kambar in Sindh', () => {
    // it had been settled at Kambar (Qambar), Sindh, 764 km from the scene in Khyber
    const [p] = run(
      "A water carrier was ambushed in Bara's Bar Qambar Khel area on Monday, officials said.",
    );
    expect(p?.resolved_place).not.toBe('Kambar');
    expect(p?.status).toBe('needs_review');
  });
  it('"in Qambar Khel" alone is no town either', () => {
    const [p] = run('Gunmen killed two men in Qambar Khel on Monday.');
    expect(p?.resolved_place).not.toBe('Kambar');
  });
  it('"the Gomal Zam dam" is not the Afghan town also called Gomal', () => {
    const [p] = run('Militants attacked workers at the Gomal Zam dam on Monday, killing two.');
    expect(p?.resolved_place ?? null).toBeNull();
  });
  it('control: "the Tarbela dam in Haripur" is at Haripur', () => {
    const [p] = run('Militants attacked workers at the Tarbela dam in Haripur on Monday.');
    expect(p?.resolved_place).toBe('Haripur');
  });
  it('control: "in Qambar" is the town', () => {
    const [p] = run('Gunmen killed two men in Qambar on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Kambar', status: 'proposed' });
  });
});

describe('a public body named after its jurisdiction', () => {
  it('"spokesman for Farah police" does not place the attack at Farah town', () => {
    // a real report's attack in a district the gazetteer lacks was settled at Farah ±5 km
    const [p] = run(
      'Hamid Khan, spokesman for Farah police, said militants attacked checkpoints in the Karez area on Monday.',
    );
    expect(p?.resolved_place).not.toBe('Farah');
    expect(p?.status).toBe('needs_review');
  });
  it('"the Farah provincial council" is no scene either', () => {
    const [p] = run(
      'A member of the Farah provincial council said two soldiers were killed in a clash on Monday.',
    );
    expect(p?.resolved_place).not.toBe('Farah');
  });
  it('control: "the Saravan police station" is a building in the town', () => {
    const [p] = run('Gunmen attacked the Saravan police station on Monday, killing two officers.');
    expect(p).toMatchObject({ resolved_place: 'Sarāvān', status: 'proposed' });
  });
});

describe('where the source sits', () => {
  it('"…, a security official in Quetta said" does not move an attack in Panjgur to Quetta', () => {
    // Quetta ±5 km had been settled for a post some 400 km away
    const [p] = run(
      'Militants attacked a post in Panjgur district on Monday, a security official in Quetta said.',
    );
    expect(p?.resolved_place).toBe('Panjgur District');
  });
  it("with no other place, the source's town goes to review", () => {
    const [p] = run('Two soldiers were killed in an attack on Monday, officials in Turbat said.');
    expect(p).toMatchObject({ resolved_place: 'Turbat', status: 'needs_review' });
  });
  it('control: "stormed the police headquarters in the town of Rask" is the scene', () => {
    const [p] = run('Gunmen stormed the police headquarters in the town of Rask on Monday.');
    expect(p).toMatchObject({ resolved_place: 'Rāsak', status: 'proposed' });
  });
});

describe("a later sentence taking up the lead's target", () => {
  const lead =
    'A drone strike on a compound in the North Waziristan tribal district killed six people on Monday, officials said.';
  it('"the compound near Datta Khel" two one-sentence paragraphs on places the strike', () => {
    // the district (±78 km) had been settled, 33 km from Datta Khel
    const text = `${lead}\n\nThe identities of the dead were not known.\n\nTwo missiles slammed into the compound near Datta Khel, about 20 miles west of Miran Shah, a security official in Peshawar said.`;
    const [p] = run(text);
    expect(p?.resolved_place).toBe('Datta Khel');
  });
  it('"Two missiles fired from a drone hit a compound near Datta Khel" in the next paragraph too', () => {
    const text = `${lead}\n\nTwo missiles fired from a drone hit a compound near Datta Khel, officials said.`;
    const [p] = run(text);
    expect(p?.resolved_place).toBe('Datta Khel');
  });
  it('control: "a compound" searched later is another act', () => {
    const text = `${lead}\n\nTroops later searched a compound near Datta Khel.`;
    const [p] = run(text);
    expect(p?.resolved_place).toBe('North Waziristan District');
  });
  it('control: a sentence about another compound does not', () => {
    const text = `${lead} Troops later searched a house near Datta Khel.`;
    const [p] = run(text);
    expect(p?.resolved_place).toBe('North Waziristan District');
  });
});

describe('one of several places, two dates', () => {
  it('"killed 30 militants at six locations, including Datta Khel" is for review', () => {
    const [p] = run(
      'Airstrikes killed 30 militants at six locations, including Datta Khel, on Monday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('several_places');
  });
  it('control: "including two commanders" counts people, not places', () => {
    const [p] = run(
      'Airstrikes killed 30 militants, including two commanders, in Datta Khel on Monday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Datta Khel', status: 'proposed' });
  });
  it('"strikes on Monday … the area where the drone struck yesterday": two dates, for review', () => {
    // the clause's "yesterday" had been settled as the strikes' day, a day off
    const [p] = run(
      'The army said airstrikes on Monday killed 30 militants in Datta Khel, the area where a drone struck yesterday.',
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('several_dates');
  });
  it('control: "in Quetta, where a bomb killed ten on Monday" has one date and is settled', () => {
    const [p] = run('Security was tightened in Quetta, where a bomb killed ten people on Monday.');
    expect(p).toMatchObject({ date: '2024-11-18', status: 'proposed' });
  });
});

describe('"from across the border in X"', () => {
  it('is where the attackers came from, not a second place of the attack', () => {
    const [p] = run(
      'Militants from across the border in Afghanistan opened fire and killed four soldiers in Zhob district on Monday.',
    );
    expect(p?.resolved_place).toBe('Zhob District');
    expect(p?.reasons.map((r) => r.code)).not.toContain('several_places');
  });
});

describe('a town far from the story', () => {
  it('"QUETTA: … check post in the Dasht area" is not settled at Dasht in northern Iran', () => {
    // found beside the tenth try: Dasht (Golestan) was settled ±20 km, ~930 km from Pakistan
    const [p] = run(
      'QUETTA: Two Levies personnel were killed when gunmen attacked their check post in the Dasht area on Monday, officials said.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('ambiguous_place');
  });
  it("control: a town across the border from the story's country is settled", () => {
    const [p] = run(
      'QUETTA: Mortars fired from Pakistan landed in Saravan on Monday, killing two.',
    );
    expect(p).toMatchObject({ resolved_place: 'Sarāvān', status: 'proposed' });
  });
});

describe('namesakes in two countries', () => {
  it('"in Kalat" with nothing else is Kalat (Balochistan) or Qalat (Zabul): for review', () => {
    // found beside the tenth try: Qalat in Afghanistan was settled by its provincial-capital rank
    const [p] = run('Gunmen shot dead two Levies men in Kalat on Monday, police said.');
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.code)).toContain('ambiguous_place');
  });
  it('control: "Qalat, the capital of Zabul province" is the Afghan town', () => {
    const [p] = run(
      'Taliban fighters attacked a checkpoint in Qalat, the capital of Zabul province, on Monday.',
    );
    expect(p).toMatchObject({ resolved_place: 'Qalāt', country: 'AF', status: 'proposed' });
  });
  it('control: "in southeastern Iran\'s Khash" is the Iranian town', () => {
    const [p] = run(
      "Gunmen killed two Revolutionary Guards in southeastern Iran's Khash on Monday.",
    );
    expect(p).toMatchObject({ country: 'IR', status: 'proposed' });
  });
});
