// Building regular expressions from text. Pure.

/** `s` with every character a regular expression gives a meaning to escaped, to match it as is. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
