// The caption of the current view (src/core/export/caption.ts) from the app's state and the
// map's attribution, exactly as the map credits its sources on screen.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { buildCaption, type Caption } from '../core/export/caption.ts';
import type { ViewState } from '../state/view.svelte.ts';

/** The map's attributions: those its attribution control shows, else its style's sources'. */
export function mapAttributions(map: MapLibreMap | null): string[] {
  if (!map) return [];
  const shown = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.innerHTML;
  if (shown) return shown.split('|');
  return Object.values(map.getStyle()?.sources ?? {}).flatMap((s) =>
    'attribution' in s && typeof s.attribution === 'string' ? [s.attribution] : [],
  );
}

/** The caption of what `view` shows of the dataset named `datasetName` (null: the seeds). */
export function captionOf(
  datasetName: string | null,
  view: ViewState,
  map: MapLibreMap | null,
): Caption {
  return buildCaption({
    datasetName,
    window: view.time.window,
    count: view.count,
    filters: view.filters,
    attributions: mapAttributions(map),
  });
}
