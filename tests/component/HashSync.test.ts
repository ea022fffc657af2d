import { flushSync } from 'svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { AppState } from '../../src/state/app.svelte.ts';
import { HashSync } from '../../src/state/hash.svelte.ts';

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
    const sync = new HashSync(app);
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
    const sync = new HashSync(app);
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

  test('a malformed hash selects nothing and throws nothing', () => {
    history.replaceState(null, '', '/#map=99/x/y&incident=&%E0%A4%A');
    const app = new AppState();
    expect(() => new HashSync(app)).not.toThrow();
    expect(app.selectedId).toBeNull();
    expect(app.view).toBeNull();
  });
});
