// ACLED event_type / sub_event_type → Borderlines category. The table is documented in the README
// (section "Importing ACLED"); the original ACLED types are kept in the incident's `note`.
import type { Category } from '../types.ts';

/** Sub-event types whose category differs from their event type's default. */
const BY_SUB_EVENT: Readonly<Record<string, Category>> = {
  'Abduction/forced disappearance': 'abduction',
  Agreement: 'diplomacy',
  'Non-violent transfer of territory': 'diplomacy',
  Arrests: 'statement',
  'Change to group/activity': 'statement',
  'Headquarters or base established': 'statement',
  Other: 'statement',
  'Disrupted weapons use': 'attack',
  'Looting/property destruction': 'attack',
};

/** Default category of each ACLED event type. */
const BY_EVENT: Readonly<Record<string, Category>> = {
  Battles: 'attack',
  'Explosions/Remote violence': 'attack',
  'Violence against civilians': 'attack',
  Riots: 'attack',
  Protests: 'protest',
  'Strategic developments': 'statement',
};

/** The ACLED event types the importer knows (for error messages). */
export const ACLED_EVENT_TYPES = Object.keys(BY_EVENT);

/** Category of an ACLED event, or null when the event type is unknown. */
export function acledCategory(eventType: string, subEventType: string): Category | null {
  const base = BY_EVENT[eventType];
  if (!base) return null;
  return BY_SUB_EVENT[subEventType] ?? base;
}
