// Stale answers: each question (a query on a dataset) gets a ticket; only the answer to the
// latest ticket is used, so a slow answer to an old query, or to the previous dataset, is dropped.
// Pure.

/** Issues tickets and tells whether an answer's ticket is still the latest. */
export class LatestOnly {
  #last = 0;

  /** A new ticket; every earlier one is now stale. */
  next(): number {
    return ++this.#last;
  }

  /** True when `ticket` is the latest one issued (and not cancelled). */
  isLatest(ticket: number): boolean {
    return ticket === this.#last && ticket > 0;
  }

  /** Makes every ticket issued so far stale (a dataset switch, a cleared query). */
  cancel(): void {
    this.#last++;
  }
}
