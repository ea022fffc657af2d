// What a place name stands for in its sentence: a capital or a country standing for its
// government ("Islamabad said", "Tehran and Islamabad agreed", "Tehran pounded", "by Pakistan",
// "Tehran's envoy"), and where a cross-border action started ("missiles fired from X"). Pure.
import { COMPASS_WORDS } from './placeBearing.ts';
import type { PlaceRecord } from './placeIndex.ts';
import type { Token } from './placeTokens.ts';

/** Verbs whose subject is a government, not a location. */
const GOVERNMENT_VERBS = new Set([
  'said', 'says', 'say', 'warned', 'warns', 'agreed', 'agree', 'agrees', 'denied', 'denies',
  'deny', 'accused', 'accuses', 'condemned', 'condemns', 'summoned', 'summons', 'recalled',
  'announced', 'announces', 'claimed', 'claims', 'rejected', 'rejects', 'urged', 'urges',
  'demanded', 'demands', 'called', 'calls', 'vowed', 'vows', 'blamed', 'blames', 'stated',
  'insisted', 'confirmed', 'confirms', 'responded', 'retaliated', 'pounded', 'struck', 'strikes',
  'attacked', 'launched', 'fired', 'targeted', 'hit', 'bombed', 'protested', 'expelled',
  'welcomed', 'wants', 'wanted', 'hopes', 'hoped', 'believes', 'believed', 'considers',
  'maintains', 'reiterated', 'told', 'asked', 'invited', 'sent', 'signed', 'decided', 'closed',
  'reopened', 'carried', 'conducted', 'informed', 'has', 'have', 'is', 'was', 'will', 'would',
  'must', 'should', 'could', 'can',
  // participles after "with": "with Kabul alleging that …", "Islamabad saying it had …"
  'alleging', 'alleged', 'alleges', 'accusing', 'saying', 'claiming', 'insisting', 'denying',
  'blaming', 'warning', 'demanding', 'urging', 'vowing',
]); // prettier-ignore
/** What a government does, after "X to" ("prompting Islamabad to recall its ambassador"). */
const ACTS = new Set([
  'recall', 'summon', 'expel', 'protest', 'condemn', 'reject', 'demand', 'lodge', 'suspend',
  'close', 'seal', 'reopen', 'retaliate', 'respond', 'warn', 'deny', 'accuse', 'sign', 'urge',
  'downgrade', 'sever', 'cut',
]); // prettier-ignore
/** "prompting X to launch": a state made to strike back (`w(first - 1)`, "to", the verb). */
const CAUSED =
  /^(?:prompt(?:ing|ed)|forc(?:ing|ed)|provok(?:ing|ed)|push(?:ing|ed)|spurr(?:ing|ed)|l(?:ead|ed)(?:ing)?) to (?:launch|fire|strike|attack|hit|target|bomb|shell)$/;
/** Words allowed between the name and its verb ("Tehran also warned", "Islamabad has said"). */
const FILLERS = new Set([
  'also', 'again', 'later', 'then', 'reportedly', 'officially', 'strongly', 'immediately',
  'swiftly', 'quickly', 'firmly', 'had', 'has', 'have', 'on', 'and', 'briefly', 'temporarily',
  'formally', 'abruptly',
]); // prettier-ignore
/**
 * Time words allowed between the name and its verb ("Islamabad on Monday closed", "Tehran this
 * week warned"); after them only a verb of action counts, not an auxiliary ("Kabul on Monday was
 * rocked by blasts" is the city).
 */
