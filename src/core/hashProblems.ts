// Sentences for the link banner about the parts of a URL hash that were not used: each names the
// key, the value as the link wrote it, and the fix, in the form the time window's messages use
// (`describeHashWindowProblem`). Pure; the app decides where to show them.
import { MAX_HASH_LENGTH, MAX_ID_LENGTH, type HashRejection, type HashState } from './hash.ts';

/** Longest value quoted in a message, in characters; longer ones end in "…". */
export const SHOWN_VALUE_LENGTH = 60;

/** Invisible or reordering characters: C0/C1 controls, zero-width, bidi marks and overrides. */
// eslint-disable-next-line no-control-regex -- showing control characters visibly is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A value from a link as it can be shown in a sentence: at most `SHOWN_VALUE_LENGTH` code points,
 * invisible and direction-changing characters written as `\u{202E}`, so a link cannot reorder or
 * hide the text around it.
 */
export function showValue(value: string): string {
  const cut = [...value.slice(0, 2 * SHOWN_VALUE_LENGTH + 2)]; // code points, never half a pair
  const shown =
    cut.length > SHOWN_VALUE_LENGTH ? `${cut.slice(0, SHOWN_VALUE_LENGTH).join('')}…` : value;
  return shown.replace(
    INVISIBLE,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}

/** One sentence about one rejected part of the hash. */
export function describeHashRejection(r: HashRejection): string {
  const part = `${r.key ?? ''}${r.key ? '=' : ''}${showValue(r.value)}`;
  switch (r.reason) {
    case 'too-long':
      return `The link was ignored: the part after # is longer than the limit of ${MAX_HASH_LENGTH.toLocaleString('en')} characters, so the app did not write it; copy a fresh link from the app.`;
    case 'bad-escape':
      return `The link's ${showValue(r.value)} was ignored: its %-escapes do not decode to text; copy the link again from the app.`;
    case 'malformed':
      return `The link's ${part} was ignored: a map view is written map=zoom/lat/lon, e.g. map=6/29.5/61.5.`;
    case 'out-of-range':
      return `The link's ${part} was ignored: the zoom must be 0–24, the latitude −85.05 to 85.05 and the longitude −180 to 180, e.g. map=6/29.5/61.5.`;
    case 'empty':
      return `The link's ${part} was ignored: it names no incident; add the incident's id or remove incident=.`;
    case 'overlong':
      return `The link's ${part} was ignored: an incident id is at most ${MAX_ID_LENGTH} characters; copy the link again from the app.`;
  }
}

/** Sentences about every part of a parsed hash that was not used (empty when all were). */
export function describeHashProblems(state: HashState): string[] {
  return (state.rejected ?? []).map(describeHashRejection);
}

/** The sentence for a well-formed `incident=` that names no incident of the data shown. */
export function describeUnknownIncident(id: string): string {
  return `The link's incident=${showValue(id)} was ignored: no incident in this dataset has that id; it may belong to other data, or the link was cut.`;
}
