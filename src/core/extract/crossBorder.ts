// Cross-border actions: when an attack is carried out by one country's state or forces on
// another country's soil, `origin` and `target` name the two (ISO2) and `origin_place` the name
// the text gives the actor, when that name is a place the pipeline can draw an arc from ("by
// Pakistan", "Tehran pounded"). Adjectives ("Iranian drones") give the country but no place.
import type { Category } from '../types.ts';
import type { Span } from './types.ts';

/** Names that stand for a state: country names and capitals (usable as `origin_place`). */
const STATE_NAMES: Record<string, string> = {
  iran: 'IR',
  tehran: 'IR',
  pakistan: 'PK',
  islamabad: 'PK',
  afghanistan: 'AF',
  kabul: 'AF',
};
/** Adjectives of the same states ("Pakistani jets", "Iran's missiles"). */
const STATE_ADJECTIVES: Record<string, string> = {
  iranian: 'IR',
  "iran's": 'IR',
  'iran’s': 'IR',
  pakistani: 'PK',
  "pakistan's": 'PK',
  'pakistan’s': 'PK',
  afghan: 'AF',
  "afghanistan's": 'AF',
  'afghanistan’s': 'AF',
};

const NAME = '(Iran|Tehran|Pakistan|Islamabad|Afghanistan|Kabul)';
const ADJ = "(Iranian|Iran[’']s|Pakistani|Pakistan[’']s|Afghan|Afghanistan[’']s)";
const FORCE = '(?:forces|military|army|air force|jets|drones?|missiles?|troops|guards|artillery)';
const ACTION =
  '(?:has |have |had )?(?:also )?(?:pounded|struck|launched|carried out|fired|targeted|hit|attacked|bombed|shelled|conducted)';
/** A word between the adjective and the force: "Iranian border guards", "Pakistani security forces". */
const SORT = '(?:(?:border|security|frontier|paramilitary|regular) )?';
/** "strikes by Pakistan", "attack by Iranian forces". */
const BY = new RegExp(`\\bby (?:the )?(?:${NAME}\\b|${ADJ} ${SORT}${FORCE})`, 'g');
/** "Tehran pounded", "Iranian forces struck". */
const SUBJECT = new RegExp(`\\b(?:${NAME}|${ADJ} ${SORT}${FORCE}) ${ACTION}\\b`, 'g');
/** "Iranian drone strikes", "Pakistan's air strikes". */
const ADJ_STRIKE = new RegExp(
  `\\b${ADJ} (?:air |drone |missile |retaliatory |cross-border )*(?:strikes?|attacks?|shelling|raids?)\\b`,
  'g',
);

/** The acting state of a cross-border action, as found in the text. */
export interface CrossBorder {
  origin: string;
  target: string;
  /** The state's name as written when it is a country or capital name, else undefined. */
  origin_place?: string;
}

/**
 * Origin and target of an attack in `span` whose place lies in `placeCountry`: the acting
 * state must be named ("by Pakistan", "Tehran pounded", "Iranian drone strikes") and differ from
 * the place's country. Null for other categories, an unknown place country, or no named state.
 */
export function findCrossBorder(
  text: string,
  span: Span,
  category: Category,
  placeCountry: string | null,
): CrossBorder | null {
  if (category !== 'attack' || !placeCountry) return null;
  const seg = text.slice(span.start, span.end);
  const hits: { at: number; country: string; place?: string }[] = [];
  for (const re of [BY, SUBJECT, ADJ_STRIKE]) {
    for (const m of seg.matchAll(re)) {
      const name = m[1];
      const adj = m[2] ?? (re === ADJ_STRIKE ? m[1] : undefined);
      if (name && re !== ADJ_STRIKE) {
        hits.push({ at: m.index, country: STATE_NAMES[name.toLowerCase()] as string, place: name });
      } else if (adj) {
        const country = STATE_ADJECTIVES[adj.toLowerCase()];
        if (country) hits.push({ at: m.index, country });
      }
    }
  }
  const foreign = hits.sort((a, b) => a.at - b.at).find((h) => h.country !== placeCountry);
  if (!foreign) return null;
  const out: CrossBorder = { origin: foreign.country, target: placeCountry };
  if (foreign.place) out.origin_place = foreign.place;
  return out;
}
