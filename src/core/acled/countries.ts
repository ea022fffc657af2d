// ACLED's `iso` column (ISO 3166-1 numeric) → alpha-2, for every country: the generated table
// `isoNumeric.ts` (from i18n-iso-countries, see pipeline/build-iso-table.ts). Kosovo has no ISO
// numeric code; whatever number an export gives it, a row whose `country` is "Kosovo" maps to the
// user-assigned code XK (which browsers name "Kosovo").
import { ISO_NUMERIC_TO_ALPHA2 } from './isoNumeric.ts';

export { ISO_NUMERIC_TO_ALPHA2 };

/** Countries without an ISO numeric code, by the name ACLED's `country` column gives them. */
const BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

/**
 * Alpha-2 code of an ISO numeric code (the row's `country` name settles codes ISO does not
 * assign), or null when neither is known.
 */
export function isoNumericToAlpha2(code: number, countryName = ''): string | null {
  return BY_NAME[countryName.trim()] ?? ISO_NUMERIC_TO_ALPHA2[code] ?? null;
}

const ALPHA2_TO_NUMERIC: ReadonlyMap<string, number> = new Map(
  Object.entries(ISO_NUMERIC_TO_ALPHA2).map(([numeric, alpha2]) => [alpha2, Number(numeric)]),
);

/** ISO numeric code of an alpha-2 code the table knows, or null. */
export function isoAlpha2ToNumeric(code: string): number | null {
  return ALPHA2_TO_NUMERIC.get(code) ?? null;
}