const TIME_FILLERS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'this', 'last',
  'week', 'month', 'earlier', 'today', 'yesterday', 'night', 'morning', 'evening', 'afternoon',
  'late', 'early',
]); // prettier-ignore
const AUXILIARIES = new Set([
  'has',
  'have',
  'is',
  'was',
  'will',
  'would',
  'must',
  'should',
  'could',
  'can',
]);
/** Nouns after a possessive capital or country that make it the government ("Tehran's envoy"). */
const GOVERNMENT_NOUNS = new Set([
  'government', 'foreign', 'ministry', 'envoy', 'ambassador', 'embassy', 'officials', 'official',
  'decision', 'response', 'statement', 'leaders', 'leadership', 'president', 'prime', 'authorities',
  'diplomats', 'spokesman', 'spokesperson', 'position', 'stance', 'demand', 'allegations',
  'military', 'interior', 'security',
  // what a state fires or sends ("Tehran's missiles struck …": the place is where they hit)
  'missile', 'missiles', 'drone', 'drones', 'jets', 'warplanes', 'forces', 'troops', 'army',
  'strike', 'strikes', 'airstrikes', 'retaliation',
]); // prettier-ignore
/** Nouns right after a capital or country that make it the state ("the Kabul government"). */
const STATE_NOUNS = new Set(['government', 'regime', 'administration']);
/** Words before a capital or country that make it the government ("urged Tehran", "by Pakistan"). */
const GOVERNMENT_OBJECT = new Set([
  'urged',
  'told',
  'asked',
  'warned',
  'accused',
  'summoned',
  'by',
  'blamed',
  'invited',
  'informed',
  'notified',
]);
/** Words before "to X" that make X the state ("opposed to Tehran", "loyal to Kabul"). */
const STANCES = new Set(['opposed', 'hostile', 'loyal', 'allied']);
/** Nouns before "between A and B" that make A and B governments ("relations between Tehran and …"). */
const RELATIONS = new Set([
  'relations',
  'ties',
  'talks',
  'tensions',
  'agreement',
  'dialogue',
  'rift',
  'dispute',
  'tension',
  'row',
  'standoff',
  'feud',
  'friction',
  'mistrust',
  'cooperation',
]);
/** Words before a name that make it a location, never a government. */
const PLACE_CUES = new Set([
  'in',
  'at',
  'near',
  'to',
  'into',
  'from',
  'outside',
  'inside',
  'of',
  'across',
  'toward',
  'towards',
  'around',
]);
/** Words that make "from X" the start of a cross-border action. */
const ACTION =
  /\b(fired|opened\s+fire|firing|launched|crossed|infiltrated|entered|came|attacked|struck|shelled|mortars?|rockets?|missiles?|drones?|strikes?|raid(?:ed)?|sneaked|crossing)\b/i;

/** Can this place stand for a government: a national capital or a country. */
export function mayBeGovernment(r: PlaceRecord | undefined): boolean {
  return r !== undefined && (r.capital || r.kind === 'country');
}

/**
 * True when the name (tokens `first`..`last`) is the government acting or speaking. `others`
 * are the token ranges of other capitals and countries, so "Tehran and Islamabad agreed" reads
 * both as governments.
 */
