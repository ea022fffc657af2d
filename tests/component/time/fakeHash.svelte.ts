// A reactive stand-in for the URL hash's extra keys (the shape of `HashSync.get`/`set`).

/** Hash keys held in a rune, like `HashSync.extra`. */
export class FakeHash {
  entries = $state<[string, string][]>([]);

  /** Start with these keys. */
  constructor(initial: Record<string, string>) {
    this.entries = Object.entries(initial);
  }

  /** Current value of a key, or null. */
  get(key: string): string | null {
    return this.entries.find(([k]) => k === key)?.[1] ?? null;
  }

  /** Set a key, or remove it with null. */
  set(key: string, value: string | null): void {
    const rest = this.entries.filter(([k]) => k !== key);
    this.entries = value === null ? rest : [...rest, [key, value]];
  }
}
