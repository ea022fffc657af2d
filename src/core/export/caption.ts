// The words drawn into an exported map image and printed with it: what the map shows (the
// dataset, the time window, how many incidents, the filters) and whose data it is (the map
// sources' attributions, as plain text). Pure.
import { dayToIso } from '../days.ts';
import type { Filters } from '../filter/filters.ts';
import type { TimeWindow } from '../time/window.ts';

/** The tagline of the seed articles (as in the header). */
export const SEED_SUBTITLE = 'Incidents on the Iran–Pakistan border, each traced to its sentence';

/** What a caption is made from. */
export interface CaptionInput {
  /** Name of the loaded dataset, or null for the seed articles. */
  datasetName: string | null;
  /** The time window shown (inclusive day numbers). */
  window: TimeWindow;
  /** Incidents shown (window and filters). */
  count: number;
  /** The filters in force. */
  filters: Filters;
  /** Attribution strings of the map's sources (HTML allowed; tags are dropped). */
  attributions: readonly string[];
}

/** The lines of a caption. */
export interface Caption {
  /** "Borderlines". */
  title: string;
  /** The dataset: the seed tagline, or the loaded dataset's name. */
  subtitle: string;
  /** "2024-01-15 – 2024-01-31 · 5 incidents shown". */
  window: string;
  /** "Filters: …", or null when nothing is filtered. */
  filters: string | null;
  /** "Boundaries: Natural Earth · Places: GeoNames (CC BY 4.0)". */
  attribution: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&copy;': '©',
  '&nbsp;': ' ',
};

/** An attribution's text without its HTML tags (links become their text). */
export function plainAttribution(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|copy|nbsp);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The window as ISO dates ("2024-01-15 – 2024-01-31", one date for one day). */
export function windowText(w: TimeWindow): string {
  return w.from === w.to ? dayToIso(w.from) : `${dayToIso(w.from)} – ${dayToIso(w.to)}`;
}

/** The filters in words ("category attack; search "saravan""), or null when none is set. */
export function describeFilters(f: Filters): string | null {
  const parts: string[] = [];
  const list = (label: string, values: readonly string[] | null) => {
    if (values) parts.push(`${label} ${values.join(', ')}`);
  };
  list('category', f.categories);
  list('country', f.countries);
  list('province', f.admin1);
  list('actor', f.actors);
  list('date known to', f.datePrecisions);
  list('place known to', f.placePrecisions);
  if (f.minFatalities !== null) parts.push(`at least ${f.minFatalities} fatalities`);
  if (f.query.trim()) parts.push(`search "${f.query.trim()}"`);
  return parts.length ? parts.join('; ') : null;
}

/** The caption of a map image. */
export function buildCaption(input: CaptionInput): Caption {
  const n = input.count;
  const filters = describeFilters(input.filters);
  const unique = [...new Set(input.attributions.map(plainAttribution).filter(Boolean))];
  return {
    title: 'Borderlines',
    subtitle: input.datasetName ?? SEED_SUBTITLE,
    window: `${windowText(input.window)} · ${n.toLocaleString('en')} incident${n === 1 ? '' : 's'} shown`,
    filters: filters ? `Filters: ${filters}` : null,
    attribution: unique.join(' · '),
  };
}
