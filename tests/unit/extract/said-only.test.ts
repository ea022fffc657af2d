// A sentence whose only event word is "said" may report no incident (the QA pass of stop 28: a
// cricket result and date prices, each proposed as a "Statement" at a town). It is held unless it
// tells a step of a development (saidOnly.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractOn } from './extractHelpers.ts';

const run = extractOn('2025-03-05');

describe('a sentence marked only by "said"', () => {
  it('a cricket result "…, officials said" is held', () => {
    const [p] = run(
      'QUETTA, March 5 (Reuters) - Quetta Gladiators beat Peshawar Zalmi by six wickets on Tuesday at the Bugti Stadium, officials said.',
    );
    expect(p?.status).toBe('needs_review');
    expect(p?.reasons.map((r) => r.message).join(' ')).toMatch(/only event word is "said"/);
  });
  it('the weather "…, officials said" is held', () => {
    const [p] = run('Heavy rain lashed Quetta on Tuesday, officials said.');
    expect(p?.status).toBe('needs_review');
  });
  it('control: "Authorities closed the Chaman border crossing on Tuesday, officials said" is proposed', () => {
    const [p] = run('Authorities closed the Chaman border crossing on Tuesday, officials said.');
    expect(p?.status).toBe('proposed');
  });
  it('control: "Police arrested three suspects in Quetta on Tuesday, officials said" is proposed', () => {
    const [p] = run('Police arrested three suspects in Quetta on Tuesday, officials said.');
    expect(p?.status).toBe('proposed');
  });
  it('control: "The foreign ministry condemned on Tuesday the firing in Chaman" is proposed', () => {
    const [p] = run('The foreign ministry condemned on Tuesday the firing in Chaman.');
    expect(p?.status).toBe('proposed');
  });
});
