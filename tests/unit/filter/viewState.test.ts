// ViewState: the filters and the time window decide the list, the counts and what the map draws.
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/core/days.ts';
import { NO_FILTERS } from '../../../src/core/filter/filters.ts';
import { ViewState } from '../../../src/state/view.svelte.ts';
import { dataset } from './fixtures.ts';

const listed = (v: ViewState) =>
  Array.from({ length: v.count }, (_, r) => dataset.idOf(v.indexAt(r)));

describe('ViewState', () => {
  it('lists every incident in date order without filters', () => {
    expect(listed(new ViewState(dataset))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('a filter narrows the list, keeps the window and the extent', () => {
    const v = new ViewState(dataset);
    const extent = v.time.extent;
    v.time.setWindow({ from: isoToDay('2024-01-01'), to: isoToDay('2024-02-20') });
    v.setFilters({ ...NO_FILTERS, categories: ['attack'] });
    expect(listed(v)).toEqual(['a', 'c', 'e']);
    expect(v.time.extent).toEqual(extent);
    expect(v.time.window.to).toBe(isoToDay('2024-02-20'));
  });

  it('maps rows and dataset indices both ways', () => {
    const v = new ViewState(dataset);
    v.setFilters({ ...NO_FILTERS, countries: ['PK'] });
    const d = dataset.indexOfId('d');
    expect(v.indexAt(v.rowOf(d))).toBe(d);
    expect(v.rowOf(dataset.indexOfId('a'))).toBe(-1);
  });

  it('draws a filtered-out selection faded on a small dataset', () => {
    const v = new ViewState(dataset);
    v.setFilters({ ...NO_FILTERS, categories: ['release'] });
    const drawn = v.drawn(dataset.indexOfId('a'))!;
    expect(drawn.features.map((f) => f.properties.id)).toEqual(['f', 'a']);
    expect(drawn.fadedId).toBe('a');
  });

  it('marks the incident nearest the window end only once the window is narrower than the data', () => {
    const v = new ViewState(dataset);
    expect(v.highlightIndex).toBe(-1);
    v.time.setWindow({ from: isoToDay('2024-01-01'), to: isoToDay('2024-01-12') });
    expect(dataset.idOf(v.highlightIndex)).toBe('b');
  });

  it('the time control counts and steps over the filtered incidents', () => {
    const v = new ViewState(dataset);
    v.setFilters({ ...NO_FILTERS, categories: ['diplomacy', 'statement'] });
    expect(v.time.store.n).toBe(2);
    expect(v.time.visibleCount).toBe(2);
  });

  it('says it shows the recent window it opened on, until the window changes', () => {
    const recent = { from: isoToDay('2024-01-22'), to: isoToDay('2024-02-20') }; // 30 days
    const v = new ViewState(dataset, { window: recent });
    expect(v.openingNote).toBe(
      `Showing the last 30 days of ${dataset.count} incidents — widen the time window to see more.`,
    );
    v.time.setWindow(v.time.extent);
    expect(v.openingNote).toBeNull();
  });

  it('has no opening note when it opened on all the data', () => {
    expect(new ViewState(dataset).openingNote).toBeNull();
  });
});
