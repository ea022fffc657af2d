// Share and embed links: `?embed` added and removed without touching the rest of the URL, and
// the iframe snippet escaped, titled and lazy.
import { describe, expect, it } from 'vitest';
import {
  embedUrl,
  frameSide,
  fullViewUrl,
  iframeSnippet,
  isEmbedMode,
} from '../../../src/core/share';

const PAGE =
  'https://example.org/borderlines/?synthetic=100000&seed=1#from=2018-10-01&to=2018-12-31&cat=attack';

describe('embedUrl', () => {
  it('adds ?embed and keeps the other parameters and the hash', () => {
    expect(embedUrl(PAGE)).toBe(
      'https://example.org/borderlines/?synthetic=100000&seed=1&embed#from=2018-10-01&to=2018-12-31&cat=attack',
    );
  });

  it('adds ?embed to a URL without a query', () => {
    expect(embedUrl('http://127.0.0.1:4173/#incident=x')).toBe(
      'http://127.0.0.1:4173/?embed#incident=x',
    );
  });

  it('does not add it twice', () => {
    expect(embedUrl(embedUrl(PAGE))).toBe(embedUrl(PAGE));
  });

  it('keeps an encoded ?style= URL as written', () => {
    const page = 'http://h/?style=https%3A%2F%2Fs.example%2Fstyle.json';
    expect(embedUrl(page)).toBe(`${page}&embed`);
  });
});

describe('fullViewUrl', () => {
  it('drops ?embed and keeps the rest', () => {
    expect(fullViewUrl(embedUrl(PAGE))).toBe(PAGE);
  });

  it('drops the query mark when embed was the only parameter', () => {
    expect(fullViewUrl('http://h/?embed#map=5/28/62')).toBe('http://h/#map=5/28/62');
  });
});

describe('isEmbedMode', () => {
  it.each([
    ['?embed', true],
    ['?embed=1', true],
    ['?synthetic=10&embed', true],
    ['?embed=0', false],
    ['?embed=false', false],
    ['', false],
  ])('%j → %s', (search, expected) => {
    expect(isEmbedMode(search)).toBe(expected);
  });
});

describe('iframeSnippet', () => {
  const snippet = iframeSnippet({
    src: 'http://h/?a=1&embed#q="x"<y>',
    width: 800,
    height: 600,
    title: 'Borderlines: "quoted" & more',
  });

  it('escapes the URL and the title for an attribute', () => {
    expect(snippet).toContain('src="http://h/?a=1&amp;embed#q=&quot;x&quot;&lt;y&gt;"');
    expect(snippet).toContain('title="Borderlines: &quot;quoted&quot; &amp; more"');
  });

  it('sets the size, lazy loading and no border', () => {
    expect(snippet).toContain('width="800" height="600"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('style="border:0"');
  });

  it('is one iframe element', () => {
    expect(snippet).toMatch(/^<iframe [^<>]*><\/iframe>$/);
  });
});

describe('frameSide', () => {
  it('rounds and clamps to 200..4000', () => {
    expect([frameSide(799.6, 1), frameSide(10, 1), frameSide(1e6, 1)]).toEqual([800, 200, 4000]);
  });

  it('falls back for a value that is not a number', () => {
    expect(frameSide(NaN, 600)).toBe(600);
  });
});
