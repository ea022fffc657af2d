// Regression (found on invented text in stop 36): a next sentence telling the same kind of event
// at a quarter the gazetteer lacks, of a city that does not lie in the lead's place ("in the Mawach
// Goth area of Karachi" after a blast in Peshawar), had been read as where the lead happened: the
// Karachi blast was swallowed and the Peshawar one held. It is another incident. (Written with
// Lyari, which round places5 then curated; Mawach Goth is still unknown.)
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 15 April 2019. */
const run = extractOn('2019-04-15');

describe('a quarter of another city in the next sentence is another incident', () => {
  it('"in the Mawach Goth area of Karachi" after a Peshawar blast stays its own incident', () => {
    const found = run(
      'A bomb exploded in Peshawar on Monday, killing two people.\n\nA bomb exploded in the Mawach Goth area of Karachi on Monday, killing three people.',
    );
    expect(found.map((p) => p.resolved_place)).toEqual(['Peshawar', 'Karachi']);
    expect(found[0]?.status).toBe('proposed');
  });
  it('control: "in the Mawach Goth area of Karachi" after a Karachi blast still tells where it was', () => {
    const [p, ...rest] = run(
      'A bomb exploded in Karachi on Monday, killing two people.\nThe bomb went off in the Mawach Goth area of Karachi.',
    );
    expect(rest).toHaveLength(0);
    expect(p?.status).toBe('needs_review');
  });
});
