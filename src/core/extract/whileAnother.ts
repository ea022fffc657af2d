// A sentence that tells two incidents side by side: "A security guard was killed when gunmen burst
// into Tehran's parliament complex, while a gardener was killed when armed assailants entered the
// grounds of Khomeini's mausoleum in the south of the city" (a two-hundred-and-sixty-first-try
// page: one proposal, at the parliament, stood for both, and the mausoleum lies 19 km away). The
// proposal keeps the sentence's first place and is held for review. Pure.

/**
 * ", while a gardener was killed when", "while two policemen were wounded when": a second victim
 * and a second happening of its own ("when …"), not more dead of the same one ("while two others
 * were wounded").
 */
const WHILE_ANOTHER =
  /,\s*while\s+(?:[\w'’-]+\s+){1,6}?(?:was|were|had\s+been|have\s+been)\s+(?:killed|shot(?:\s+dead)?|wounded|injured|abducted|kidnapped)\s+when\s+/i;

/**
 * The second incident's opening words when the sentence `text` (from `from` on, the place's end)
 * tells one beside the first, or null.
 */
export function whileAnother(text: string, from: number): string | null {
  const m = WHILE_ANOTHER.exec(text.slice(from));
  return m ? m[0].replace(/^,\s*/, '').trim() : null;
}
