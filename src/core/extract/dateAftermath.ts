// Dates of what followed an incident: a reaction or a funeral right after the date ("the village
// on Monday buried the victims", "was in Kerman on Friday, joining mourners for the funerals of
// …"), a burial or a later death before it ("were laid to rest … on Monday", "succumbed to
// injuries today"). Such a date is the aftermath's, read like a report's (dateEvent.ts): the
// incident may be earlier. Pure.

/**
 * A verb of mourning or reaction right after the date ("Pakistan today mourned the death of its
 * soldiers as militants opened fire …", "the village on Monday buried the victims"), or a funeral
 * ("was in Kerman on Friday, joining mourners for the funerals of the 85 people killed in twin
 * blasts": a two-hundred-and-seventy-sixth-try page had the bombing proposed on the Friday, two
 * days late): the date is the reaction's, like a report's, and the incident may be earlier.
 */
const REACTION_AHEAD =
  /^\s*,?\s*(?:mourned|mourns|grieved|condoled|buried|paid\s+(?:tribute|homage|respects)|offered\s+condolences|laid\s+to\s+rest|observed\s+(?:a\s+day\s+of\s+)?mourning|held\s+(?:the\s+)?funerals?|joining\s+(?:the\s+)?mourners|attend(?:ed|ing)\s+(?:the\s+)?funerals?)\b|^\s+(?:the\s+)?funerals?\s+(?:prayers?\s+)?(?:of|for)\b/i;
/** A passive burial before the date, in its clause: "were laid to rest amid tight security on". */
const BURIED_BEFORE = /\b(?:was|were|been)\s+(?:buried|laid\s+to\s+rest)\b[^.;]{0,60}$/i;
/** A death from wounds or a risen toll before the date: "succumbed to injuries today (Monday)". */
const TOLL_BEFORE =
  /\b(?:succumbed\s+to|died\s+of)\s+(?:his\s+|her\s+|their\s+)?(?:injuries|wounds)\b[^.;]{0,40}$|\bdeath\s+toll\b[^.;]{0,60}?\b(?:rose|risen|reached|climbed|jumped|increased)\b[^.;]{0,80}$/i;

/**
 * True when the date between `before` and `next` (the words either side of it) is an aftermath's
 * (see the file comment): "victims of a … bombing … were laid to rest on Monday" (a
 * hundred-and-eighty-sixth-try page), "the death toll … has reached three as another victim
 * succumbed to injuries today (Monday)" (a hundred-and-ninety-ninth-try page).
 */
export function aftermathDate(before: string, next: string): boolean {
  return (
    REACTION_AHEAD.test(next) || BURIED_BEFORE.test(before.slice(-80)) || TOLL_BEFORE.test(before)
  );
}
