// Baluchistan, the region, spans the border: Pakistan's province of Balochistan and Iran's
// Sistan and Baluchestan both go by the bare name ("Iranian Baluchistan", "the Baluch of
// Baluchistan"). The aliases pin "Baluchistan" to Pakistan, so a report on Zahedan read it as
// Pakistan's province (issue 8, fourth round: a real American Baluch Council page). The country
// the text gives decides: "Iran's Baluchistan", "Iranian Baluchistan" (or Pakistan's, Pakistani);
// else an article that places towns in Iran and none in Pakistan (country names and adjectives
// do not count: a report on Pakistan's province speaks of Iranian missiles);
// else the spelling ("Baluchestan" is the Iranian one, "Baluchistan" the Pakistani one). Pure.
import type { RawMatch } from './placeMatch.ts';
import type { PlaceIndex, PlaceRecord } from './placeIndex.ts';
import type { Token } from './placeTokens.ts';
import type { CountrySupport } from './placeSupport.ts';

/** The bare names of the region, normalized: "Baluchistan", "Balochistan", "Baluchestan". */
const REGION = /^bal[ou]ch[ei]stan$/;
/** Each country's province of that name. */
const PROVINCE: Record<string, string> = { PK: 'balochistan', IR: 'sistan and baluchestan' };
/** Words before the name that give its country. */
const ADJECTIVE: Record<string, string> = {
  iranian: 'IR',
  iran: 'IR',
  pakistani: 'PK',
  pakistan: 'PK',
};

/** True when `key` (a normalized name) is a bare name of the region. */
export function isRegionName(key: string): boolean {
  return REGION.test(key);
}

/** The country the text gives the region name `m`, spelt `written` (see the file comment). */
function countryOf(
  written: string,
  m: RawMatch,
  tokens: Token[],
  index: PlaceIndex,
  support: CountrySupport | undefined,
): string {
  const before = tokens[m.first - 1];
  const said = before ? ADJECTIVE[before.lower] : undefined;
  if (said) return said;
  if (support) {
    // a town or a province of the country, not its name or adjective: a report on Pakistan's
    // Baluchistan speaks of Iran ("Iranian missiles struck a village in Baluchistan")
    const town = (k: string) =>
      !isRegionName(k) &&
      !k.startsWith('adj:') &&
      !(index.byName.get(k) ?? []).some((r) => r.kind === 'country');
    const placed = (c: string) => [...(support.get(c) ?? [])].some(town);
    if (placed('IR') && !placed('PK')) return 'IR';
    if (placed('PK') && !placed('IR')) return 'PK';
  }
  return written.endsWith('estan') ? 'IR' : 'PK';
}

/**
 * The province a bare region name stands for here (see the file comment), as the records of the
 * match; `m.records` unchanged for any other name. `support` is what the article places in each
 * country (placeSupport.ts).
 */
export function regionRecords(
  m: RawMatch,
  tokens: Token[],
  index: PlaceIndex,
  support?: CountrySupport,
): PlaceRecord[] {
  const written = tokens
    .slice(m.first, m.last + 1)
    .map((t) => t.lower)
    .join(' ');
  if (m.type !== 'place' || !isRegionName(written) || m.hint === 'district') return m.records;
  const province = index.provinces.get(
    PROVINCE[countryOf(written, m, tokens, index, support)] as string,
  );
  return province ? [province] : m.records;
}
