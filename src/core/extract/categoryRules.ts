// The category table of event detection (`events.ts`): which event words make a sentence report
// an incident, and of which category. To add a category, add rows here.
import type { Category } from '../types.ts';

/** One row of the category table: a pattern of event words and the title noun it gives. */
export interface CategoryRule {
  category: Category;
  /** Short noun for titles ("Strike", "Abduction"). */
  noun: string;
  /** Case-insensitive event words; matched on word boundaries. */
  pattern: RegExp;
}

/**
 * Event words by category, most specific first within a category. `statement` words are weak:
 * they count only when no other category's word is in the sentence (nearly every news sentence
 * "said" something).
 */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  {
    category: 'attack',
    noun: 'Strike',
    pattern:
      // "a drone fired two missiles at a compound" (a two-hundred-and-twenty-third-try strike,
      // typed a statement for want of an attack word); not a stoppage of work, "on the eve of a
      // strike called by" a party, "a shutter-down strike" (a two-hundred-and-thirty-second-try
      // page's explosions had been titled "Strike in Karachi")
      /\b(?:air ?strikes?|airstrikes?|drone strikes?|missile strikes?|(?<!\b(?:hunger|general|shutter[- ]down|wheel[- ]jam|labou?r|transport|traders['’]?|token|pen[- ]down|protest|day-long|province-wide|countrywide|nationwide|on)\s)strikes?(?!\s+(?:called|calls?\b|was\s+called|were\s+called|observed))|struck|air raids?|fired (?:[\w-]+ ){0,2}?missiles?)\b/gi,
  },
  {
    category: 'attack',
    noun: 'Bombing',
    pattern:
      /\b(?:suicide (?:(?:car|truck|vehicle|motorcycle) )?(?:bomber|bombing|attack)s?|(?:car|truck|vehicle) bombers?|(?:improvised )?explosive devices?|bomb(?:ing|ings|ed|s)?|blasts?|explosions?|explod(?:ed|es)|IEDs?|grenades?|(?:land ?)?mines?(?= (?:blast|explosion|went off|exploded))|(?:hit|struck|stepped on|ran over|triggered) an? (?:land ?)?mine|landmines?|blew (?:(?:him|her|them|it)sel(?:f|ves) )?up|detonated|planted (?:an? )?(?:improvised )?explosive(?:s| devices?)|explosive devices?(?= (?:went off|exploded))|blown up|rammed (?:[\w-]+ ){0,3}?(?:vehicles?|cars?|trucks?|vans?|motorcycles?|motorbikes?) (?:into|at))\b/gi,
  },
  {
    category: 'attack',
    noun: 'Operation',
    // "Security forces conducted an intelligence-based operation in general area Mir Ali": the
    // military's press releases tell the killing in the next sentence ("During the exchange of
    // fire, two militants were killed"), which had been left with no day and no place
    pattern:
      /\b(?:conducted|carried out|launched)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:intelligence[- ]based|search|clearance|sanitization|sanitisation|combing|counter-?terrorism)\s+operations?\b|\b(?:conducted|carried out)\s+(?:an?\s+)?IBOs?\b/gi,
  },
  {
    category: 'attack',
    noun: 'Clash',
    pattern:
      /\b(?:clash(?:es|ed)?|gunfights?|firefights?|exchanges? of (?:heavy )?(?:fire|firing|gunfire)|(?:fire|firing|gunfire) exchanges?|(?:exchanged|traded|trading|exchanging) (?:heavy |intense )?(?:gun|artillery )?fire|shoot-?outs?|skirmish(?:es)?|gun ?battles?|armed confrontations?|confrontations? with (?:armed |unknown |unidentified )?(?:attackers|gunmen|militants|terrorists|bandits|smugglers|rebels|insurgents|outlaws|assailants)|(?:engaged|involved) in an? (?:armed )?confrontation|armed conflicts? (?:broke out|erupted)|(?:fight|fighting|(?<!(?:legal|political|court|courtroom|verbal|diplomatic|electoral|media|custody|bidding|price|uphill|PR) )battle) (?:broke out|erupted|raged))\b/gi,
  },
  {
    category: 'attack',
    noun: 'Attack',
    pattern:
      /\b(?:attack(?:s|ed|ing)?|(?:was|were|been|being) targeted|(?:attackers?|bombers?|gunm[ae]n|assailants?) (?:had |has |have )?target(?:ed|ing)\b|targeted (?:(?:a|an|the|their|its) )?(?:[\w'’-]+ ){0,2}(?:convoys?|caravans?|posts?|check ?posts?|checkpoints?|outposts?|bases?|camps?|vehicles?|patrols?|stations?|headquarters|positions|hideouts?|compounds?|fighters|militants|insurgents)|ambush(?:ed|es)?|raid(?:s|ed)?|stormed|opened (?:gun)?fire|(?:injured|wounded|hurt) in (?:the )?(?:[\w-]+ )?firing|(?:came|comes|come|coming) under (?:heavy |intense |gun|rocket |mortar )?fire|(?:leaving|left) (?:at least )?(?:\d+|[a-z]+) (?:[a-z]+ )?dead\b|claimed (?:the )?(?:\d+ |[a-z]+ )?lives|fired (?:on|at|upon)|fired (?:[\w-]+ ){0,2}(?:artillery|shells|rounds|bullets|shots)\b|(?:unprovoked|indiscriminate|cross-border|heavy|intense|random) firing|firing (?:on|at|upon)|shell(?:ing|ed)|rockets?|mortars?|projectiles?|pounded|assault(?:ed)?|killed|killing|kills|shot (?:(?:him|her|them) )?dead|shot (?:[\w-]+ ){1,4}?dead\b|shot (?:at|and ["“]?(?:(?:seriously|critically|severely|badly) )?(?:killed|wounded|injured))|shot (?:(?:at least|an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several) )?(?:[\w-]+ ){0,2}?(?:people|persons|men|women|children|civilians|labou?rers|workers|policem[ae]n|soldiers|troops|guards|passengers|villagers|worshipp?ers|pilgrims|traders|shopkeepers|drivers|constables?|officers|personnel|labou?rer|worker|policeman|officer|soldier|guard|passenger|villager|trader|shopkeeper|driver)\b|drive-by\s+shootings?|(?<=\b[Aa]\s+)shooting(?!\s+(?:of\s+(?:an?|the|his|her|their)\s+)?(?:films?|movies?|videos?|documentar(?:y|ies)|scenes?|series|dramas?)\b)|gunned down|assassinat(?:ed|ion)|martyred|embraced martyrdom|slain|lost (?:his|her|their) li(?:fe|ves)|fatally (?:shot|stabbed|wounded|injured)|(?:resulted|resulting) in (?:\w+ ){0,2}(?:fatalities|deaths)|obliterated|shot down|set (?:fire to|on fire|ablaze)|set off (?:(?:his|her|their|the|a|an) )?(?:[\w-]+ )?(?:explosives?|bombs?|vests?|devices?|charges?)|torched|hijack(?:ed|ing)?|(?:seized|commandeered) (?:a|the) (?:[\w-]+ ){0,2}(?:train|bus|coach|truck|vehicle|ship|boat|plane|aircraft)|fell to|overran|overrun|(?:took|taken|seized|wrested) control of)\b/gi,
  },
  {
    category: 'attack',
    noun: 'Attack',
    // "have taken the Islam Qala border town", "attackers also went for the Guards' base",
    // "captured the capital of Nimroz province", "seized the provincial capital", "seized a
    // counter-terrorism centre"
    pattern:
      /\b(?:(?:took|taken|captured|seized)\s+(?!(?:place|part|refuge|shelter|cover|over)\b)(?:the\s+|a\s+)?(?:(?!(?:to|in|into|from|at|for|of|on|by)\b)[\w'’-]+\s+){0,3}(?:town|city|village|district|crossing|border post|outpost|post|checkpoint|base|headquarters|customs offices?|compound|capital|centre|center|police station|prison|jail)|(?:went|came)\s+for\s+(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,2}(?:base|headquarters|post|outpost|checkpoint|camp|station|convoy|patrol|compound))\b/gi,
  },
  {
    category: 'abduction',
    noun: 'Abduction',
    // "gunmen seized a local official in Saravan" (not "police seized a man": an arrest)
    pattern:
      /\b(?:kidnap(?:ped|ping|pings|s)?|abduct(?:ed|ion|ions|s|ing)?|taken hostage|held hostage|taken captive|(?:took|taking|takes|take) (?:\w+ ){0,2}hostages?|(?:took|taking|takes) (?:\w+ ){0,3}(?:passengers|travell?ers) (?:away|hostage|captive|with them)|(?:pulled|dragged|offloaded|forced) (?:\w+ ){0,3}(?:passengers|travell?ers) (?:off|out|from)|(?:seized|captured) (?:\w+ ){0,3}(?:guards|conscripts|soldiers|policemen|officers|troops|workers|labourers|passengers|people|hostages|men)|(?<!\b(?:police|forces|authorities|officials|troops|personnel|agencies|FC|Levies|CTD|Rangers|Police|Forces|Authorities|Officials|Troops) )(?:seized|captured) (?:\w+ ){0,3}(?:official|officials|engineers?|doctors?|judge|teachers?|journalists?|businessm[ae]n|traders?|cleric|civilians|villagers|tourists|pilgrims|man|woman|women|boys?|girls?|child|children|employees?|drivers?|worker|labou?rer|soldier|guard|policeman|officer)(?![\w'’-])|(?:guards|conscripts|soldiers|policemen|officers|troops|workers|labourers|passengers|hostages) (?:who were |were |had been |have been )?(?:seized|captured) by|(?:seized|captured|taken away) by (?:\w+ ){0,2}(?:gunmen|militants|insurgents|armed men|kidnappers|abductors|assailants|Taliban))\b/gi,
  },
  {
    category: 'release',
    noun: 'Release',
    pattern:
      /\b(?:(?<!\b(?:statements?|videos?|footage|photos?|pictures?|images?|reports?|details|lists?|clips?|recordings?|messages?|figures|data) )released(?! (?:a|an|the|its|their) (?:[\w-]+ )?(?:statement|video|footage|photos?|pictures?|images?|report|details|list|clip|recording|message|figures|names|data))|freed|set free|handed (?:(?:him|her|them|the \w+) )?over(?! (?:the |his |her |their )?(?:responsibilit(?:y|ies)|charge|command|office|duties|power|authority|reins))|(?<!\b(?:demand(?:ing|ed|s)?|call(?:ing|ed|s)? for|seek(?:ing|s)?|sought|urg(?:ing|ed|es)|press(?:ing|ed)? for|appeal(?:ing|ed)? for|secure|securing) the )release of|rescued|swapped)\b/gi,
  },
  {
    category: 'diplomacy',
    noun: 'Agreement',
    pattern: /\b(?:agreed|agreement|signed|accord|memorandum)\b/gi,
  },
  {
    category: 'diplomacy',
    noun: 'Visit',
    pattern: /\b(?:visit(?:ed|s)?|went to|travell?ed to|arrived in|flew to|trip to|delegation)\b/gi,
  },
  {
    category: 'diplomacy',
    noun: 'Meeting',
    pattern:
      /\b(?:met|meeting|talks|counterparts?|joint press conference|held a (?:phone|telephone) call|invited|(?:session|sitting|round) of (?:the )?(?:[\w'’-]+ ){0,5}(?:commission|committee|talks|dialogue|consultations))\b/gi,
  },
  {
    category: 'diplomacy',
    noun: 'Diplomatic step',
    pattern: /\b(?:ambassadors?|envoys?|chargé d'affaires|summoned|recalled|expelled)\b/gi,
  },
  {
    category: 'protest',
    noun: 'Protest',
    pattern:
      /\b(?:protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)|sit-ins?|marched|took to the streets)\b/gi,
  },
  {
    category: 'statement',
    noun: 'Statement',
    pattern:
      /\b(?:said|says|stated|announced|warned|condemned|claimed responsibility|press conference|statement|told reporters|urged|vowed|accused|denied)\b/gi,
  },
];
