// The URL hash as app state: `#map=zoom/lat/lon&incident=ID` (MapLibre's zoom/lat/lon order).
// Pure: parse never throws; malformed or out-of-range values are dropped, unknown keys are kept
// (in order) so other features (the time window's `from`/`to`) can share the hash.

/** A map view as the hash stores it. */
export interface HashView {
  zoom: number;
  lat: number;
  lon: number;
}

/** Everything the hash holds. */
export interface HashState {
  /** The map view, or null when absent or invalid. */
  map: HashView | null;
  /** The selected incident id, or null. */
  incident: string | null;
  /** Every other key, in the order found, e.g. `from` and `to` of the time window. */
  extra: [key: string, value: string][];
}

/** Largest zoom MapLibre accepts. */
export const MAX_ZOOM = 24;
/** Latitude limit of the Web Mercator map. */
export const MAX_LAT = 85.051129;
/** Longest incident id the hash accepts. */
const MAX_ID_LENGTH = 200;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Parses `zoom/lat/lon`; null when any part is not a finite number in range. */
export function parseView(value: string): HashView | null {
  const parts = value.split('/');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (!(zoom >= 0 && zoom <= MAX_ZOOM)) return null;
  if (!(lat >= -MAX_LAT && lat <= MAX_LAT)) return null;
  if (!(lon >= -180 && lon <= 180)) return null;
  return { zoom, lat, lon };
}

/** Parses a location hash (with or without the leading `#`). Never throws. */
export function parseHash(hash: string): HashState {
  const state: HashState = { map: null, incident: null, extra: [] };
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
    const value = safeDecode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === null || value === null || key === '') continue;
    if (key === 'map') {
      state.map = parseView(value) ?? state.map;
    } else if (key === 'incident') {
      const id = value.trim();
      if (id && id.length <= MAX_ID_LENGTH) state.incident = id;
    } else if (!state.extra.some(([k]) => k === key)) {
      state.extra.push([key, value]);
    }
  }
  return state;
}

/** Rounds to `digits` decimals without trailing zeros. */
function fixed(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** Formats a view as `zoom/lat/lon` (2 decimals of zoom, 4 of degrees: about 10 m). */
export function formatView(view: HashView): string {
  return `${fixed(view.zoom, 2)}/${fixed(view.lat, 4)}/${fixed(view.lon, 4)}`;
}

/** Encodes a hash value, keeping the characters that are safe and readable in a hash. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
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
