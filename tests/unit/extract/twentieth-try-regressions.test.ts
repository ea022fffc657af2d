// Regressions from the twentieth blind try's pages (real reports, not in the repository), each on
// invented sentences: the rule's case, and a control that must not change.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const run = (text: string, published: string) => extractIncidents(text, { published }, readers);

describe('a byline is no dateline', () => {
  const text =
    'Taliban kill 4 border police\n\nBy Yousuf Zarifi On Dec 29, 2017 - 00:37\n\nJALALABAD (Pajhwok): Taliban militants ambushed four border police in Nangarhar province on Thursday.';
  it('"By … On Dec 29, 2017 -" is skipped and the city line below is the dateline', () => {
    // the byline was read as the dateline, so JALALABAD became the place of the ambush
    expect(readers.findDateline(text, '2017-12-29')?.place).toBe('JALALABAD');
  });
  it('so the filing city is not the place of the ambush', () => {
    const [p] = run(text, '2017-12-29');
    expect(p?.place).not.toBe('JALALABAD');
  });
});

describe('a next sentence telling an act on the victims the lead named', () => {
  it('"assailants targeted the border guards … at a station in Mirjaveh city" places the lead', () => {
    // the lead stayed at the province, 189 km from Mirjaveh
    const [p] = run(
      'Three Iranian border guards were killed in an attack in Sistan and Baluchestan province on Thursday evening.\n\nThe prosecutor said the assailants targeted the border guards while they were filling gas at a station in Mirjaveh city.',
      '2024-09-13',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'Mirjaveh city' });
  });
  it('control: an act on other people is another matter', () => {
    const [p] = run(
      'Three Iranian border guards were killed in an attack in Sistan and Baluchestan province on Thursday evening.\n\nThe prosecutor said the assailants had targeted the judges at a court in Zahedan last year.',
      '2024-09-13',
    );
    expect(p?.place).not.toMatch(/Zahedan/);
  });
});

describe('"here" in a dated report is the dateline city', () => {
  const lead =
    'CHAMAN: At least one person was killed when a roadside bomb went off near a vehicle';
  it('"at the Pak-Afghan border here on Monday evening" is Chaman', () => {
    // no place had been read: the sentence names only the border
    const [p] = run(
      `${lead} at the Pak-Afghan border here on Monday evening, levies sources said.`,
      '2017-09-18',
    );
    expect(p).toMatchObject({ status: 'proposed', place: 'CHAMAN', resolved_place: 'Chaman' });
    expect(p?.title).toMatch(/in Chaman/);
  });
  it('control: a speaker\'s "here" in quoted words is not', () => {
    const [p] = run(
      `${lead} on Monday evening. "We were standing here at the border," a witness said.`,
      '2017-09-18',
    );
    expect(p?.resolved_place).not.toBe('Chaman');
  });
  it('control: "here" beside a place elsewhere does not move it', () => {
    const [p] = run(
      'CHAMAN: Officials here said a bomb killed two people in Turbat on Monday.',
      '2017-09-18',
    );
    expect(p?.resolved_place).toBe('Turbat');
  });
});

describe('a lead telling two attacks, then "In the first incident", "In the second incident"', () => {
  const text =
    'Militants on Tuesday carried out two attacks on NATO container trucks in the Khyber tribal region, killing one person.\nIn the first incident, armed men on a motorcycle fired at three container trucks near the market in Jamrud town.\nIn the second incident, militants fired at container trucks near Landi Kotal town, officials said.';
  it("each detail is an incident of the lead's day at its own town", () => {
    // "the first incident" was read as another, earlier event: both details were lost
    const list = run(text, '2012-07-24');
    expect(list.map((p) => [p.resolved_place, p.date])).toEqual([
      ['Jamrud', '2012-07-24'],
      ['Landi Kotal', '2012-07-24'],
    ]);
  });
  it('control: after a lead telling one attack, "the first incident" is still another event', () => {
    const list = run(
      'Militants on Tuesday attacked a NATO container truck in Jamrud town, killing one person.\nIn the first incident of its kind, militants fired at trucks near Landi Kotal town.',
      '2012-07-24',
    );
    expect(list.find((p) => p.resolved_place === 'Landi Kotal')?.date ?? null).toBeNull();
  });
});

