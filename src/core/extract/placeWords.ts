// The words around place names that the place reader knows: words inside names ("Sistan and
// Baluchestan"), before places ("in", "near"), never places (months, weekdays, demonyms), after
// a town that make a street or building of it, titles and person cues, and the division,
// province, town and crossing words, and the phrases they make before or after a name ("tribal
// district", "the town of", "close to"). Pure data and small token helpers.
import { gap, joins, type Token } from './placeTokens.ts';

/** Words that may sit inside a name ("Sistan and Baluchestan", "Torbat-e Jam", "Lash wa Juwayn"). */
export const CONNECTORS = new Set([
  'and',
  'va',
  'wa',
  'e',
  'ye',
  'i',
  'al',
  'ul',
  'el',
  'of',
  'in',
  'o',
]);
/** Words before a name that make it a place ("in Band", "near Bam"). */
export const LOCATIVE = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'around', 'across', 'toward', 'towards',
  'inside', 'of', 'between', 'via', 'through', 'along', 'reach', 'reached', 'entered',
]); // prettier-ignore
/** Never places, whatever the gazetteer says. */
export const NEVER = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'god', 'allah', 'islam', 'muslim', 'sunni', 'shia', 'baloch', 'baluch',
  'pakistani', 'iranian', 'afghan', 'afghans', 'persian', 'president', 'minister', 'army',
]); // prettier-ignore
/** Nouns for people, capitalised only at a sentence's start ("Terrorists in … Tank district"). */
const PEOPLE_WORDS = new Set([
  'militants', 'gunmen', 'terrorists', 'insurgents', 'attackers', 'assailants', 'rebels',
  'fighters', 'troops', 'soldiers', 'policemen', 'guards', 'officials', 'residents', 'villagers',
  'locals', 'tribesmen', 'elders', 'witnesses', 'sources', 'civilians', 'people', 'men', 'women',
  'children', 'students', 'workers', 'labourers', 'laborers', 'passengers', 'pilgrims',
  'protesters', 'demonstrators', 'relatives', 'authorities', 'security', 'police',
]); // prettier-ignore

/**
 * True when the word at `at` is a noun for people standing alone ("Terrorists in Khyber
 * Pakhtunkhwa's Tank district attacked …": read as an unknown village of Tank, a fifty-fourth-try
 * page), not a name; "Police Lines" goes on with a capital and is left to the name readers.
 */
export function isPeopleWord(words: { lower: string; cap: boolean }[], at: number): boolean {
  return PEOPLE_WORDS.has(words[at]?.lower ?? '') && !words[at + 1]?.cap;
}

// The words of posts and stations, in one place: placeLongerName.ts ("Khar Kamar Checkpost"),
// placePostNamed.ts ("the Daraban police check post") and facilityLater.ts read them.

/** Urdu words for a police or guard post, also names of places ("Chowki", Tsowkêy in Kunar). */
const URDU_POST_WORDS = new Set(['chowki', 'chowky', 'chauki', 'choki', 'chowkey']);
/** Words before a post word that make it the post ("Maidan Gul Police Chowki", "Levies chowki"). */
const FORCE_WORDS = new Set(['police', 'levies', 'fc', 'check', 'security', 'border', 'army']);
/** English words for a post after its name ("Khar Kamar Checkpost", "Daraban post"). */
export const POST_NOUNS = new Set([
  'post', 'checkpost', 'check-post', 'outpost', 'checkpoint', 'picket', 'fort', 'camp',
]); // prettier-ignore
/** Capitalised words between a town and "Post" that say what kind of post it is ("Torkham Border Post"). */
export const POST_QUALIFIERS = new Set([
  ...FORCE_WORDS, 'frontier', 'military', 'customs', 'main', 'joint', 'forward', 'immigration',
  'railway', 'army’s', "army's",
]); // prettier-ignore
const alternatives = (words: Iterable<string>) =>
  [...words].map((w) => w.replace(/-/g, '[\\s-]*')).join('|');
/**
 * A post's or station's words, as a pattern's source: "police check post", "Levies post",
 * "checkpoints", "chowki", "police station", "thana".
 */
