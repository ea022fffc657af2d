// Regressions from the seventieth real-page try (a blog's reprint of a Pakistani paper's report,
// its "QUETTA:" dateline under a date, a headline, a subhead, five bullet points and a byline), on
// invented text, with controls.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../src/core/extract/dateline.ts';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2005-03-17');
const ABOVE = [
  'Thursday, March 17, 2005',
  'Tribesmen and troops clash in Dera Bugti',
  'Fighting near the gas fields',
  '* 5 soldiers killed, 19 injured',
  '* Tribal chief says civilians were killed',
  '* 40 soldiers surrounded',
  '* Army called in from Quetta',
  '* Minister says troops defended themselves',
  'By A Reporter',
].join('\n\n');
const LEAD =
  'QUETTA: Troops and tribesmen battled each other in Dera Bugti on Thursday, officials said.';

describe('"QUETTA:" under ten short lines is still the dateline', () => {
  it('it is found as the dateline', () => {
    expect(findDateline(`${ABOVE}\n\n${LEAD}`, '2005-03-17')?.place).toBe('QUETTA');
  });
  it('the clash is placed in Dera Bugti, not at Quetta (244 km off)', () => {
    const found = run(`${ABOVE}\n\n${LEAD}`).find((p) => p.excerpt_start > ABOVE.length);
    expect(found?.resolved_place).not.toBe('Quetta');
  });
  it('control: a capitals city thirteen lines down is no dateline', () => {
    const many = `${ABOVE}\n\nLine ten\n\nLine eleven\n\nLine twelve\n\nLine thirteen`;
    expect(findDateline(`${many}\n\n${LEAD}`, '2005-03-17')).toBeNull();
  });
});
