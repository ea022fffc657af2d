// ACLED event types → Borderlines categories (the table in the README's "Importing ACLED").
import { describe, expect, it } from 'vitest';
import { ACLED_EVENT_TYPES, acledCategory } from '../../../src/core/acled/categories.ts';

describe('acledCategory', () => {
  it('regression: protests were drawn as statements; they are protests', () => {
    expect(acledCategory('Protests', 'Peaceful protest')).toBe('protest');
    expect(acledCategory('Protests', 'Protest with intervention')).toBe('protest');
  });
  it('a sub-event type overrides its event type where the table says so', () => {
    expect(acledCategory('Violence against civilians', 'Abduction/forced disappearance')).toBe(
      'abduction',
    );
    expect(acledCategory('Strategic developments', 'Agreement')).toBe('diplomacy');
  });
  it('an unknown event type has no category (the row is reported, not guessed)', () => {
    expect(acledCategory('Parades', 'Peaceful protest')).toBeNull();
  });
  it('knows the six ACLED event types', () => {
    expect(ACLED_EVENT_TYPES).toHaveLength(6);
  });
});
