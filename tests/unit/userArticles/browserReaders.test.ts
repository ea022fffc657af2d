// The browser's readers are the CLI's: over the same place data (public/data/extract-gazetteer.json,
// what the app fetches) they propose the same incidents for the test passage and the seed
// articles, and the export's lookup places names as the pipeline's does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../src/core/extract/extract.ts';
import { parseExtractGazetteer } from '../../../src/core/extract/gazetteerData.ts';
import { browserLookup, browserReaders } from '../../../src/extract/browserReaders.ts';
import { nodeReaders, pipelineLookup } from '../../../pipeline/extract-readers.ts';
import { articles } from '../../component/fixtures.ts';
import { RASK_TEXT } from './helpers.ts';

const FILE = resolve(import.meta.dirname, '../../../public/data/extract-gazetteer.json');
const data = parseExtractGazetteer(readFileSync(FILE, 'utf8'), 'data/extract-gazetteer.json');

describe('browser readers', () => {
  it.each([
    ['the Rask passage', RASK_TEXT, '2024-04-04'],
    ...articles.map((a) => [a.id, a.text, a.published] as [string, string, string]),
  ])('propose what the CLI proposes for %s', (_name, text, published) => {
    const opts = { published, articleId: 'x' };
    expect(extractIncidents(text, opts, browserReaders(data))).toEqual(
      extractIncidents(text, opts, nodeReaders()),
    );
  });

  it.each([
    ['Rask', 'IR'],
    ['Chabahar', 'IR'],
    ['Saravan county', 'IR'],
    ['Sistan and Baluchestan', 'IR'],
    ['Islamabad', 'PK'],
    ['Panjgur', 'PK'],
    ['Jaish al-Adl', undefined],
    ['Nowhere-on-Earth', undefined],
  ])('the export’s lookup places %s as the pipeline does', (name, country) => {
    expect(browserLookup(data)(name, country)).toEqual(pipelineLookup()(name, country));
  });
});
