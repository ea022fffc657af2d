// Regressions from the ninety-eighth real-page try (Pakistan), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 23 February 2010: Monday is the 22nd. */
const run = extractOn('2010-02-23');

describe('a dateline closed by a bar: "MINGORA, Pakistan | A suicide bomber …"', () => {
  it('is a dateline at Mingora', () => {
    const d = findDateline('MINGORA, Pakistan | A suicide bomber struck a market on Monday.', null);
    expect(d?.place).toBe('MINGORA');
  });
  it('control: a headline with a bar and a site name is no dateline', () => {
    expect(
      findDateline('Bomb kills eight in Swat | Dawn\n\nA bomb went off on Monday.', null),
    ).toBeNull();
  });
});

describe('"The attack in X was the latest violence in …" places the lead told before it', () => {
  it('a lead with only "the Swat Valley" takes Mingora from the next sentence', () => {
    const [p] = run(
      'A suicide bomber set off a blast in a busy market in the northwestern Swat Valley on Monday, killing eight people, officials said.\nThe attack in the district capital of Mingora was the latest violence in the restive border region, where the military has been waging offensives against militants.',
    );
    expect(p).toMatchObject({ resolved_place: 'Mingora', date: '2010-02-22', status: 'proposed' });
  });
  it('control: "Another attack in Mingora was the latest …" does not place the lead', () => {
    const [p] = run(
      'A suicide bomber set off a blast in a busy market on Monday, killing eight people.\nAnother attack in Mingora was the latest violence in the region.',
    );
    expect(p?.resolved_place ?? null).toBeNull();
  });
});

describe('"the ISPR said on the night between March 20 and 21, security forces conducted …"', () => {
  const said = extractOn('2024-03-22');
  it('the night dates the operation, not the statement', () => {
    const [p] = said(
      'The ISPR said on the night between March 20 and 21, security forces conducted an operation in Turbat, killing four militants.',
    );
    expect(p).toMatchObject({ date: '2024-03-20', date_end: '2024-03-21', status: 'proposed' });
  });
  it('control: "said on Thursday, security forces conducted …" still dates the statement', () => {
    const [p] = said(
      'The ISPR said on Thursday, security forces conducted an operation in Turbat, killing four militants.',
    );
    expect(p?.status).toBe('needs_review');
  });
});
