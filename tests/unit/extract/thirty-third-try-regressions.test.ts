// Regressions from the thirty-third real-page try, on invented sentences. A police officer's
// surname ("SSP Dostin Dashti confirmed") matched Dashtī, a town in Iran; the article then seemed
// to speak of Iran, "Balochistan" was read as Iran's Sistan and Baluchestan, and "Kalat" as
// Kalāt-e Nāderī in Iran, 1,090 km from the Kalat meant. A person's name says nothing of where
// the article is (placeSupport.ts storyMatches: the article's hints skip persons).
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2024-08-26');

const ARTICLE = [
  "Militant attack kills 10 in Balochistan's Kalat",
  'At least 10 people, including Levies personnel, were killed in a gun attack in Kalat, police said on Monday.',
  'Senior Superintendent of Police (SSP) Dostin Dashti confirmed that those killed included a police sub-inspector.',
].join('\n\n');

describe('a surname that is also a town', () => {
  it('"(SSP) Dostin Dashti confirmed" does not turn Kalat into a namesake in Iran', () => {
    const [p] = run(ARTICLE);
    expect(p).toMatchObject({ resolved_place: 'Kalat', country: 'PK' });
  });
  it('"Senior Superintendent of Police (SSP) Dostin Dashti" names no place', () => {
    const list = run(
      'Senior Superintendent of Police (SSP) Dostin Dashti said on Monday that gunmen had attacked the post.',
    );
    expect(list.map((p) => p.resolved_place)).not.toContain('Dashtī');
  });
  it('control: "gunmen attacked a post in Dashti on Monday" is the town in Iran', () => {
    const [p] = run('Gunmen attacked a police post in Dashti on Monday, IRNA reported.');
    expect(p?.country).toBe('IR');
  });
});

describe('police raids that arrest suspects', () => {
  it('"conducted raids … and arrested 28 suspects" is arrests, not an attack', () => {
    const list = run(
      'Kohat police on Saturday conducted raids in the Jungle Khel area and arrested 28 suspects, including nine Afghan refugees, besides recovering weapons, police said.',
    );
    expect(list.map((p) => p.category)).not.toContain('attack');
  });
  it('"raided a house in Kohat on Saturday and arrested two" is titled as arrests', () => {
    const [p] = run('Police raided a house in Kohat on Saturday and arrested two suspects.');
    expect(p).toMatchObject({ category: 'statement', title: expect.stringMatching(/^Arrests/) });
  });
  it('control: "militants raided a checkpoint and killed two" is an attack', () => {
    const [p] = run('Militants raided a checkpoint in Kohat on Saturday and killed two policemen.');
    expect(p?.category).toBe('attack');
  });
  it('control: "militants raided a police post, officials said" is an attack', () => {
    const [p] = run('Militants raided a police post in Kohat on Saturday, officials said.');
    expect(p?.category).toBe('attack');
  });
});

describe('a colon dateline in odd case (a thirty-third-try page: "KabuL: Aferocious clash …")', () => {
  const text = [
    'Taliban suffer heavy losses in Zabul clash',
    'KabuL: A ferocious clash broke out on Tuesday night after Taliban insurgents stormed police outposts in the Mizan district of southern Zabul province.',
  ].join('\n\n');
  it('"KabuL:" is where the report was filed', () => {
    expect(findDateline(text, '2017-05-25')?.place).toBe('KabuL');
  });
  it('the clash is not placed at Kabul', () => {
    const list = run(text);
    expect(list.map((p) => p.resolved_place)).not.toContain('Kabul');
  });
});
