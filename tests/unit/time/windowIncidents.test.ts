import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IncidentStore } from '../../../src/core/incidentStore';
import { windowIncidents } from '../../../src/core/time/windowIncidents';
import type { TimeWindow } from '../../../src/core/time/window';
import type { IncidentCollection } from '../../../src/core/types';
import { d } from './fixture';

const features = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/app/out/incidents.geojson'), 'utf8'),
  ) as IncidentCollection
).features;
const store = IncidentStore.fromFeatures(features);
const extent = store.extent!;

function show(window: TimeWindow, selectedId: string | null = null) {
  return windowIncidents({
    features,
    store,
    window,
    extent,
    indices: store.visibleIndices(window.from, window.to),
    nearest: store.nearestInWindow(window.from, window.to),
    selectedId,
  });
}
const ids = (list: { properties: { id: string } }[]) => list.map((f) => f.properties.id);
const JANUARY_2024 = { from: d('2024-01-01'), to: d('2024-01-31') };

describe('windowIncidents', () => {
  it('lists the incidents in the window in date order', () => {
    expect(ids(show(JANUARY_2024).visible)).toEqual([
      '2024-iran-strike-balochistan',
      '2024-pakistan-strike-saravan',
      '2024-defuse-agreement',
      '2024-islamabad-press-conference',
    ]);
  });
  it('draws a selection outside the window too, and names it', () => {
    const shown = show(JANUARY_2024, '2018-mirjaveh-abduction');
    expect([ids(shown.drawn).at(-1), shown.outsideId, shown.visible.length]).toEqual([
      '2018-mirjaveh-abduction',
      '2018-mirjaveh-abduction',
      4,
    ]);
  });
  it('draws a selection inside the window once', () => {
    const shown = show(JANUARY_2024, '2024-pakistan-strike-saravan');
    expect([shown.drawn.length, shown.outsideId]).toEqual([4, null]);
  });
  it('highlights the incident nearest the window end', () => {
    expect(show({ from: d('2024-01-01'), to: d('2024-01-25') }).nearestId).toBe(
      '2024-defuse-agreement',
    );
  });
  it('highlights nothing while the window spans all the data', () => {
    expect(show(extent).nearestId).toBeNull();
  });
  it('ignores a selected id the data does not have', () => {
    expect(show(JANUARY_2024, 'no-such-id').outsideId).toBeNull();
  });
});
