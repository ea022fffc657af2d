// A sentence saying where the incident's target lies ("The statement said the checkpost was near
// X") gives a coarse incident its place, also past a paragraph that tells nothing (a quote and
// an unknown, after a one-sentence lead); past such a paragraph, only a sentence that locates
// the incident counts (issue 8, eighth try: a post "northeast of Angoor Adda" two sentences
// later was left, and the district was settled 36 km off). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

/** Published on Tuesday 27 October 2015: "early today" is the 27th. */
const run = extractOn('2015-10-27');

const LEAD =
  'Heavy fire from across the border killed seven soldiers early today at a checkpost in South Waziristan, the army said.';
const QUOTE =
  '"Seven soldiers embraced martyrdom," a military statement said. It was not immediately known who fired.';
const LIES = 'The statement said the checkpost was near Angoor Adda in South Waziristan.';

describe('where the target lies', () => {
  it('the next sentence, "the checkpost was near X", refines the district', () => {
    const [p] = run(`${LEAD}\n${LIES}`);
    expect(p).toMatchObject({ date: '2015-10-27', resolved_place: 'Angoor Adda' });
  });
  it('past a paragraph of a quote and an unknown after a one-sentence lead', () => {
    const [p] = run(`${LEAD}\n${QUOTE}\n${LIES}`);
    expect(p?.resolved_place).toBe('Angoor Adda');
  });
});

describe('what is not taken past a paragraph that tells nothing', () => {
  it('a sentence that only points back ("condemned the attack near X")', () => {
    const text = `${LEAD}\n${QUOTE}\nElders condemned the attack near Angoor Adda in South Waziristan.`;
    expect(run(text)[0]?.resolved_place).toBe('South Waziristan District');
  });
  it('a lead that shares its paragraph with the sentences between', () => {
    const text = `${LEAD} ${QUOTE}\n${LIES}`;
    expect(run(text)[0]?.resolved_place).toBe('South Waziristan District');
  });
});
