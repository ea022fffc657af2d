// Keyboard behaviour of an ARIA listbox (WAI-ARIA APG): which option a key moves to, or whether it
// selects the active one. Pure: the lists turn the answer into DOM and state.

/** What a key does in a listbox: move the active option to `index`, or select the active one. */
export type ListboxAction = { kind: 'move'; index: number } | { kind: 'select' };

/**
 * What pressing `key` does in a listbox of `count` options whose active option is `active`
 * (-1 for none): ArrowDown/ArrowUp move by one, Home/End to the ends, PageDown/PageUp by
 * `pageSize` options when one is given, Enter and Space select the active option. Null when the
 * key does nothing here (the list is empty, Enter with no active option, any other key).
 */
export function listboxKey(
  key: string,
  active: number,
  count: number,
  pageSize?: number,
): ListboxAction | null {
  if (count === 0) return null;
  const last = count - 1;
  const move = (index: number): ListboxAction => ({ kind: 'move', index });
  switch (key) {
    case 'ArrowDown':
      return move(Math.min(last, active + 1));
    case 'ArrowUp':
      return move(Math.max(0, active - 1));
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'PageDown':
      return pageSize === undefined ? null : move(Math.min(last, active + pageSize));
    case 'PageUp':
      return pageSize === undefined ? null : move(Math.max(0, active - pageSize));
    case 'Enter':
    case ' ':
      return active >= 0 ? { kind: 'select' } : null;
    default:
      return null;
  }
}

/**
 * The option the keyboard is on: the one it moved to (`keyed`), else the selected one, else the
 * one marked nearest the current time (`highlighted`: the list scrolls to it, so it is the one
 * in view when the window does not start the list), else the first; -1 for an empty list. Each is
 * an index, -1 when unset or no longer in the list.
 */
export function activeIndex(
  keyed: number,
  selected: number,
  count: number,
  highlighted = -1,
): number {
  if (keyed >= 0) return keyed;
  if (selected >= 0) return selected;
  if (highlighted >= 0) return highlighted;
  return count > 0 ? 0 : -1;
}

/** DOM id of the list option that shows incident `id` (for aria-activedescendant). */
export function incidentOptionId(id: string): string {
  return `incident-option-${id}`;
}

/**
 * The ARIA attributes of the incident listbox element: focusable, named "Incidents", pointing
 * at the option the keyboard is on (`activeId`, or null for none).
 */
export function incidentListboxAttributes(activeId: string | null) {
  return {
    role: 'listbox',
    tabindex: 0,
    'aria-label': 'Incidents',
    'aria-activedescendant': activeId ? incidentOptionId(activeId) : undefined,
  } as const;
}
