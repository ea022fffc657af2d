// A short organisation name listed as a name ("Mehr", the news agency) is the organisation in any
// case; one listed as an acronym ("MNA", "FC") only in capitals. "the Mehr news agency reported"
// had been read as a second place (Mehr, a town of Fars province).
import { describe, expect, it } from 'vitest';
import { codes, mentionOf, places } from './placeHelpers.ts';

describe('short organisation names', () => {
  it('"the Mehr news agency reported" names an agency, not a second place', () => {
    const r = places('Gunmen attacked a police post in Chabahar, the Mehr news agency reported.');
    expect(mentionOf(r, 'Mehr').role).toBe('organisation');
    expect(r.event?.resolved?.name).toBe('Chabahar');
    expect(codes(r)).not.toContain('several_places');
  });
  it('an acronym written in lower case is no organisation ("Fc" is not the FC)', () => {
    const r = places('Gunmen attacked a post in Chabahar, Fc said.');
    expect(r.mentions.some((m) => m.role === 'organisation')).toBe(false);
  });
});
