// The URL hash as app state: `#map=zoom/lat/lon&incident=ID` (MapLibre's zoom/lat/lon order).
// Pure: parse and format never throw; malformed or out-of-range values are dropped and recorded
// in `rejected` (so the link banner can name them: `describeHashProblems`), unknown keys are kept
// (in order) so other features (the time window's `from`/`to`) can share the hash. A hash longer
// than `MAX_HASH_LENGTH` is ignored whole; parsing is linear in the hash's length.

/** A map view as the hash stores it. */
export interface HashView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Why a part of the hash was not used. */
export type HashRejectionReason =
  | 'too-long' // the whole hash is longer than MAX_HASH_LENGTH
  | 'bad-escape' // a broken %-escape: the key or value cannot be decoded
  | 'malformed' // not in the key's form (map: zoom/lat/lon numbers)
  | 'out-of-range' // map: zoom, latitude or longitude outside what the map shows
  | 'empty' // incident: no id
  | 'overlong'; // incident: longer than any incident id

/** A part of the hash that was not used, with the raw text it came from. */
export interface HashRejection {
  /** `map`, `incident`, or null when the key itself is unknown (a broken escape, a long hash). */
  key: string | null;
  /** The value as written in the link (still %-encoded when it could not be decoded). */
  value: string;
  reason: HashRejectionReason;
}

/** Everything the hash holds. */
export interface HashState {
  /** The map view, or null when absent or invalid. */
  map: HashView | null;
  /** The selected incident id, or null. */
  incident: string | null;
  /** Every other key, in the order found, e.g. `from` and `to` of the time window. */
  extra: [key: string, value: string][];
  /** What `parseHash` dropped, in order; absent when nothing was. */
  rejected?: HashRejection[];
}

/** Largest zoom MapLibre accepts. */
export const MAX_ZOOM = 24;
/** Latitude limit of the Web Mercator map. */
export const MAX_LAT = 85.051129;
/** Longest incident id the hash accepts. */
export const MAX_ID_LENGTH = 200;
/**
 * Longest hash read, in characters (with the `#`). A full link (view, a 200-character id and a
 * time window) is under 300; a longer hash is not one the app wrote, and is ignored whole rather
 * than cut, since a cut id could name another incident.
 */
export const MAX_HASH_LENGTH = 2048;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Why `zoom/lat/lon` cannot be a view, or null when it can. */
function viewProblem(value: string): 'malformed' | 'out-of-range' | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return 'malformed';
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (!(zoom >= 0 && zoom <= MAX_ZOOM)) return 'out-of-range';
  if (!(lat >= -MAX_LAT && lat <= MAX_LAT)) return 'out-of-range';
  if (!(lon >= -180 && lon <= 180)) return 'out-of-range';
  return null;
}

/** Parses `zoom/lat/lon`; null when any part is not a finite number in range. */
export function parseView(value: string): HashView | null {
  if (viewProblem(value)) return null;
  const [zoom, lat, lon] = value.split('/').map(Number) as [number, number, number];
  return { zoom, lat, lon };
}

/**
 * Parses a location hash (with or without the leading `#`). Never throws; linear in the hash's
 * length; a hash longer than `MAX_HASH_LENGTH` gives nothing but its rejection.
 */
export function parseHash(hash: string): HashState {
  const state: HashState = { map: null, incident: null, extra: [] };
  const rejected: HashRejection[] = [];
  const reject = (key: string | null, value: string, reason: HashRejectionReason): void => {
    rejected.push({ key, value, reason });
  };
  if (hash.length > MAX_HASH_LENGTH) {
    reject(null, hash.slice(0, 80), 'too-long');
    return { ...state, rejected };
  }
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const seen = new Set<string>();
  for (const pair of body.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const key = safeDecode(rawKey);
    const value = safeDecode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === null || value === null) {
      reject(key === 'map' || key === 'incident' ? key : null, pair, 'bad-escape');
      continue;
    }
    if (key === '') continue;
    if (key === 'map') {
      const problem = viewProblem(value);
      if (problem) reject('map', value, problem);
      else state.map = parseView(value);
    } else if (key === 'incident') {
      const id = value.trim();
      if (!id) reject('incident', value, 'empty');
      else if (id.length > MAX_ID_LENGTH) reject('incident', value, 'overlong');
      else state.incident = id;
    } else if (!seen.has(key)) {
      seen.add(key);
      state.extra.push([key, value]);
    }
  }
  return rejected.length ? { ...state, rejected } : state;
}

/** Rounds to `digits` decimals without trailing zeros. */
function fixed(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** Formats a view as `zoom/lat/lon` (2 decimals of zoom, 4 of degrees: about 10 m). */
export function formatView(view: HashView): string {
  return `${fixed(view.zoom, 2)}/${fixed(view.lat, 4)}/${fixed(view.lon, 4)}`;
}

/** A lone UTF-16 surrogate (no partner): `encodeURIComponent` throws on one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Encodes a hash value, keeping the characters that are safe and readable in a hash. A lone
 * surrogate (possible in an imported id) is written as U+FFFD instead of throwing.
 */
function encode(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'))
    .replace(/%2F/gi, '/')
    .replace(/%3A/gi, ':');
}

/** Formats the hash, `#`-prefixed; `map` first, then `incident`, then the other keys. */
export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.map) parts.push(`map=${formatView(state.map)}`);
  if (state.incident) parts.push(`incident=${encode(state.incident)}`);
  for (const [k, v] of state.extra) {
    if (k === 'map' || k === 'incident') continue;
    parts.push(`${encode(k)}=${encode(v)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
