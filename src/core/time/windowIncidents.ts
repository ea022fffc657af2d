// What the map and the excerpt list show for a time window: the incidents in it (date order), the
// selection when it lies outside (drawn faint so it stays findable) and the incident to highlight.
// Pure: the caller passes the store's answers, so this runs once per window change.

import type { IncidentStore } from '../incidentStore';
import type { IncidentFeature } from '../types';
import { sameWindow, type TimeWindow } from './window';

/** The incidents to show for one window. */
export interface WindowIncidents {
  /** Incidents in the window, in date order (the list's items). */
  visible: IncidentFeature[];
  /** Incidents to draw on the map: `visible`, plus the selection when it lies outside. */
  drawn: IncidentFeature[];
  /** Id of the selection when it lies outside the window (drawn faint), else null. */
  outsideId: string | null;
  /** Id of the incident to highlight in the list (nearest the window's end), else null. */
  nearestId: string | null;
}

/** Inputs: the features, their store and the window state. */
export interface WindowIncidentsInput {
  /** The features the store was built from (`store.source[i]` indexes them). */
  features: readonly IncidentFeature[];
  /** The date-sorted store over `features`, built with ids. */
  store: IncidentStore;
  /** The window shown. */
  window: TimeWindow;
  /** The data's first and last day. */
  extent: TimeWindow;
  /** Sorted indices of the incidents in the window (`store.visibleIndices`). */
  indices: ArrayLike<number>;
  /** Sorted index of the incident in the window nearest its end, or -1. */
  nearest: number;
  /** Id of the selected incident, or null. */
  selectedId: string | null;
}

/**
 * The incidents in the window in date order, the selection when outside it, and the incident to
 * highlight: none while the window spans all the data, so the list then starts at the top.
 */
export function windowIncidents(input: WindowIncidentsInput): WindowIncidents {
  const { features, store, window, extent, indices, nearest, selectedId } = input;
  const visible = Array.from(indices, (i) => features[store.source[i]!]!);
  const selected = selectedId === null ? -1 : store.indexOfId(selectedId);
  const outside = selected >= 0 && !store.inWindow(selected, window.from, window.to);
  const outsideFeature = outside ? features[store.source[selected]!]! : null;
  const whole = sameWindow(window, extent);
  return {
    visible,
    drawn: outsideFeature ? [...visible, outsideFeature] : visible,
    outsideId: outsideFeature ? outsideFeature.properties.id : null,
    nearestId: !whole && nearest >= 0 ? (store.ids?.[nearest] ?? null) : null,
  };
}
