// The app's one incident schema (src/core/incidentSchema.ts, through data.ts) on `sources` and `draft`: several sources load; a
// malformed source or a non-http link is refused with the field named; a draft mark in a file
// is refused.
import { describe, expect, it } from 'vitest';
import { parseIncidents } from '../../../src/core/data.ts';
import type { IncidentFeature } from '../../../src/core/types.ts';
import { incidents } from '../../component/fixtures.ts';

function file(extra: Record<string, unknown>): string {
  const f = incidents[0]! as IncidentFeature;
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [{ ...f, properties: { ...f.properties, ...extra } }],
  });
}

const SOURCE = {
  article: 'a',
  excerpt: 'x',
  excerpt_start: 0,
  excerpt_end: 1,
  outlet: 'O',
  url: 'https://e.org',
};

describe('data checks on sources', () => {
  it('accepts an incident with several sources', () => {
    const [f] = parseIncidents(
      file({
        sources: [SOURCE, { ...SOURCE, article: null, excerpt_start: null, excerpt_end: null }],
      }),
    );
    expect(f!.properties.sources).toHaveLength(2);
  });

  it.each([
    [{ sources: [] }, /`sources` must list at least one source/],
    [{ sources: [{ ...SOURCE, excerpt: 3 }] }, /`sources\.0\.excerpt` must be text/],
    [
      { sources: [{ ...SOURCE, excerpt_start: -1 }] },
      /`sources\.0\.excerpt_start` must be a UTF-16 offset/,
    ],
    [
      { sources: [{ ...SOURCE, url: 'javascript:alert(1)' }] },
      /`sources\.0\.url` must be an http\(s\) URL/,
    ],
    [{ draft: { status: 'proposed', reasons: [] } }, /`draft` must be absent/],
  ])('refuses %o', (extra, message) => {
    expect(() => parseIncidents(file(extra), 'x.geojson')).toThrow(message);
  });
});
