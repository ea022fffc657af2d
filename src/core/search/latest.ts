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

/**
 * One question in flight at a time: a question asked while another is being answered waits, and
 * replaces any question already waiting (which is dropped, superseded), so a slow index answers
 * the latest query next instead of every keystroke in turn.
 */
export class OneInFlight<T> {
  #busy = false;
  #waiting: T | null = null;

  /** Asks `q`: returns what to send now (q, or null to wait) and the waiting question it dropped. */
  ask(q: T): { send: T | null; dropped: T | null } {
    if (!this.#busy) {
      this.#busy = true;
      return { send: q, dropped: null };
    }
    const dropped = this.#waiting;
    this.#waiting = q;
    return { send: null, dropped };
  }

  /** The question in flight was answered: returns the waiting one to send next, or null. */
  answered(): T | null {
    const next = this.#waiting;
    this.#waiting = null;
    this.#busy = next !== null;
    return next;
  }
}
