// City sectors named by a code: Islamabad's "I-10", "G-9/4", "F-6 Markaz". Pure.

/**
 * Is the unknown name at `start`–`end` part of a city sector named by a code: the letter of "G-9"
 * or "I-10/4", or "Sector" or "Markaz" after one ("in I-10 Sector of Islamabad", "Islamabad's
 * G-9 sector", "the F-6 Markaz area": a hundred-and-forty-third-try page had been held as a
 * place the gazetteer lacks)? Such a sector lies in the city named with it.
 */
export function isSectorCode(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (/^\p{Lu}$/u.test(name)) return /^-\d{1,2}(?:\/\d)?\b/.test(text.slice(end, end + 6));
  if (!/^(?:Sector|Markaz)(?: area)?$/.test(name)) return false;
  return /\b\p{Lu}-\d{1,2}(?:\/\d)?\s+$/u.test(text.slice(Math.max(0, start - 10), start));
}
