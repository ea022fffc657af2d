// ISO 3166-1 numeric → alpha-2 for the countries an ACLED export of the Iran–Pakistan–Afghanistan
// region and its neighbours contains. ACLED's `iso` column is the numeric code.

/** ISO 3166-1 numeric code → alpha-2. Extend it when a new region is imported. */
export const ISO_NUMERIC_TO_ALPHA2: Readonly<Record<number, string>> = {
  4: 'AF',
  31: 'AZ',
  48: 'BH',
  50: 'BD',
  51: 'AM',
  64: 'BT',
  144: 'LK',
  156: 'CN',
  268: 'GE',
  275: 'PS',
  356: 'IN',
  364: 'IR',
  368: 'IQ',
  376: 'IL',
  398: 'KZ',
  400: 'JO',
  414: 'KW',
  417: 'KG',
  422: 'LB',
  462: 'MV',
  512: 'OM',
  524: 'NP',
  586: 'PK',
  634: 'QA',
  643: 'RU',
  682: 'SA',
  760: 'SY',
  762: 'TJ',
  784: 'AE',
  792: 'TR',
  795: 'TM',
  818: 'EG',
  860: 'UZ',
  887: 'YE',
};

/** Alpha-2 code of an ISO numeric code, or null when the table does not know it. */
export function isoNumericToAlpha2(code: number): string | null {
  return ISO_NUMERIC_TO_ALPHA2[code] ?? null;
}
