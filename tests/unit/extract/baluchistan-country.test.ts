// "Baluchistan" is a region on both sides of the border: Pakistan's Balochistan and Iran's Sistan
// and Baluchestan. The country the text gives decides which province it is (issue 8, fourth
// round: a real report on executions in Zahedan had it read as Pakistan's province). Invented
// sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 29 October 2024: "Monday" is the 28th. */
const run = extractOn('2024-10-29');
const province = (text: string) => {
  const [p] = run(text);
  return [p?.resolved_place, p?.country];
};
const IRAN = ['Sistan and Baluchestan', 'IR'];
const PAKISTAN = ['Balochistan', 'PK'];

describe('the country the sentence gives', () => {
  it('"Iran\'s Baluchistan" is Sistan and Baluchestan', () => {
    expect(province("Gunmen killed two guards in Iran's Baluchistan on Monday.")).toEqual(IRAN);
  });
  it('"Iranian Baluchistan" is Sistan and Baluchestan', () => {
    expect(province('Gunmen killed two guards in Iranian Baluchistan on Monday.')).toEqual(IRAN);
  });
  it('"Pakistan\'s Baluchistan" stays Balochistan', () => {
    expect(province("Gunmen killed two guards in Pakistan's Baluchistan on Monday.")).toEqual(
      PAKISTAN,
    );
  });
});

describe('the country a few words before', () => {
  it('"Iran\'s southeastern Baluchistan" is Sistan and Baluchestan', () => {
    expect(
      province("Gunmen killed two guards in Iran's southeastern Baluchistan on Monday."),
    ).toEqual(IRAN);
  });
  it('"Pakistan\'s province of Balochistan", with Tehran acting in the sentence, is Balochistan', () => {
    expect(
      province("Tehran pounded a village in Pakistan's province of Balochistan on Monday."),
    ).toEqual(PAKISTAN);
  });
});

describe('the towns the article places', () => {
  it('Iranian towns and no Pakistani one: Sistan and Baluchestan', () => {
    expect(
      province(
        'Gunmen killed two guards in Baluchistan on Monday. Officials in Zahedan blamed militants.',
      ),
    ).toEqual(IRAN);
  });
  it('towns on both sides: the Pakistani province, as before', () => {
    expect(
      province(
        'Gunmen killed two guards in Baluchistan on Monday. Officials in Quetta and Zahedan blamed militants.',
      ),
    ).toEqual(PAKISTAN);
  });
  it('Iran named only as a country or an adjective is no evidence: Iranian missiles hit Pakistan', () => {
    expect(
      province(
        'Iranian missiles struck a village in Baluchistan on Monday. Iran said it hit militants.',
      ),
    ).toEqual(PAKISTAN);
  });
  it('no country at all: the spelling decides ("Baluchestan" is the Iranian one, not a typo)', () => {
    const [p] = run('Gunmen killed two guards in Baluchestan on Monday.');
    expect([p?.resolved_place, p?.country]).toEqual(IRAN);
    expect(p!.reasons.map((r) => r.code)).not.toContain('typo_match');
    expect(province('Gunmen killed two guards in Baluchistan on Monday.')).toEqual(PAKISTAN);
  });
});

describe('a quote after a year tells of another time (found with the rule above)', () => {
  it("the quote's place is not given to the incident before it", () => {
    const [p] = run(
      'Gunmen killed two guards in Sistan and Baluchestan province on Monday.\n\n' +
        'Such killings are not new: in 2013 sixteen prisoners were hanged. ' +
        "The prosecutor at that time said, 'they were hanged in response to an attack on the guards near Saravan.'",
    );
    expect(p?.resolved_place).toBe('Sistan and Baluchestan');
  });
});

describe('spellings of the Iranian province', () => {
  it.each(['Sistan and Balouchestan', 'Sistan-Balochistan', 'Sistan and Balochistan'])(
    '"%s" is Sistan and Baluchestan, without a typo review',
    (name) => {
      const [p] = run(`Gunmen killed two guards in ${name} province on Monday.`);
      expect([p?.resolved_place, p?.country]).toEqual(IRAN);
      expect(p?.reasons.map((r) => r.code)).not.toContain('typo_match');
    },
  );
});
