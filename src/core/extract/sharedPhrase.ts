// Two sentences telling one incident often share a phrase of its own ("killed the head of police
// intelligence in Bandar Lengeh" in a page's summary, "targeted the head of police intelligence
// in the southern port city of Bandar Lengeh" in its body). `sharedPhrase` finds such a run of
// words: used by repeats.ts to fold the second telling when the day, place and kind are the same.
// Pure.

/** Words too common to tell one incident from another. */
const COMMON = new Set([
  'which', 'their', 'there', 'where', 'while', 'after', 'before', 'during', 'about', 'under',
  'other', 'others', 'these', 'those', 'being', 'would', 'could', 'people', 'least', 'according',
  // words of place: "the Taybad border region" is where, not what happened
  'border', 'region', 'province', 'district', 'village', 'provincial', 'capital', 'southern',
  'northern', 'eastern', 'western', 'central',
]); // prettier-ignore

/**
 * Words any two reports of attacks share ("an attack on a check-post"): telling, but never
 * enough alone to make two sentences one incident.
 */
const EVENT_WORDS = new Set([
  'attack', 'attacks', 'attacked', 'check', 'checkpoint', 'blast', 'blasts', 'explosion',
  'explosions', 'bomber', 'bombs', 'bombing', 'suicide', 'roadside', 'killed', 'killing',
  'injured', 'wounded', 'martyred', 'soldier', 'soldiers', 'police', 'policemen', 'policeman',
  'security', 'forces', 'personnel', 'vehicle', 'convoy', 'militants', 'gunmen', 'terrorists',
  'fired', 'firing', 'targeted', 'opened', 'unknown', 'armed', 'morning', 'evening', 'night',
  'afternoon', 'civilians', 'officials', 'local', 'hospital', 'station', 'areas',
]); // prettier-ignore

/** How many words in a row the two sentences must share. */
const RUN = 4;
/**
 * So many words in a row written alike are one telling whatever they are ("at the gate of a mosque
 * in Qala-e-Naw, capital of Badghis province": a two-hundred-and-ninetieth-try page proposed the
 * blast twice, the second from a copy of its first line).
 */
const LONG_RUN = 9;

/** The words of `s` as written (letters and digits). */
function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\d]+/gu) ?? [];
}

/** A word that may tell an incident apart: in lower case as written (no name), five letters or more. */
function telling(w: string): boolean {
  return w.length >= 5 && w === w.toLowerCase() && /^\p{L}+$/u.test(w) && !COMMON.has(w);
}

/**
 * True when `a` and `b` share a run of `RUN` words in a row, written alike in both, holding at
 * least two telling words (lower case, five letters or more, not `COMMON`), one of them not an
 * `EVENT_WORDS` word: "the head of police intelligence". Names and numbers do not count, so "in
 * Quetta on Saturday" is no shared phrase, nor is "an attack on a check-post"; so are `LONG_RUN`
 * words in a row written alike that hold one such word of its own.
 */
export function sharedPhrase(a: string, b: string): boolean {
  const runs = new Set<string>();
  const wa = wordsOf(a);
  for (let i = 0; i + RUN <= wa.length; i++)
    runs.add(
      wa
        .slice(i, i + RUN)
        .join(' ')
        .toLowerCase(),
    );
  const wb = wordsOf(b);
  for (let i = 0; i + RUN <= wb.length; i++) {
    const run = wb.slice(i, i + RUN);
    const key = run.join(' ').toLowerCase();
    const told = run.filter(telling);
    const own = told.some((w) => !EVENT_WORDS.has(w));
    if (runs.has(key) && a.includes(run.join(' ')) && told.length >= 2 && own) return true;
  }
  return longRun(wa, wb);
}

/**
 * True when the word lists `wa` and `wb` share `LONG_RUN` words in a row holding a telling word
 * that is no `EVENT_WORDS` word ("mosque"; not "in an attack on a check-post in North Waziristan
 * district on Saturday", which two attacks may share).
 */
function longRun(wa: string[], wb: string[]): boolean {
  const runs = new Set<string>();
  for (let i = 0; i + LONG_RUN <= wa.length; i++) runs.add(wa.slice(i, i + LONG_RUN).join(' '));
  for (let i = 0; i + LONG_RUN <= wb.length; i++) {
    const run = wb.slice(i, i + LONG_RUN);
    const own = run.some((w) => telling(w) && !EVENT_WORDS.has(w));
    if (own && runs.has(run.join(' '))) return true;
  }
  return false;
}
