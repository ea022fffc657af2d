// Hands the one MapLibre map down to the layer components that MapView renders as children.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('borderlines-map');

/** Makes `map` available to child components (called by MapView only). */
export function setMapContext(get: () => MapLibreMap): void {
  setContext(KEY, get);
}

/** The map, for components rendered inside MapView (which renders them only once it exists). */
export function getMap(): MapLibreMap {
  const get = getContext<(() => MapLibreMap) | undefined>(KEY);
  if (!get) throw new Error('getMap() called outside <MapView>');
  return get();
}
