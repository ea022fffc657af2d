// Where something was going, read from the words before a place: a goal people tried to reach,
// or where a cut supply went. Such a place is no scene (placeChecks.ts reads it as the cue
// "to"). And the opposite: a place attackers burst into is the scene. Pure.

/**
 * Where people were trying to go: "migrants who tried to reach the border town of Saravan", "a
 * bus bound for Quetta", "on their way to Zahedan" (a thirteenth-try page's shooting was settled
 * at the migrants' goal; a far goal would have been a confident far answer).
 */
const GOAL_BEFORE =
  /\b(?:(?:tried|trying|tries|attempt(?:ed|ing|s)?|sought|seeking|hoping|wanted|wanting|planning|planned)\s+to\s+(?:reach|enter|cross\s+(?:in)?to|get\s+(?:in)?to|travel\s+to|go\s+to)|bound\s+for|head(?:ed|ing)\s+for|on\s+(?:their|its|his|her|the)\s+way\s+to)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:town|city|village|area|district|province)\s+of\s+)?$/i;

/**
 * Where a cut supply went: "suspending supply to the Sui plant and Mastung Town" (a
 * two-hundred-and-forty-sixth-try page had the pipeline blasts proposed at Mastung, 240 km from
 * the Pir Koh gas field where one of them was).
 */
const SUPPLY_TO =
  /\b(?:supply|supplies|supplying|flow|power|electricity|gas)\s+(?:of\s+[\w-]+\s+)?to\s+(?:[\w'’-]+\s+){0,4}$/i;

/** True when the words before a place (`before`) make it a goal, not where anything happened. */
export function goalBefore(before: string): boolean {
  return GOAL_BEFORE.test(before) || SUPPLY_TO.test(before);
}

/**
 * Attackers forcing their way in: "gunmen burst into Tehran's parliament complex", "stormed into
 * the compound in Quetta", "rammed into a police post in Bannu". The place after "into" is where
 * it happened, not where anyone was going (a two-hundred-and-sixty-first-try page's attack on
 * Tehran's parliament was held as "where it was going").
 */
const FORCED_INTO =
  /\b(?:burst|bursting|bursts|stormed|storming|storms|broke|breaking|barged|barging|forced\s+(?:their|his|its|her)\s+way|rammed|ramming|rams|crashed|crashing|ploughed|plowed|smashed)\s+into\s+$/i;

/** True when the words before a place (`before`, ending with "into ") tell of forcing a way in. */
export function forcedInto(before: string): boolean {
  return FORCED_INTO.test(before);
}
