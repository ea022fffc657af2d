// Regressions from the twenty-third and the twenty-fifth to twenty-seventh real-page tries, on
// invented sentences (published Friday 10 May 2024 unless said): where victims come from is not
// where the article's events are (placeSupport.ts); two cities filed together, "CITY;", EFE's
// "(EFE).-" and a syndicator's credit before the agency's dateline open a dateline (dateline.ts);
// a statement that the engagement took place on a night dates the lead before it
// (datingDetail.ts).
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { readers } from './extractHelpers.ts';

const first = (text: string) => extractIncidents(text, { published: '2024-05-10' }, readers)[0];
const codes = (text: string) => first(text)?.reasons.map((r) => r.code) ?? [];
const SHOT = 'Gunmen shot dead seven labourers in their quarter in Gwadar on Thursday.';

describe("the victims' home province", () => {
  it('"labourers from Punjab" does not make Gwadar a doubted namesake', () => {
    const text = `${SHOT} The labourers belonged to Punjab city of Khanewal, police said.`;
    expect(codes(text)).not.toContain('ambiguous_place');
  });
  it('control: an article speaking of Punjab itself still doubts a small town', () => {
    const text =
      'Gunmen shot dead two men in Sadiqabad on Thursday. Bajaur district in Khyber Pakhtunkhwa has seen such attacks.';
    expect(codes(text)).toContain('ambiguous_place');
  });
});

describe('two cities filed together', () => {
  it('"Gwadar/Khanewal - " is a dateline naming both', () => {
    const d = findDateline(`Gwadar/Khanewal - ${SHOT}`, '2024-05-10');
    expect(d?.place).toBe('Gwadar/Khanewal');
  });
  it('the sentence after it names one place, settled', () => {
    expect(first(`Gwadar/Khanewal - ${SHOT}`)).toMatchObject({
      resolved_place: 'Gwadar',
      status: 'proposed',
    });
  });
  it('control: a lone title-case city and a dash opens no dateline', () => {
    expect(findDateline(`Gwadar - ${SHOT}`, '2024-05-10')).toBeNull();
  });
});

describe('twenty-fifth try', () => {
  it('"QUETTA; Security forces …" opens with a dateline, not a place', () => {
    expect(
      findDateline('QUETTA; Security forces killed three militants in Zhob.', null)?.place,
    ).toBe('QUETTA');
  });
  it('"According to a statement from the ISPR on Tuesday, the latest engagement took place during the night between …" dates the lead', () => {
    const p = first(
      "Security forces killed three militants in Balochistan's Zhob district. According to a statement from the Inter-Services Public Relations (ISPR) on Tuesday, the latest engagement took place during the night between May 6 and 7.",
    );
    expect([p?.date, p?.date_end]).toEqual(['2024-05-06', '2024-05-07']);
  });
});

describe('twenty-sixth try', () => {
  it('"Islamabad, Dec 15 (EFE).- Militants …" is a dateline (EFE closes its credit with a full stop)', () => {
    const d = findDateline(
      'Islamabad, Dec 15 (EFE).- Militants attacked a police headquarters in Tank district early Friday.',
      '2023-12-15',
    );
    expect(d?.place).toBe('Islamabad');
  });
  it('control: "Islamabad (EFE) said." opens no dateline', () => {
    expect(findDateline('Islamabad (EFE) said. Militants attacked Tank.', '2023-12-15')).toBeNull();
  });
});

describe('twenty-seventh try', () => {
  const TEXT =
    '(MENAFN- Nam News Network) KABUL, Oct 18 (NNN-BNA) – At least 17 civilians were killed in an airstrike in Paktika province last night.';
  it("a syndicator's credit before the agency's own dateline: KABUL is the dateline", () => {
    expect(findDateline(TEXT, '2025-10-18')?.place).toBe('KABUL');
  });
  it('the strike is at Paktika, last night, not at the filing city', () => {
    const p = extractIncidents(TEXT, { published: '2025-10-18' }, readers)[0];
    expect([p?.resolved_place, p?.date]).toEqual(['Paktika', '2025-10-17']);
  });
  it('control: a bracketed aside before a sentence opens no dateline', () => {
    expect(findDateline('(Updated) Militants attacked Kabul on Friday.', '2025-10-18')).toBeNull();
  });
});
