// Links for sharing and embedding the current view: the deep link is the page's own URL (the
// hash holds view, selection, window, filters and query); the embed is the same URL with
// `?embed`, which drops the header and the dataset tools. Pure: URLs in, URLs and HTML out.

/** The query parameter of the embed mode. */
export const EMBED_PARAM = 'embed';

/** Splits a URL into what precedes the query, the query's parameters and the hash. */
function splitUrl(href: string): { base: string; params: string[]; hash: string } {
  const hashAt = href.indexOf('#');
  const hash = hashAt < 0 ? '' : href.slice(hashAt);
  const rest = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  const base = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const query = queryAt < 0 ? '' : rest.slice(queryAt + 1);
  return { base, params: query.split('&').filter(Boolean), hash };
}

function joinUrl(base: string, params: readonly string[], hash: string): string {
  return `${base}${params.length ? `?${params.join('&')}` : ''}${hash}`;
}

const isEmbedParam = (p: string) => p === EMBED_PARAM || p.startsWith(`${EMBED_PARAM}=`);

/** True when the query string asks for the embed mode (`?embed`, but not `?embed=0`/`false`). */
export function isEmbedMode(search: string): boolean {
  const value = new URLSearchParams(search).get(EMBED_PARAM);
  return value !== null && value !== '0' && value !== 'false';
}

/** The embed URL of a page URL: `?embed` added (other parameters and the hash kept as written). */
export function embedUrl(href: string): string {
  const { base, params, hash } = splitUrl(href);
  return joinUrl(base, [...params.filter((p) => !isEmbedParam(p)), EMBED_PARAM], hash);
}

/** The full view of an embed URL: `?embed` removed, everything else kept. */
export function fullViewUrl(href: string): string {
  const { base, params, hash } = splitUrl(href);
  return joinUrl(
    base,
    params.filter((p) => !isEmbedParam(p)),
    hash,
  );
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** What an embed snippet is made of. */
export interface IframeOptions {
  /** The embed URL (`embedUrl`). */
  src: string;
  /** Width and height in CSS pixels. */
  width: number;
  height: number;
  /** The frame's accessible name. */
  title: string;
}

/** Smallest and largest frame side the snippet accepts. */
export const FRAME_LIMITS = { min: 200, max: 4000 } as const;

/** A whole number of pixels within `FRAME_LIMITS` (a default for anything unreadable). */
export function frameSide(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(FRAME_LIMITS.max, Math.max(FRAME_LIMITS.min, Math.round(value)));
}

/** The `<iframe>` snippet for a page: lazy-loaded, titled, without a border. */
export function iframeSnippet(o: IframeOptions): string {
  return (
    `<iframe src="${escapeAttribute(o.src)}" width="${o.width}" height="${o.height}" ` +
    `title="${escapeAttribute(o.title)}" loading="lazy" style="border:0"></iframe>`
  );
}
