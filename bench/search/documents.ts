// Deterministic ACLED-like search documents for measuring search libraries at 10k–1M incidents:
// a title ("Air/drone strike in Sarāvān"), an excerpt of 30–70 words (the notes), a place and a
// province from the GeoNames gazetteer (with its diacritics), two actors and an outlet. The
// vocabulary mixes the seed articles' words, every gazetteer name and a long tail of generated
// person names, so the number of distinct terms grows with N roughly as in real notes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../../src/core/synthetic.ts';

const ROOT = join(import.meta.dirname, '../..');

/** One document, the fields the app indexes. */
export interface BenchDocument {
  id: number;
  title: string;
  excerpt: string;
  place: string;
  admin1: string;
  actors: string;
  outlet: string;
}

interface GazetteerEntry {
  name: string;
  admin1: string | null;
  kind: string;
}

const gazetteer = readFileSync(join(ROOT, 'geodata/generated/gazetteer.json'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('{'))
  .map((l) => JSON.parse(l.replace(/,$/, '')) as GazetteerEntry);
const towns = gazetteer.filter((g) => g.kind === 'town');
const articleWords = readFileSync(join(ROOT, 'geodata/articles/000_9286dead6fccede2.txt'), 'utf8')
  .concat(readFileSync(join(ROOT, 'geodata/articles/004_764383eb893c6242.txt'), 'utf8'))
  .split(/\s+/)
  .filter((w) => /^[A-Za-z][a-z'-]*[a-z,.]?$/.test(w));
const EVENTS = [
  'Armed clash',
  'Air/drone strike',
  'Abduction/forced disappearance',
  'Remote explosive/landmine/IED',
  'Attack',
  'Shelling/artillery/missile attack',
  'Peaceful protest',
  'Arrests',
  'Agreement',
  'Looting/property destruction',
];
const GROUPS = [
  'Jaish al-Adl',
  'Military Forces of Pakistan',
  'Military Forces of Iran',
  'IRGC',
  'Police Forces of Pakistan',
  'Balochistan Liberation Army',
  'Unidentified Armed Group',
  'Civilians',
  'Protesters',
  'Frontier Corps',
];
const OUTLETS = ['Dawn', 'IRNA', 'Baloch Campaign', 'The Express Tribune', 'Mehr News', 'HalVash'];
const SYLLABLES = ['ab', 'dul', 'ra', 'him', 'ka', 'rim', 'za', 'hid', 'na', 'sir', 'ja', 'mal'];

/** A generated person name: long-tail terms (one in ~2 documents names one). */
function personName(r: () => number): string {
  const part = () =>
    Array.from({ length: 2 + Math.floor(r() * 2) }, () => SYLLABLES[Math.floor(r() * 12)]).join('');
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return `${cap(part())} ${cap(part())}${Math.floor(r() * 50)}`;
}

/** Document `i` of the seeded sequence (same seed and i, same document). */
export function benchDocument(i: number, seed = 1): BenchDocument {
  const r = mulberry32(seed * 1_000_003 + i);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const town = pick(towns);
  const event = pick(EVENTS);
  const a1 = pick(GROUPS);
  const a2 = pick(GROUPS);
  const words = Array.from({ length: 30 + Math.floor(r() * 40) }, () => pick(articleWords));
  const fatalities = Math.floor(r() * 12);
  const person = r() < 0.5 ? ` ${personName(r)} was named.` : '';
  return {
    id: i,
    title: `${event} in ${town.name}`,
    excerpt:
      `On ${1 + Math.floor(r() * 28)} January ${2010 + Math.floor(r() * 16)}, ${a1} and ${a2} ` +
      `in ${town.name} (${town.admin1 ?? 'unknown'}). ${words.join(' ')}.${person} ` +
      `${fatalities} fatalities.`,
    place: town.name,
    admin1: town.admin1 ?? '',
    actors: `${a1} ${a2}`,
    outlet: pick(OUTLETS),
  };
}
