// `?synthetic=N&seed=S` in the page's query string: a generated dataset for demos and tests.
// Pure: parses and names what is malformed (values cut and invisible characters shown).
import { showValue } from './hashProblems.ts';
import type { SyntheticRegion } from './synthetic.ts';

/** Largest `?synthetic=N` the app accepts. */
export const MAX_SYNTHETIC = 2_000_000;

/** A synthetic dataset asked for in the page's query string. */
export interface SyntheticRequest {
  count: number;
  seed: number;
  /** `&region=world`: incidents on every continent; else the border region. */
  region: SyntheticRegion;
}

/**
 * `?synthetic=N[&seed=S][&region=world]` from a query string: N whole incidents
 * (1..MAX_SYNTHETIC), seed a whole number (1 when absent), region `world` or `border` (default). Null when absent; an error message when malformed.
 */
export function syntheticFromSearch(search: string): SyntheticRequest | string | null {
  const params = new URLSearchParams(search);
  const n = params.get('synthetic');
  if (n === null) return null;
  const s = params.get('seed') ?? '1';
  const r = params.get('region') ?? 'border';
  const count = /^\d+$/.test(n) ? Number(n) : NaN;
  const seed = /^\d+$/.test(s) ? Number(s) : NaN;
  if (!(count >= 1 && count <= MAX_SYNTHETIC)) {
    return `The link's ?synthetic=${showValue(n)} is not a number of incidents from 1 to ${MAX_SYNTHETIC.toLocaleString('en')}; showing the seed articles.`;
  }
  if (!Number.isSafeInteger(seed)) {
    return `The link's seed=${showValue(s)} is not a whole number; showing the seed articles.`;
  }
  if (r !== 'border' && r !== 'world') {
    return `The link's region=${showValue(r)} is not "world" or "border"; showing the seed articles.`;
  }
  return { count, seed, region: r };
}