const POST_OR_STATION = `(?:(?:${alternatives(FORCE_WORDS)})\\s+)?(?:check[\\s-]*posts?|(?:${alternatives(POST_NOUNS)})s?|${alternatives(URDU_POST_WORDS)}|(?:police\\s+)?stations?|thana)\\b`;
/** After a name: a post's or station's words ("Daraban police check post", "Kulachi Police Station"). */
export const POST_AFTER = new RegExp(`^\\s+${POST_OR_STATION}`, 'i');
/** Before a name: a post's or station's words and "in" or "at" ("Police Station in the "). */
export const POST_IN = new RegExp(`${POST_OR_STATION}\\s+(?:in|at)\\s+(?:the\\s+)?$`, 'i');
/** Anywhere in a sentence: a post or a station ("attacked a police station in …"). */
export const POST_OR_STATION_WORDS = new RegExp(`\\b${POST_OR_STATION}`, 'i');

/**
 * True when the word at `at` names a post of the force named before it ("Maidan Gul Police
 * Chowki": a police post in Lower Dir, which had been proposed at Tsowkêy in Kunar, 85 km off),
 * not a place.
 */
export function isForcePost(words: { lower: string }[], at: number): boolean {
  return URDU_POST_WORDS.has(words[at]?.lower ?? '') && FORCE_WORDS.has(words[at - 1]?.lower ?? '');
}

/** True when the word at `at` alone is never a place: `NEVER`, a force's post, an acronym. */
export function neverName(words: { lower: string; upper: boolean; text: string }[], at: number) {
  return NEVER.has(words[at]?.lower ?? '') || isForcePost(words, at) || isAcronymWord(words, at);
}

/** Abbreviations news use for places ("in KPK"): never taken for acronyms of something else. */
const PLACE_ABBREVIATIONS = new Set(['KP', 'KPK', 'AJK', 'ICT']);

/**
 * True when the word at `at` is an acronym of two or three capitals in running text ("cousins of
 * BNP president Akhtar Mengal": the party, which GeoNames lists as Bannu's airport code; a
 * fifty-second-try Turbat report had been drafted at Bannu, 1,066 km off), not a place. A word
 * among other capitals (a headline or dateline in capitals) is not judged.
 */
export function isAcronymWord(words: { upper: boolean; text: string }[], at: number): boolean {
  const w = words[at];
  if (!w?.upper || w.text.length > 3 || !/^\p{Lu}+$/u.test(w.text)) return false;
  if (PLACE_ABBREVIATIONS.has(w.text)) return false;
  return !words[at - 1]?.upper && !words[at + 1]?.upper;
}

/**
 * A capitalised word after a town name that makes the phrase a street or building named after it
 * ("Tank Adda", a bus stand in Dera Ismail Khan, not the town Tank 60 km off).
 */
export const FACILITY = new Set([
  'road', 'street', 'avenue', 'lane', 'chowk', 'colony', 'bazaar', 'bazar', 'market', 'hospital',
  'university', 'college', 'school', 'mosque', 'stadium', 'hotel', 'club', 'park', 'square',
  'gate', 'house', 'adda', 'ada',
]); // prettier-ignore
// (not "cantonment": "the Bannu Cantonment" lies in Bannu, a two-hundred-and-twenty-third-try
// suicide attack had been placed at Pakistan for it)
/** Words after which "Town Surname" is a person ("said Bahram Qasemi", "met with …"). */
export const PERSON_CONTEXT = new Set([
  'said',
  'told',
  'according',
  'with',
  'and',
  'by',
  'spokesman',
]);
/** Titles before a person's name ("President", "General"). */
export const TITLES = new Set([
  'president', 'minister', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt',
  'mr', 'mrs', 'ms', 'dr', 'mullah', 'maulana', 'sheikh', 'seyed', 'sayed', 'syed', 'ayatollah',
  'spokesman', 'governor', 'commander', 'senator', 'judge', 'imam', 'maulvi', 'mufti',
]); // prettier-ignore
/**
 * Words after a name that make the phrase a natural feature or a work named after the place ("the
 * Helmand river", "the Kurram valley", "Mirani dam"): it may run far beyond the place.
 */
