// Words for filter values in the filter panel and the legend: the same wording the panel uses to
// describe an incident's precision (src/core/describe.ts), shortened for a checkbox.
import type { DatePrecision, PlacePrecision } from '../../core/types.ts';

/** Checkbox label of each date precision. */
export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'known to the day',
  approximate: 'approximate day',
  range: 'range of days',
  month: 'month only',
  year: 'year only',
};

/** Checkbox label of each place precision. */
export const PLACE_PRECISION_LABELS: Record<PlacePrecision, string> = {
  point: 'exact point',
  town: 'town',
  county: 'county or district',
  province: 'province',
  country: 'country only',
  border: 'on a border',
};
