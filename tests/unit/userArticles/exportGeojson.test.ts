// The GeoJSON export: only accepted incidents of the user's articles (and seed incidents they
// added a source to), drafts never, and the file loads back through the app's data checks.
import { describe, expect, it } from 'vitest';
import { parseIncidents } from '../../../src/core/data.ts';
import { composeUserFeatures } from '../../../src/core/userArticles/compose.ts';
import { acceptedFeatures, geojsonText } from '../../../src/core/userArticles/exportGeojson.ts';
import { incidents as seeds } from '../../component/fixtures.ts';
import { proposal } from '../extract/proposal.ts';
import { decision, userArticle, userData } from './helpers.ts';

const A = proposal({ id: 'user-rask-0001-1' });
const B = proposal({ id: 'user-rask-0001-2' });
const C = proposal({ id: 'user-rask-0001-3', category: 'abduction' });
const article = userArticle({ proposals: [A, B, C] });
const seed = seeds[0]!;
const shown = composeUserFeatures(
  seeds,
  userData(
    [article],
    [
      decision(A.id, 'accepted'),
      decision(C.id, 'accepted', { same: { answer: 'merge', incident: seed.properties.id } }),
    ],
  ),
  null,
).features;

describe('GeoJSON export', () => {
  it('holds the accepted incident and the seed incident it sourced, not the draft', () => {
    const ids = acceptedFeatures(shown, new Set([article.id])).map((f) => f.properties.id);
    expect(ids.sort()).toEqual([A.id, seed.properties.id].sort());
  });

  it('loads back through the app’s data checks, sources included', () => {
    const text = geojsonText(acceptedFeatures(shown, new Set([article.id])));
    const back = parseIncidents(text, 'export.geojson');
    expect(
      back.find((f) => f.properties.id === seed.properties.id)?.properties.sources,
    ).toHaveLength(2);
  });

  it('strips the draft mark, so a draft could never load as one', () => {
    const draft = shown.find((f) => f.properties.id === B.id)!;
    expect(geojsonText([draft])).not.toContain('"draft"');
  });
});
