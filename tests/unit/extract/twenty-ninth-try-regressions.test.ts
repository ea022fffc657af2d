// Regressions from the twenty-ninth real-page try, on invented sentences. A town near the border
// whose country the article names through nothing else, while its other places lie across that
// border, may be a namesake the gazetteer lacks (placeFarFromStory.ts): "a rocket attack on a
// checkpost in Jani Khel area", in a report on Bannu district, had been settled at Jānī Khēl in
// Paktika, 208 km off (the Jani Khel meant is in Bannu).
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2013-09-26');
const JANI_KHEL =
  'Militants launched a rocket attack on a checkpost in Jani Khel area early Wednesday morning.';
const janiKhel = (ps: ReturnType<typeof run>) => ps.find((p) => p.place === 'Jani Khel area');

describe('a namesake across the border from the story', () => {
  it('"in Jani Khel area" in a report on Bannu district is held, naming both countries', () => {
    const p = janiKhel(
      run(
        `Security forces repulsed an attack on a post in Bannu district on Wednesday.\n\n${JANI_KHEL}`,
      ),
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(
      /Afghanistan, a country the article names nowhere else, 208 km from its places in Pakistan/,
    );
  });
  it('control: an article that speaks of Afghanistan keeps the answer', () => {
    const p = janiKhel(
      run(
        `Afghan officials said militants crossed from Bannu district in Pakistan on Wednesday.\n\n${JANI_KHEL}`,
      ),
    );
    expect(p?.status).toBe('proposed');
  });
});

describe('a village near the story across the border is its neighbour', () => {
  it('control: "attacked posts in Mamond tehsil" from Kunar stays settled', () => {
    const [p] = run(
      'Militants from the neighbouring Kunar province attacked a post in Mamond tehsil on Wednesday.',
    );
    expect(p?.reasons.map((r) => r.message).join(' ')).not.toMatch(/names nowhere else/);
  });
});

describe("another place's alternate name heading an unknown name", () => {
  it('"had entered Shal Talu" is a place the gazetteer lacks, not Quetta ("Shal")', () => {
    const ps = run(
      'Afghan militants crossed the border into Pakistan and attacked Upper Dir on Friday. According to officials, the militants had entered Shal Talu two days ago and attacked a security forces checkpost.',
    );
    const p = ps.find((x) => /Shal Talu/.test(x.excerpt));
    expect(p?.resolved_place).not.toBe('Quetta');
    expect(p?.status).toBe('needs_review');
  });
  it('control: "a rocket hit Kandahar Airfield" is Kandahar, a town of note', () => {
    const [p] = run('A rocket hit Kandahar Airfield on Wednesday.');
    expect(p).toMatchObject({ resolved_place: 'Kandahār', status: 'proposed' });
  });
});
