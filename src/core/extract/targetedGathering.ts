// A protest that is the target of an attack is not the incident's category: "a suicide bomber
// attacked an anti-corruption demonstration" is a bombing (a regression from a real Ariana report,
// proposed as a protest at Khost). The protest word stays an event word only when it tells a
// gathering of its own ("hundreds protested the killing", "a rally against the strikes"), or
// one the state's forces fired on ("police opened fire on protesters": ACLED's protest met with
// excessive force).
import type { Trigger } from './events.ts';

/**
 * Between an attack word and the gathering it hit: "attacked a peaceful", "blast at the", "blast
 * occurred at an election" (a fortieth-try page, proposed as a protest).
 */
const AFTER_ATTACK =
  /^\s+(?:(?:occurred|took\s+place|went\s+off|happened|ripped\s+through|tore\s+through)\s+)?(?:(?:on|at|in|into|near|targeting|against|during|amid)\s+)?(?:(?:an?|the|their|its|his|her|a\s+group\s+of)\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Between a gathering and the attack that hit it: "the rally was attacked", "protesters were shot". */
const BEFORE_ATTACK = /^\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[\w'’-]+\s+){0,1}$/i;
/** Attack words that hit a target; "killed" alone may be the police's ("killed two protesters"). */
const HITS =
  /^(?:attack(?:ed|s)?|suicide (?:bomber|bombing|attack)s?|blew (?:himself |herself |themselves )?up|bomb(?:ed|ing|ings)?|blasts?|explosions?|grenades?|IEDs?|opened (?:gun)?fire|fired (?:on|at|upon)|firing (?:on|at|upon)|stormed|ambushed|struck|targeted|(?:was|were|been|being) targeted|rockets?|shell(?:ed|ing))$/i;

/** The state's forces as the subject: "police opened fire on protesters" is a protest met with force. */
const FORCES =
  /\b(?:police(?:men)?|security (?:forces|personnel)|troops|soldiers|army|guards|Frontier Corps|FC|Levies|riot|officers)\b/i;

/**
 * True when the protest trigger `protest` is what an attack word of the same segment (`seg`,
 * starting at `segStart` in the article) hit: the gathering is the target, not the event.
 */
export function isTargetedGathering(
  seg: string,
  segStart: number,
  protest: Trigger,
  others: Trigger[],
): boolean {
  const hits = others.filter((t) => t.category === 'attack' && HITS.test(t.text));
  return hits.some((a) => {
    if (a.span.end <= protest.span.start) {
      if (FORCES.test(seg.slice(0, a.span.start - segStart))) return false;
      const between = seg.slice(a.span.end - segStart, protest.span.start - segStart);
      return between.length <= 60 && AFTER_ATTACK.test(between);
    }
    if (a.span.start >= protest.span.end) {
      const between = seg.slice(protest.span.end - segStart, a.span.start - segStart);
      return between.length <= 30 && BEFORE_ATTACK.test(between);
    }
    return false;
  });
}
