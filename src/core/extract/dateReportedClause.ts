// A date opening the clause a report brings in is that clause's, not the report's: "the BLA
// stated that on October 17, the group's operatives ambushed …", "According to a report by
// HRANA, on Sunday, August 7, 2011, Iranian security forces killed …", "a report … said rebels
// on Friday shot and wounded …" (two two-hundred-and-thirty-ninth- and thirty-seventh-try pages
// had the event's day held as the report's). The words after the date then tell its role. Pure.

/** "said that", "reported that" just before the date. */
const SAID_THAT =
  /\b(?:said|says|told|added|adds|stated|states|claimed|confirmed|reported)\s+that[\s,]*$/i;
/** "According to a report by X," just before the date: the source, then the clause. */
const ACCORDING_TO = /^[\s"“]*according\s+to\s+[^,;]{1,120},\s*$/i;
/**
 * "said rebels", "reported SSF forces": a report verb, then the reported clause's subject (up to
 * four words, no preposition, no report word), just before the date.
 */
const SAID_SUBJECT =
  /\b(?:said|says|reported|claimed|stated)\s+(?:(?!(?:in|on|at|to|by|from|during|after|before|that|a|an|statement|report|interview|conference|briefing)\b)[\p{L}-]+\s+){1,4}$/iu;

/**
 * True when the words before a date (`back`, within its clause) bring in a reported clause the
 * date opens, so the words after the date tell its role.
 */
export function opensReportedClause(back: string): boolean {
  return SAID_THAT.test(back) || ACCORDING_TO.test(back) || SAID_SUBJECT.test(back);
}
