// Baluchistan, the region, spans the border: Pakistan's province of Balochistan and Iran's
// Sistan and Baluchestan both go by the bare name ("Iranian Baluchistan", "the Baluch of
// Baluchistan"). The aliases pin "Baluchistan" to Pakistan, so a report on Zahedan read it as
// Pakistan's province (issue 8, fourth round: a real American Baluch Council page). The country
// the text gives decides: "Iran's Baluchistan", "Iranian Baluchistan", "Pakistan's province of
// Balochistan"; else an article that places towns in Iran and never names Pakistan otherwise
// (Iran's name, adjective or capital do not count: a report on Pakistan's province speaks of
// Iranian missiles and Tehran);
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

/** Lower-case words that may stand between a country and the name ("Pakistan's province of"). */
const BETWEEN =
  /^(?:province|of|the|southwestern|south-western|southeastern|south-eastern|restive|troubled|western|eastern|southern|northern|border|neighbouring|neighboring)$/;

/** The country given just before the name: "Iranian Baluchistan", "Pakistan's province of …". */
function givenBefore(m: RawMatch, tokens: Token[]): string | undefined {
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) {
    const t = tokens[k] as Token;
    const said = ADJECTIVE[t.lower];
    if (said) return said;
    if (t.cap || !BETWEEN.test(t.lower)) return undefined;
  }
  return undefined;
}

/** The country the text gives the region name `m`, spelt `written` (see the file comment). */
function countryOf(
  written: string,
  m: RawMatch,
  tokens: Token[],
  index: PlaceIndex,
  support: CountrySupport | undefined,
): string {
  const said = givenBefore(m, tokens);
  if (said) return said;
  if (support) {
    // a town of the country, not its name, its adjective or its capital (which may stand for
    // its government): a report on Pakistan's Baluchistan speaks of Iranian missiles
    const town = (k: string) =>
      !isRegionName(k) &&
      !k.startsWith('adj:') &&
      !(index.byName.get(k) ?? []).some((r) => r.kind === 'country' || r.capital);
    const placed = (c: string) => [...(support.get(c) ?? [])].some(town);
    const named = (c: string) => (support.get(c)?.size ?? 0) > 0;
    // Iranian towns, and Pakistan named nowhere but in the region's name
    const pk = [...(support.get('PK') ?? [])].some((k) => !isRegionName(k));
    if (placed('IR') && !pk) return 'IR';
    if (placed('PK') && !named('IR')) return 'PK';
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