export const FEATURE_WORDS = new Set([
  'river', 'valley', 'dam', 'pass', 'mountain', 'mountains', 'hills', 'range', 'lake', 'canal',
  'desert', 'stream', 'nullah', 'basin', 'gorge', 'plateau', 'plain', 'plains', 'creek', 'bay',
]); // prettier-ignore
/** "Shegal and Dangam districts": the word says more than one division is named. */
export const PLURAL_DISTRICT_WORDS = new Set(['counties', 'districts', 'tehsils']);
export const DISTRICT_WORDS = new Set([
  'county',
  'district',
  'shahrestan',
  'tehsil',
  'sub-district',
  ...PLURAL_DISTRICT_WORDS,
]);
/**
 * Words after a name that make a clan's village of it ("Bar Qambar Khel", "Mir Ali Khel", "Haji
 * Kalay"): the village is named after a clan, not the town of the same name elsewhere.
 */
export const CLAN_SUFFIXES = new Set([
  'khel', 'kheil', 'khail', 'khels', 'zai', 'zay', 'kalay', 'kelay', 'killi', 'kili', 'kalli',
]); // prettier-ignore
export const PROVINCE_WORDS = new Set(['province', 'provinces', 'region']);
/** "Makran Division", "Quetta division": Pakistan's divisions, each several districts. */
export const DIVISION_WORDS = new Set(['division']);
export const TOWN_WORDS = new Set(['city', 'town', 'village']);
export const CROSSING_WORDS = [
  ['border', 'crossing', 'point'], ['border', 'crossing'], ['crossing', 'point'], ['crossing'],
  ['border', 'point'], ['border', 'gate'], ['border', 'terminal'], ['border', 'terminals'],
]; // prettier-ignore

export function wordsAt(tokens: Token[], at: number, words: string[], text: string): boolean {
  return words.every((w, k) => {
    const t = tokens[at + k];
    const prev = tokens[at + k - 1];
    return t?.lower === w && (k === 0 || (prev !== undefined && joins(gap(text, prev, t))));
  });
}

/** Capitalised words that start sentences and titles but never name anything here. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'and', 'but', 'he', 'she', 'it', 'they', 'we', 'his',
  'her', 'their', 'this', 'that', 'these', 'those', 'there', 'after', 'before', 'when', 'while',
  'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'maj', 'lt', 'capt', 'sgt',
]); // prettier-ignore

/** The units of Pakistan's former tribal areas, each now a district. */
export const TRIBAL_UNITS = new Set(['area', 'region', 'district', 'agency']);

/**
 * Words of "tribal district|area|region|agency" or a capitalised "Agency" at token `at` (the
 * former tribal agencies, now districts: "Bajaur tribal district", "Kurram Agency"); 0 when absent.
 */
export function tribal(tokens: Token[], at: number, text: string): number {
  const t = tokens[at];
  if (t?.lower === 'agency' && t.cap) return 1;
  if (t?.lower !== 'tribal') return 0;
  const unit = tokens[at + 1];
  return unit && TRIBAL_UNITS.has(unit.lower) && joins(gap(text, t, unit)) ? 2 : 0;
}

/** Nouns that name the place after them: "the town of X", "the border village of X". */
const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'hamlet']);

/** Words of "the [border|small|remote] town of" just before a name (0 when absent). */
export function namedPlaceSkip(w: (k: number) => string | undefined): number {
  if (w(1) !== 'of' || !SETTLEMENT_NOUNS.has(w(2) ?? '')) return 0;
  let k = 3;
  while (
    k < 5 &&
    w(k) !== 'the' &&
    /^(border|frontier|small|remote|southern|northern|eastern|western)$/u.test(w(k) ?? '')
  )
    k++;
  return w(k) === 'the' ? k : 0;
}

/** Words of "near", "nearby" or "close to" ending `k` words before a name (0 when absent). */
export function nearAt(w: (k: number) => string | undefined, k: number): number {
  if (w(k) === 'near' || w(k) === 'nearby') return 1;
  return w(k) === 'to' && w(k + 1) === 'close' ? 2 : 0;
}

/**
 * "Shindand and Oba districts", "Shegal, Dangam and Sarkano districts", "Khost and Paktika
 * provinces": the plural division word
 * ending a list of capitalised names that starts right after token `last` (", Name" or "and
 * Name"; "Farah City, Bala Buluk, Pusht-e-Koh, and Pusht Rod districts"), or null when no such
 * list follows.
 */
