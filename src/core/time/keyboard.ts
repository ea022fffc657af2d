// Keyboard steps of a time slider handle: arrows move a day, PageUp/PageDown a calendar month,
// Home/End jump to the handle's ends (for the outer edges: the ends of the data).

import { addMonths } from './calendar';
import { clamp } from './window';

/** The value a key moves a handle to, limited to `min..max`; null for keys a slider ignores. */
export function keyStep(key: string, value: number, min: number, max: number): number | null {
  let next: number;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = value + 1;
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = value - 1;
      break;
    case 'PageUp':
      next = addMonths(value, 1);
      break;
    case 'PageDown':
      next = addMonths(value, -1);
      break;
    case 'Home':
      next = min;
      break;
    case 'End':
      next = max;
      break;
    default:
      return null;
  }
  return clamp(next, min, max);
}
