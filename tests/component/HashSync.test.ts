import { flushSync } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { HASH_WINDOW_REST_MS, HashSync } from '../../src/state/hash.svelte.ts';

describe('HashSync', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
    history.replaceState(null, '', '/');
  });

  test('restores the view and the selection from the hash', () => {
    history.replaceState(null, '', '/#map=6/29.03/61.44&incident=2018-mirjaveh-abduction');
    const app = new AppState();
    const sync = new HashSync(app);
    expect(sync.initial.map).toEqual({ zoom: 6, lat: 29.03, lon: 61.44 });
    expect(app.selectedId).toBe('2018-mirjaveh-abduction');
  });

  test('writes the selection back, keeping the view and unknown keys', () => {
    history.replaceState(null, '', '/#map=6/29/61&from=2018-10-01&to=2018-12-31');
    const app = new AppState();
    const sync = new HashSync(app);
    stop = sync.start();
    app.select('x y');
    flushSync();
    expect(location.hash).toBe('#map=6/29/61&incident=x%20y&from=2018-10-01&to=2018-12-31');
  });

  test('other features can set and remove their own keys', () => {
    history.replaceState(null, '', '/');
    const app = new AppState();
    const sync = new HashSync(app, location, history, 0);
    stop = sync.start();
    sync.set('from', '2024-01-01');
    flushSync();
    expect(location.hash).toBe('#from=2024-01-01');
    expect(sync.get('from')).toBe('2024-01-01');
    sync.set('from', null);
    flushSync();
    expect(location.hash).toBe('');
  });

  test('setting an existing key replaces it in place (from stays before to)', () => {
    history.replaceState(null, '', '/#from=2024-01-01&to=2024-01-31');
    const app = new AppState();
    const sync = new HashSync(app, location, history, 0);
    stop = sync.start();
    sync.set('from', '2024-01-10');
    flushSync();
    expect(location.hash).toBe('#from=2024-01-10&to=2024-01-31');
  });

  test('a hash edited by hand changes the selection', () => {
    history.replaceState(null, '', '/');
    const app = new AppState();
    const sync = new HashSync(app);
    stop = sync.start();
    location.hash = '#incident=abc';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(app.selectedId).toBe('abc');
  });

  test('a scrub of the time window reaches the URL once, when it rests; the state at once', () => {
    vi.useFakeTimers();
    try {
      history.replaceState(null, '', '/#from=2024-01-01&to=2024-01-31');
      const sync = new HashSync(new AppState());
      stop = sync.start();
      flushSync();
      const seen: string[] = [];
      for (const to of ['2024-02-01', '2024-02-02', '2024-02-03']) {
        sync.set('to', to);
        flushSync();
        vi.advanceTimersByTime(HASH_WINDOW_REST_MS / 2);
        seen.push(location.hash);
      }
      expect(sync.current()).toBe('#from=2024-01-01&to=2024-02-03');
      vi.advanceTimersByTime(HASH_WINDOW_REST_MS);
      expect([...seen, location.hash]).toEqual([
        ...Array(3).fill('#from=2024-01-01&to=2024-01-31'),
        '#from=2024-01-01&to=2024-02-03',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('any other change goes to the URL at once, with the window as it is then', () => {
    vi.useFakeTimers();
    try {
      history.replaceState(null, '', '/#from=2024-01-01&to=2024-01-31');
      const app = new AppState();
      const sync = new HashSync(app);
      stop = sync.start();
      flushSync();
      sync.set('to', '2024-02-01');
      flushSync();
      app.select('abc');
      flushSync();
      expect(location.hash).toBe('#incident=abc&from=2024-01-01&to=2024-02-01');
    } finally {
      vi.useRealTimers();
    }
  });

  test('a malformed hash selects nothing and throws nothing', () => {
    history.replaceState(null, '', '/#map=99/x/y&incident=&%E0%A4%A');
    const app = new AppState();
    expect(() => new HashSync(app)).not.toThrow();
    expect(app.selectedId).toBeNull();
    expect(app.view).toBeNull();
  });
});
