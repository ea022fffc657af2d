// Regressions from the forty-first real-page try, on invented text. Wire copy hard-wrapped at
// about 70 characters had every line read as a sentence of its own ("… injured in a" / "roadside
// bomb blast near a convoy …"): the convoy blast near Miranshah and the Mir Ali bombing gave no
// answer (sentences.ts unwraps a text most of whose open lines run on into the next).
import { describe, expect, it } from 'vitest';
import { nodeReaders } from '../../../pipeline/extract-readers.ts';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { splitSentences } from '../../../src/core/extract/sentences.ts';

const WRAPPED = [
  'At least 16 soldiers were killed and 14 others were injured in a',
  'roadside bomb blast near a convoy of security forces in the',
  'tribal region on Wednesday, an army spokesman said. The convoy was',
  'attacked near Miranshah, the headquarters of North Waziristan',
  'tribal region, bordering Afghanistan, the spokesman was quoted as',
  'saying. A suicide bombing at a checkpost of security forces in Mir',
  'Ali, a major town in North Waziristan, on Tuesday killed at least',
  'five people including three soldiers.',
].join('\n');

describe('hard-wrapped wire copy', () => {
  it('is read in sentences, not lines', () => {
    const got = splitSentences(WRAPPED).map((s) => WRAPPED.slice(s.start, s.end).split('\n')[0]);
    expect(got).toEqual([
      'At least 16 soldiers were killed and 14 others were injured in a',
      'The convoy was',
      'A suicide bombing at a checkpost of security forces in Mir',
    ]);
  });
  it('the Mir Ali bombing on Tuesday is answered', () => {
    const list = extractIncidents(WRAPPED, { published: '2007-07-18' }, nodeReaders());
    expect(list.map((p) => [p.resolved_place, p.date])).toContainEqual(['Mir Ali', '2007-07-17']);
  });
  it('control: a headline line and paragraphs are not joined', () => {
    const text =
      'Taliban attack kills five in Kandahar\nGunmen killed five policemen in Kandahar on Monday.\nThe attack came at night.';
    expect(splitSentences(text)).toHaveLength(3);
  });
});

describe('the capital of a province with a compass word', () => {
  it('"in the capital of southern Ghazni province" is Ghazni city', () => {
    const [p] = extractIncidents(
      'A police official was killed in an explosion in the capital of southern Ghazni province on Wednesday.',
      { published: '2014-03-20' },
      nodeReaders(),
    );
    expect(p).toMatchObject({ resolved_place: 'Ghazni', place_precision: 'town' });
  });
});

describe('a named area of a small seat means its district (a forty-second-try page)', () => {
  const first = (text: string) =>
    extractIncidents(text, { published: '2014-06-10' }, nodeReaders())[0];
  it('"a convoy in Awaran" with "Mashkay area of Awaran" after it is the district, held', () => {
    const p = first(
      'Two soldiers were killed on Monday when an explosion hit a convoy in Awaran, officials said.\n\nThe vehicle was on a patrol in Mashkay area of Awaran when militants targeted it.',
    );
    expect(p).toMatchObject({ resolved_place: 'Awaran District', status: 'needs_review' });
  });
  it('control: "the Matni area of Peshawar" leaves a bombing "in Peshawar" at the city', () => {
    const p = first(
      'A car bomb killed three people in Peshawar on Monday, police said.\n\nThe blast hit a market in the Matni area of Peshawar.',
    );
    expect(p?.place_precision).toBe('town');
  });
});

describe('a misspelt area of a town, read as a namesake far away (a forty-second-try page)', () => {
  it('"the Shahrag area of Harnai" falls back to Harnai, not Shahrak in Ghor 562 km off', () => {
    const [p] = extractIncidents(
      'Seven soldiers were martyred when terrorists attacked a post in the Shahrag area of Harnai on Saturday night.',
      { published: '2020-12-27' },
      nodeReaders(),
    );
    expect(p).toMatchObject({ resolved_place: 'Harnai', status: 'needs_review' });
    expect(p?.uncertainty_km).toBeGreaterThanOrEqual(50);
  });
});
