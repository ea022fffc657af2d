// Labels for the time control: ISO dates only, so nothing depends on the reader's locale.

import { dayToIso } from '../days';
import type { TimeWindow } from './window';

export { dayToIso };

/** The window as ISO dates, e.g. "2024-01-15 – 2024-01-31" (one date for a one-day window). */
export function formatWindow(w: TimeWindow): string {
  return w.from === w.to ? dayToIso(w.from) : `${dayToIso(w.from)} – ${dayToIso(w.to)}`;
}
