// Actors: the organisations, forces and groups a sentence names ("Jeish al-Adl", "border
// guards", "Tehran" standing for its government). Never places, never the news agency that
// reports the story.
import type { PlaceMention, Span } from './types.ts';

/** Named groups and forces of the region, as patterns (spelling variants included). */
const KNOWN = [
  /\bJ[ae]ish[- ](?:al|ul|Al|Ul)[- ]Adl\b/g,
  /\bJundallah\b/g,
  /\bBaloch(?:istan)? Liberation (?:Army|Front)\b/g,
  /\bBaloch Raaji Aajoi Sangar\b/g,
  /\bBLA\b|\bBLF\b|\bBRAS\b|\bTTP\b|\bIRGC\b|\bISKP\b|\bIS-K\b|\bISIS\b|\bISIL\b/g,
  /\bTehr[ei]k-e-Taliban Pakistan\b/g,
  /\bTaliban\b/g,
  /\bIslamic State(?:[- ]Khorasan(?: Province)?)?\b/g,
  /\bDaesh\b|\bAl[- ]Qaeda\b/gi,
  /\bLashkar-e-[A-Z][a-z]+\b|\bJaish-e-Mohammed\b|\bAnsar al-Furqan\b/g,
  /\b(?:Islamic )?Revolutionary Guards?(?: Corps)?\b/g,
  /\bFrontier Corps\b|\bLevies\b|\bCounter[- ]Terrorism Department\b|\bCTD\b/g,
  /\b(?:Pakistan(?:i)?|Iranian|Afghan) (?:Army|army|military|forces|troops|border guards|police|Air Force|air force)\b/g,
  /\b(?:border guards|security forces|security personnel|police(?:men)?|soldiers|militants|gunmen|insurgents|terrorists)\b/gi,
];

/** "militant group Jeish al-Adl", "the terror group the so-called Jaish Al-Adl". */
const GROUP_NAME =
  /\b(?:militant|terrorist|terror|separatist|armed|insurgent|rebel|jihadist) (?:group|outfit|organi[sz]ation)(?:,? the)?(?: so-called)? ((?:[A-Z][\w'’]*(?:[- ](?:al|ul|e|i)[- ])?)+(?: [A-Z][\w'’-]*)*)/g;

/** News agencies and press offices: they report, they are not actors of the incident. */
const REPORTERS = new Set([
  'irna',
  'islamic republic news agency',
  'reuters',
  'afp',
  'ap',
  'associated press',
  'xinhua',
  'tasnim',
  'fars',
  'mehr',
  'isna',
  'dawn',
  'ispr',
  'inter-services public relations',
  'app',
  'associated press of pakistan',
]);

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .replace(/\b(?:ul|al)\b/g, 'al')
    .replace(/\bje(?=ish\b)/g, 'ja')
    .trim();
}

/**
 * Actors named in `span` of `text`, as written, in text order, without duplicates (spelling
 * variants of one name count once). Place mentions with the role `organisation` or
 * `government` are actors; a mention used as a place never is.
 */
export function findActors(text: string, span: Span, mentions: PlaceMention[]): string[] {
  const seg = text.slice(span.start, span.end);
  const found: { at: number; name: string }[] = [];
  for (const re of KNOWN) for (const m of seg.matchAll(re)) found.push({ at: m.index, name: m[0] });
  for (const m of seg.matchAll(GROUP_NAME)) {
    const name = m[1] as string;
    found.push({ at: m.index + m[0].length - name.length, name });
  }
  for (const p of mentions) {
    if (p.role !== 'organisation' && p.role !== 'government') continue;
    if (p.span.start < span.start || p.span.end > span.end) continue;
    found.push({ at: p.span.start - span.start, name: p.text });
  }
  const places = new Set(mentions.filter((p) => p.role === 'place').map((p) => norm(p.text)));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of found.sort((a, b) => a.at - b.at || b.name.length - a.name.length)) {
    const key = norm(f.name);
    if (seen.has(key) || places.has(key) || REPORTERS.has(key)) continue;
    // "Jaish Al-Adl" inside "militant group Jaish Al-Adl": one actor
    if (out.some((o) => norm(o).includes(key) || key.includes(norm(o)))) continue;
    seen.add(key);
    out.push(f.name);
  }
  return out;
}