describe('a reported sentence that dates the lead at its own place', () => {
  const lead =
    'Seven civilians were killed by a roadside bomb blast in Lashkargah, provincial capital of Helmand province, officials say.';
  it('"X told Kabul Now that the incident took place this morning, …, in PD3 of Lashkargah city"', () => {
    // the lead stayed undated: the dating sentence was reported speech and named the lead's town
    const [p] = run(
      `${lead}\n\nA police spokesman told Kabul Now that the incident took place this morning, November 02, in PD3 of Lashkargah city.`,
      '2020-11-02',
    );
    expect(p).toMatchObject({ status: 'proposed', date: '2020-11-02' });
  });
  it('control: a dating sentence at another town does not date the lead', () => {
    const list = run(
      `${lead}\n\nA police spokesman told Kabul Now that the incident took place this morning in Gereshk.`,
      '2020-11-02',
    );
    expect(list.find((p) => p.resolved_place?.startsWith('Lashkar'))?.date ?? null).toBeNull();
  });
});

describe('an unknown tehsil "here in" its district', () => {
  it('"in the mountainous Barang tehsil here in Bajaur district" falls back to Bajaur', () => {
    // "Barang" was read as a misspelt Narang, a district of Kunar across the border, 44 km off
    const [p] = run(
      'BAJAUR: A roadside bomb blast injured a tribal elder in the mountainous Barang tehsil here in Bajaur district on Thursday.',
      '2025-09-12',
    );
    expect(p?.resolved_place).toBe('Bajaur District');
    expect(p?.reasons.map((r) => r.code)).toContain('fallback_admin');
  });
});

describe('an AP brief of one sentence a paragraph', () => {
  const text =
    'An Afghan official says a rocket fired by the Taliban has killed two people in the east.\n\nThe governor of Kunar province says the projectile was fired Tuesday. He says it struck a market in the provincial capital, Asad Abad, killing two employees.';
  it('"the projectile was fired Tuesday" is an attack, placed at "Asad Abad" by the next sentence', () => {
    // "projectile" was no event word, and "Asad Abad" (two words) no place
    const list = run(text, '2017-05-16');
    expect(list.find((p) => p.date === '2017-05-16')).toMatchObject({
      status: 'proposed',
      resolved_place: 'Asadābād',
      country: 'AF',
    });
  });
  it('"Meanwhile, in Kunduz province …" begins another story: its details inherit no day', () => {
    const list = run(
      `${text}\n\nMeanwhile, in northern Kunduz province, authorities say they have recaptured a district.\n\nA statement says security forces took back the district of Qala-e Zal in Kunduz.`,
      '2017-05-16',
    );
    expect(list.some((p) => p.excerpt.includes('Qala-e Zal') && p.date === '2017-05-16')).toBe(
      false,
    );
  });
});

describe('a province named like its capital', () => {
  it('"in Kunduz province … in Kunduz city" is not a namesake far from the article\'s provinces', () => {
    // the review said the article named Kunduz province nowhere, though it had
    const list = run(
      "Taliban fighters attacked a post in Kunar province on Tuesday.\n\nMeanwhile, in Afghanistan's northern Kunduz province, authorities say militants stormed a police post in Kunduz city on Tuesday.",
      '2017-05-16',
    );
    const kunduz = list.find((p) => p.resolved_place === 'Kunduz');
    expect(kunduz?.reasons.map((r) => r.code)).not.toContain('ambiguous_place');
  });
  it('control: a town of a province the article never names is still doubted', () => {
    const [, p] = run(
      'Taliban fighters attacked a post in Kunar province on Tuesday.\n\nMilitants stormed a police post in Kunduz on Tuesday.',
      '2017-05-16',
    );
    expect(p?.reasons.map((r) => r.code)).toContain('ambiguous_place');
  });
});
