// Regressions from the seventy-eighth real-page try (Pakistan), on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2023-03-06');
const LINE =
  'Quetta: A bomb blast in the Bolan district on Monday has killed at least nine policemen and wounded over a dozen others.';

describe('"Quetta:" before a sentence in the present perfect is a dateline', () => {
  it('found on the first line', () => {
    expect(findDateline(LINE, '2023-03-06')?.place).toBe('Quetta');
  });
  it('the blast is not proposed at Quetta (103 km from the Bolan district)', () => {
    const [p] = run(LINE);
    expect(p?.resolved_place).not.toBe('Quetta');
  });
  it('control: "Quetta: … has" with no past participle stays a headline', () => {
    const headline =
      'Quetta: A bomb blast in the Bolan district on Monday has the city on edge and police on alert tonight.';
    expect(findDateline(headline, '2023-03-06')).toBeNull();
  });
});

describe('"Miran Shan" is Miran Shah misspelt, not the Afghan town Mīrān', () => {
  const run2 = extractOn('2006-03-05');
  it('read as a typo of Miran Shah, for review', () => {
    const [p] = run2(
      'The fighting on Saturday in Miran Shan killed 46 tribesmen and five soldiers.',
    );
    expect(p).toMatchObject({ resolved_place: 'Miran Shah', status: 'needs_review' });
    expect(p?.reasons.map((r) => r.code)).toContain('typo_match');
  });
  it('control: "Miran Shah" is read as written, settled', () => {
    const [p] = run2(
      'The fighting on Saturday in Miran Shah killed 46 tribesmen and five soldiers.',
    );
    expect(p).toMatchObject({ resolved_place: 'Miran Shah', status: 'proposed' });
  });
  it('control: a name two letters off ("Miran Shot") is not taken for it', () => {
    const [p] = run2(
      'The fighting on Saturday in Miran Shot killed 46 tribesmen and five soldiers.',
    );
    expect(p?.resolved_place).not.toBe('Miran Shah');
  });
});
