import { loadBoundaries } from './build-boundaries.ts';
import { buildGazetteer, formatGazetteer } from './build-gazetteer.ts';
console.time('b');
const b = loadBoundaries();
console.timeEnd('b');
console.time('g');
const g = buildGazetteer(b.countries, b.provinces);
console.timeEnd('g');
const s = formatGazetteer(g);
console.log(g.length, s.length);
for (const e of g)
  if (/saravan|sarāvān|mirj|taftan|balochistan|sistan|islamabad/i.test(e.name + e.alt.join()))
    console.log(JSON.stringify(e));
console.log(b.border.coordinates.length, JSON.stringify(b.basemapCountries).length);
