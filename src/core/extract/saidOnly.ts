// "Heavy rain lashed Quetta on Tuesday, officials said", "Quetta Gladiators beat Peshawar Zalmi on
// Tuesday, officials said": a sentence whose only event word is the verb that attributes it
// ("said") may report no incident at all (weather, sport, prices). Such a sentence is a
// statement only by default (`categoryRules.ts`), so it is held unless it tells a step a
// newsroom maps as a development (a crossing closed, an arrest, a seizure, a deportation). Pure.
import type { Trigger } from './events.ts';

/** Statement words that only attribute what the sentence tells. */
const ATTRIBUTING = /^(?:said|says|stated|told reporters)$/i;

/** Steps of a development the map holds even when only "said" marks the sentence. */
const DEVELOPMENT =
  /\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|seiz(?:ed|es|ure)|confiscat(?:ed|es)|recovered|captur(?:ed|es)|clos(?:ed|es|ure)|shut|seal(?:ed|s)?|reopen(?:ed|s)?|suspend(?:ed|s)?|deport(?:ed|s|ation)|expel(?:led|s)?|banned|curfew|deploy(?:ed|s|ment)|evacuat(?:ed|es|ion)|imposed|surrender(?:ed|s)?|smuggl(?:ed|ing|ers?)|infiltrat(?:ed|ion|ors?)|fenc(?:ed|ing)|killed|dead|injured|wounded|missing|fired|firing)\b/i;

/**
 * The attributing verb when it is the sentence's only event word and the sentence tells no step of
 * a development (see above), else null. `triggers` are the sentence's event words.
 */
export function saidOnly(sentence: string, triggers: Trigger[]): string | null {
  if (triggers.length === 0 || !triggers.every((t) => ATTRIBUTING.test(t.text))) return null;
  return DEVELOPMENT.test(sentence) ? null : (triggers[0] as Trigger).text;
}
