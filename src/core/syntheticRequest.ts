// `?synthetic=N&seed=S` in the page's query string: a generated dataset for demos and tests.
// Pure: parses and names what is malformed (values cut and invisible characters shown).
import { showValue } from './hashProblems.ts';

/** Largest `?synthetic=N` the app accepts. */
export const MAX_SYNTHETIC = 2_000_000;

/** A synthetic dataset asked for in the page's query string. */
export interface SyntheticRequest {
  count: number;
  seed: number;
}

/**
 * `?synthetic=N[&seed=S]` from a query string: N whole incidents (1..MAX_SYNTHETIC), seed a whole
 * number (1 when absent). Null when absent; an error message when malformed.
 */
export function syntheticFromSearch(search: string): SyntheticRequest | string | null {
  const params = new URLSearchParams(search);
  const n = params.get('synthetic');
  if (n === null) return null;
  const s = params.get('seed') ?? '1';
  const count = /^\d+$/.test(n) ? Number(n) : NaN;
  const seed = /^\d+$/.test(s) ? Number(s) : NaN;
  if (!(count >= 1 && count <= MAX_SYNTHETIC)) {
    return `The link's ?synthetic=${showValue(n)} is not a number of incidents from 1 to ${MAX_SYNTHETIC.toLocaleString('en')}; showing the seed articles.`;
  }
  if (!Number.isSafeInteger(seed)) {
    return `The link's seed=${showValue(s)} is not a whole number; showing the seed articles.`;
  }
  return { count, seed };
}