export function pluralListAfter(tokens: Token[], last: number, text: string): string | null {
  let sawJoin = false;
  for (let j = last + 1; j < tokens.length && j <= last + 12; j++) {
    const t = tokens[j] as Token;
    const g = gap(text, tokens[j - 1] as Token, t);
    if (/^[-‐‑]$/u.test(g)) continue; // "Pusht-e-Koh": one name
    if (!/^(?:\s+|,\s*)$/.test(g)) return null;
    if (t.lower === 'and' && !t.cap) sawJoin = true;
    else if (PLURAL_DISTRICT_WORDS.has(t.lower) || t.lower === 'provinces')
      return sawJoin || g.includes(',') ? t.lower : null;
    else if (!t.cap) return null;
    else if (g.includes(',')) sawJoin = true;
  }
  return null;
}

/**
 * A name for a street or a building ("Mall Road", "the Taj Hotel", "Liaquat Bazaar" is not one:
 * bazaars name villages too): within the town the text names, whose radius already holds it.
 */
export function inTown(name: string): boolean {
  return /(?:^|\s)(?:Road|Street|Chowk|Square|Avenue|Hotel|Hospital|Mosque|Stadium|Park|Press Club)$/.test(
    name,
  );
}

/**
 * Capitalised words after "in"/"at" that are not places: months, weekdays, institutions, a bare
 * direction ("in the North and South Waziristan districts": half of a name said once), and the
 * words of a headline in Title Case ("Blast Kills at Least 20"), a weapon ("in Improvised
 * Explosives Device (IED) blast"), a single letter ("the U.S.-allied nation": 'U') and a plural
 * of capitals ("an IDPs camp in Kohat's Katcha Pakka area": a hundred-and-thirty-ninth-try page).
 */
export const UNKNOWN_NOT_PLACE =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$|^(?:Least|Most|Large|Times|Risk|Home|Night|Dawn|Noon|Midnight|Gunpoint|War)$|^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs?(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\b|^(?:Parliament|Senate|Assembly|Court|Ramadan|Eid|Muharram)\b|\b(?:Levies|Police|Frontier|Corps|FC|Army|Rangers|Guards?|Scouts|Forces?|Taliban|Devices?|Explosives?)$|^\p{Lu}$|^\p{Lu}{2,5}s$/u;

/** Capitalised words before "police station" that say which of a town's stations it is ("Bannu City"). */
export const STATION_QUALIFIERS = new Set([
  'city', 'cantt', 'cantonment', 'saddar', 'sadar', 'sadder', 'town', 'new', 'old', 'main',
  'civil', 'airport', 'industrial', 'model', 'bazaar', 'bazar', 'railway', 'women', 'levies',
]); // prettier-ignore

/** Last words of a city's quarter ("in Bihar Colony, Lyari", "in Hazara Town, Quetta"): in it. */
export const QUARTER_WORDS = new Set([
  'colony', 'town', 'mohalla', 'block', 'society', 'scheme', 'phase',
]); // prettier-ignore
/** Words after an unknown name that make it a locality ("Kalag village", "Hoshab area"). */
export const VILLAGE_WORDS = new Set(['village', 'area', 'hamlet', 'locality', 'sector', 'region']);
/** Last words of a building's name ("Civil Hospital", "Grand Mosque", "Central Jail"). */
export const BUILDING_WORDS = new Set([
  'hospital', 'mosque', 'bazaar', 'bazar', 'market', 'jail', 'prison', 'school', 'college',
  'university', 'stadium', 'hotel', 'airport', 'station', 'court', 'complex', 'cantonment',
  'headquarters', 'office', 'club', 'church', 'temple', 'shrine', 'park', 'square', 'chowk',
]); // prettier-ignore
/** Words after a street's name ("Zarghoon road", "Jinnah Avenue", "Liaquat Bazaar"). */
export const STREET_WORDS = new Set([
  'road',
  'street',
  'avenue',
  'lane',
  'bazaar',
  'bazar',
  'chowk',
  'bypass',
]);
/** Before a name: the kind of place it is ("the town of ", "the village of "). */
export const LOCALITY_OF = /\b(?:town|village|hamlet|locality|area)\s+of\s+$/i;
