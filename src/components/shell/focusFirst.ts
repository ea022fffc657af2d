// Moving keyboard focus to the first of several places that is on screen (a skip link's target, or
// where focus goes back to after a panel or a menu closes).

/** Focuses the first of `selectors` that matches an element on screen; true if one did. */
export function focusFirst(...selectors: string[]): boolean {
  for (const selector of selectors) {
    const el = document.querySelector<HTMLElement>(selector);
    if (el && el.getClientRects().length > 0) {
      el.focus();
      return true;
    }
  }
  return false;
}
