// Hostile strings from data rendered by the panel, the list, the article view and the picker's
// report: every one must reach the DOM as text. Figures (see tests/unit/hostile/harness.ts):
// script = a payload ran (`__pwned` set) or an element/attribute came from data (a <script>,
// <img>, <iframe>, <svg>, <a href=javascript:>, <style> or any on* attribute that the component
// does not render on its own); lost = the string is not in the DOM's text exactly as given.
import { render } from '@testing-library/svelte';
import { afterAll, describe, expect, it } from 'vitest';
import ArticleText from '../../../src/components/ArticleText.svelte';
import IncidentList from '../../../src/components/IncidentList.svelte';
import IncidentPanel from '../../../src/components/IncidentPanel.svelte';
import type { Article, IncidentFeature, IncidentProperties } from '../../../src/core/types.ts';
import { CLEAN, family, figures } from '../../unit/hostile/harness.ts';
import { articleOf, incident } from '../fixtures.ts';

const base = incident('2018-mirjaveh-abduction');

/** Strings that would run script, inject markup, or hide and reorder text if treated as HTML. */
const STRINGS: [name: string, value: string][] = [
  ['script tag', '<script>globalThis.__pwned = 1</script>'],
  ['img onerror', '<img src=x onerror="globalThis.__pwned=1">'],
  ['svg onload', '<svg onload="globalThis.__pwned=1"></svg>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'],
  ['javascript link', '<a href="javascript:globalThis.__pwned=1">click</a>'],
  ['style tag', '<style>body{display:none}</style>'],
  ['attribute breakout', '" onmouseover="globalThis.__pwned=1" x="'],
  ['HTML entities', '&lt;b&gt;not bold&lt;/b&gt; &amp;'],
  [
    'Svelte/template braces',
    '{@html "<b>x</b>"} {{constructor.constructor("globalThis.__pwned=1")()}}',
  ],
  ['RTL override', 'Zahedan \u202Etxt.exe\u202C border'],
  ['zero-width characters', 'Sa\u200Bra\u200Cvan\u200D\u2060\uFEFF'],
  ['100 kB title', `Long ${'title '.repeat(20_000)}`],
  ['control characters', 'a\u0000b\u0007c\u001Bd'],
  ['lone surrogate', 'broken \uD800 pair'],
  ['Persian and Urdu text', 'زاهدان — کوئٹہ'],
];

const tally = family('render');
afterAll(() => expect(tally.results.length).toBe(STRINGS.length * 3));

/** Elements and attributes the components never render themselves from data. */
function injected(root: HTMLElement): boolean {
  if (root.querySelector('script, img, iframe, style, a[href^="javascript"], svg[onload]'))
    return true;
  return [...root.querySelectorAll('*')].some((el) =>
    [...el.attributes].some((a) => a.name.startsWith('on')),
  );
}

function measure(name: string, value: string, root: HTMLElement, where: string) {
  const pwned = (globalThis as { __pwned?: unknown }).__pwned !== undefined;
  const r = tally.record({
    name: `${where}: ${name}`,
    crash: false,
    script: pwned || injected(root),
    lost: !(root.textContent ?? '').includes(value),
    unclear: false,
  });
  expect(figures(r)).toEqual(CLEAN);
}

function hostileProps(value: string): IncidentProperties {
  return {
    ...base.properties,
    id: `hostile-${value.length}`,
    title: value,
    place: value,
    excerpt: value,
    date_basis: value,
    note: value,
    outlet: value,
    actors: [value],
  };
}

describe('hostile strings render as text', () => {
  for (const [name, value] of STRINGS) {
    it(`panel: ${name}`, () => {
      const { container } = render(IncidentPanel, {
        incident: hostileProps(value),
        article: null,
        reading: false,
        onread: () => {},
        onclose: () => {},
      });
      measure(name, value, container, 'panel');
    });
    it(`list: ${name}`, () => {
      const f: IncidentFeature = { ...base, properties: hostileProps(value) };
      const { container } = render(IncidentList, {
        count: 1,
        itemAt: () => f,
        rowOf: (id: string) => (id === f.properties.id ? 0 : -1),
        noteOf: () => value,
        selectedId: null,
        onselect: () => {},
      });
      measure(name, value, container, 'list');
    });
    it(`article view: ${name}`, () => {
      window.HTMLElement.prototype.scrollIntoView = () => {};
      const text = `Before. ${value} After.`;
      const article: Article = { ...articleOf(base), title: value, text };
      const start = text.indexOf(value);
      const { container } = render(ArticleText, {
        article,
        incident: {
          ...hostileProps(value),
          excerpt_start: start,
          excerpt_end: start + value.length,
        },
      });
      measure(name, value, container, 'article');
    });
  }
});
