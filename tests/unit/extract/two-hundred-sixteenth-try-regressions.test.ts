// Regressions from stop 43: mends of stop 42's merges and the two-hundred-and-sixteenth and later
// real-page tries, on invented text, with controls.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Monday 19 August 2019: Sunday is the 18th. */
const run = extractOn('2019-08-19');

describe('a merged proposal that takes another count of dead says it in its title', () => {
  const body =
    '\nCHARSADDA: A suicide bomber smashed his car into a police post in Charsadda on Sunday, police said.';
  it('a headline\'s "kills 16" folded into the body is in the title', () => {
    const [p] = run(`Suicide bomber kills 16 in Charsadda Sunday | 08:16 PM PST |${body}`);
    expect(p).toMatchObject({ fatalities: 16, title: 'Bombing in Charsadda: 16 killed' });
  });
  it('control: without a count the title has none', () => {
    const [p] = run(`Suicide bomber strikes in Charsadda Sunday | 08:16 PM PST |${body}`);
    expect(p?.fatalities).toBeUndefined();
    expect(p?.title).toBe('Bombing in Charsadda');
  });
  it('a lead\'s "killing 16" taken by the sentence pointing back is in the title', () => {
    const [p] = run(
      'CHARSADDA: A suicide bomber smashed his car into a police post on Sunday, killing 16 people, police said.\nThe bombing in Charsadda shattered windows.',
    );
    expect(p?.title).toMatch(/: 16 killed$/);
  });
});