export function isGovernment(
  tokens: Token[],
  first: number,
  last: number,
  others: [number, number][],
): boolean {
  const tail = tokens[last] as Token;
  const w = (k: number) => tokens[k]?.lower;
  if (tail.possessive) return GOVERNMENT_NOUNS.has(w(last + 1) ?? '');
  if (GOVERNMENT_OBJECT.has(w(first - 1) ?? '')) return true;
  // "the Western-backed government in Kabul": the state, not the city (a try's Spin Boldak
  // blast had been held for naming Kabul too)
  if (w(first - 1) === 'in' && STATE_NOUNS.has(w(first - 2) ?? '')) return true;
  // "militants opposed to Tehran" (a hundred-and-forty-seventh-try page's West Azerbaijan clash
  // had been read as going to Tehran), "groups loyal to Kabul": a stance towards the state
  if (w(first - 1) === 'to' && STANCES.has(w(first - 2) ?? '')) return true;
  // "in Islamabad", "to Tehran": a place, whatever follows; so is "in the (Afghan) capital,
  // Kabul, …" (a hundred-and-sixty-fourth-try bombing there had been read as no place)
  if (PLACE_CUES.has(w(first - 1) ?? '')) return false;
  if (w(first - 1) === 'capital' && [3, 4].some((k) => PLACE_CUES.has(w(first - k) ?? ''))) {
    return false;
  }
  if (w(first - 1) === 'between' && RELATIONS.has(w(first - 2) ?? '')) return true;
  // "the war between insurgents and the Kabul government": the state, not the city ("the Kabul
  // government offices" is a building of it)
  const building = /^(?:offices?|buildings?|compound|complex|headquarters|hospital|school)$/;
  if (STATE_NOUNS.has(w(last + 1) ?? '') && !building.test(w(last + 2) ?? '')) return true;
  // "between Tehran and Islamabad" after a relations noun: the second one too.
  const prior = others.find(([, l]) => l === first - 2);
  if (
    prior &&
    w(first - 1) === 'and' &&
    w(prior[0] - 1) === 'between' &&
    RELATIONS.has(w(prior[0] - 2) ?? '')
  ) {
    return true;
  }
  // "prompting Islamabad to recall its ambassador", "forcing Kabul to close the crossing"
  if (w(last + 1) === 'to' && ACTS.has(w(last + 2) ?? '')) return true;
  // "prompting Tehran to launch retaliatory strikes" (a hundred-and-ninety-fifth-try page had
  // proposed Israel's strikes "across Iran" at Tehran)
  if (w(last + 1) === 'to' && CAUSED.test(`${w(first - 1)} to ${w(last + 2)}`)) return true;
  let k = last + 1;
  let timed = false;
  for (let guard = 0; guard < 8 && k < tokens.length; guard++) {
    const word = w(k) as string;
    const chained = others.find(([f]) => f === k);
    if (chained) {
      k = chained[1] + 1;
      continue;
    }
    if (GOVERNMENT_VERBS.has(word)) {
      if (timed && AUXILIARIES.has(word)) return false;
      return !(word === 'is' || word === 'was') || w(k + 1) !== 'located';
    }
    if (TIME_FILLERS.has(word)) {
      timed = true;
      k++;
      continue;
    }
    if (FILLERS.has(word)) {
      k++;
      continue;
    }
    return false;
  }
  return false;
}

/** Words before "from" that measure a distance ("20 km from X"): X is a landmark, no origin. */
const DISTANCE_WORDS = new Set(['km', 'kms', 'kilometres', 'kilometers', 'miles', 'away']);
/** "40km" written as one word. */
const NUMBER_KM = /^\d[\d,.]*(?:km|kms)$/;
/** A compass word between a distance and "from" ("40 km northeast from X"). */
const COMPASS_WORD = new RegExp(`^${COMPASS_WORDS}$`);

/** Does token `k` end a distance ("20 km", "40km", "40 km northeast")? */
function measures(tokens: Token[], k: number): boolean {
  const word = (i: number) => tokens[i]?.lower ?? '';
  const unit = (i: number) => DISTANCE_WORDS.has(word(i)) || NUMBER_KM.test(word(i));
  return unit(k) || (COMPASS_WORD.test(word(k)) && unit(k - 1));
}

