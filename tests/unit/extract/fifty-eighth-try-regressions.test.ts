// Regressions from the fifty-eighth real-page try (a Dawn page with a Reuters photo caption), on
// invented sentences, each with a control.
import { describe, expect, it } from 'vitest';
import { codes, extractOn } from './extractHelpers.ts';

/** Published on Tuesday 27 August 2024: Monday is the 26th. */
const run = extractOn('2024-08-27');

describe('a photo caption tells where a picture was taken, not where the incident was', () => {
  it('a line ending "— Reuters/Naseer Ahmed" is held', () => {
    // the hospital in Quetta where a son waited for his father's body had been proposed
    const [p] = run(
      'A man waits to receive the body of his father, who was killed in a militant attack, outside a hospital in Quetta on August 26, 2024. — Reuters/Naseer Ahmed',
    );
    expect(p?.status).toBe('needs_review');
    expect(codes(p)).toContain('other');
  });
  it('control: a last paragraph credited "— AFP" is the report, not a caption', () => {
    const [p] = run('Gunmen killed two policemen in Quetta on Monday, police said. — AFP');
    expect(p).toMatchObject({ resolved_place: 'Quetta', status: 'proposed' });
  });
});

describe('"rammed two explosive-laden vehicles into the wall" is a bombing', () => {
  it('the sentence with the day and the district is an incident of its own', () => {
    // it had no event word, so the attack on the Bannu cantonment kept only the military's
    // statement day and "northwest Pakistan"
    const [p] = run(
      'A group of 16 militants attempted to enter the cantonment area in the Bannu district on Monday evening, and rammed two explosive-laden vehicles into the perimeter wall.',
    );
    expect(p).toMatchObject({ date: '2024-08-26', category: 'attack' });
  });
  it('control: "a truck rammed into a bus" is a crash, no incident', () => {
    const list = run('A truck rammed into a bus in the Bannu district on Monday evening.');
    expect(list).toHaveLength(0);
  });
});