/** Words that only describe a place name: "eastern", "south-western", "neighbouring", "restive". */
const DESCRIBING =
  /^(?:(?:north|south)-?(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|neighbou?ring|adjoining|restive|volatile|remote|troubled|bordering)$/;

/** True when "from X" names where a cross-border action started. */
export function isOrigin(tokens: Token[], first: number, sentence: string): boolean {
  // "from Afghanistan's eastern Kunar province", "from the neighbouring Kunar": the words that
  // only describe the name stand between it and "from"
  while (first > 1 && DESCRIBING.test(tokens[first - 1]?.lower ?? '')) first -= 1;
  if (first > 1 && tokens[first - 1]?.lower === 'the' && tokens[first - 2]?.lower === 'from')
    first -= 1;
  // "fired from Afghanistan's Kunar province": the province after its country is where it started
  // too (a regression from a real Dawn report, where Kunar was proposed as the place the shells hit)
  if (tokens[first - 1]?.possessive && tokens[first - 2]?.lower === 'from') first -= 1;
  // "militants from across the border in Afghanistan opened fire": where they came from
  const across = ['from', 'across', 'the', '', 'in'].every(
    (w, k) =>
      (w === '' && ['border', 'frontier'].includes(tokens[first - 5 + k]?.lower ?? '')) ||
      tokens[first - 5 + k]?.lower === w,
  );
  if (across) return ACTION.test(sentence);
  const prev = tokens[first - 1]?.lower;
  const from = prev === 'from' || (prev === 'inside' && tokens[first - 2]?.lower === 'from');
  const at = prev === 'from' ? first - 1 : first - 2;
  if (measures(tokens, at - 1)) return false;
  return from && ACTION.test(sentence);
}

/** A tribe or clan word right after a name ("the Mohmand tribe"; not "Mohmand tribal district"). */
const TRIBE_AFTER = /^\s+(?:tribe|tribes|tribesmen|tribeswomen|clan|clans)\b/i;
/**
 * An officer's title right after a name ("Mastung Assistant Commissioner", "the Panjgur deputy
 * commissioner", "the Shawak district administrative chief", "the Kandahar police chief", "Farah
 * security chief"): the jurisdiction, not where it happened.
 */
const OFFICER_AFTER =
  /^\s+(?:(?:[Dd]eputy|[Aa]ssistant|[Aa]dditional)\s+)?(?:[Cc]ommissioner|[Ss]uperintendent|DPO|DSP|SSP|SHO)\b|^\s+(?:district\s+|provincial\s+)?(?:administrative\s+|police\s+|security\s+|intelligence\s+)?chief\b/;
/**
 * A force's unit named after its seat ("the Saravan Border Regiment", "Khyber Rifles", "Zhob
 * Militia", "the Zabol Border Guard Unit"): where it is based, not where it fought.
 */
const UNIT_AFTER =
  /^\s+(?:(?:Border|Frontier|Ranger|Guards?)\s+){0,2}(?:Regiment|Brigade|Battalion|Unit|Rangers|Scouts|Rifles|Militia|Levies|Corps)\b/i;

/**
 * A public body or office named after its jurisdiction ("spokesman for Farah police", "the Farah
 * provincial council", "Kandahar police chief", "Herat provincial governor spokesman", "Kandahar
 * Gov. X said"): whose office speaks, not where it happened; but "the Saravan police station" and
 * "the Kandahar governor's compound" are buildings in the town, scenes.
 */
const BODY_AFTER =
  /^\s+(?:(?:provincial|district|city|municipal|police)\s+)?(?:police(?!\s+(?:stations?|posts?|check\s*-?posts?|checkpoints?|headquarters|lines|compound|training|academy|centre|center|base)\b)\b|council\b|administration\b|department\b|spokes(?:man|person|woman)\b|governor\b(?!(?:'s|’s)\s+(?:house|office|compound|residence|palace|secretariat|guest\s*house)\b)|gov\.)/i;

/**
 * An officer's title with "of" right before a name ("the assistant commissioner of the border town
 * of Mirjaveh said the attack took place at night"): the office's seat, not the scene.
 */
const OFFICER_OF_BEFORE =
  /\b(?:(?:deputy|assistant|additional)\s+)?(?:commissioner|superintendent|governor|mayor|police\s+chief|chief\s+of\s+police)\s+of\s+(?:the\s+)?(?:(?:border\s+)?(?:town|city|district|county)\s+of\s+)?$/i;

/**
 * Whether the words right after a name (`after`) make it people, an officer or a unit named
 * after the place, or the words right before it (`before`) an officer's title "of" it: an
 * organisation, not where something happened.
 */
export function namesItsPeople(after: string, before = ''): boolean {
  return (
    TRIBE_AFTER.test(after) ||
    OFFICER_AFTER.test(after) ||
    UNIT_AFTER.test(after) ||
    BODY_AFTER.test(after) ||
    OFFICER_OF_BEFORE.test(before)
  );
}
