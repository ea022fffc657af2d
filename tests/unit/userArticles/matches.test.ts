// "Same incident as …?": a proposal from another article on a seed incident is asked about;
// drafts, the article's own incidents and proposals with neither date nor place are never
// candidates.
import { describe, expect, it } from 'vitest';
import { sameIncidentFor } from '../../../src/core/userArticles/matches.ts';
import type { IncidentFeature } from '../../../src/core/types.ts';
import { incident } from '../../component/fixtures.ts';
import { proposal } from '../extract/proposal.ts';

const MIRJAVEH = incident('2018-mirjaveh-abduction');
const [lon, lat] = MIRJAVEH.geometry.coordinates;
const sameAbduction = proposal({
  category: 'abduction',
  date: MIRJAVEH.properties.date,
  date_precision: 'day',
  lat,
  lon,
  place_precision: 'town',
  uncertainty_km: 5,
});

describe('sameIncidentFor', () => {
  it('finds the seed incident a second article reports', () => {
    const m = sameIncidentFor(sameAbduction, 'user-x', [MIRJAVEH]);
    expect(m?.incident.properties.id).toBe('2018-mirjaveh-abduction');
    expect(m?.verdict).toBe('same');
  });

  it('asks (possible) when the proposal has no date', () => {
    const m = sameIncidentFor({ ...sameAbduction, date: null, date_precision: null }, 'user-x', [
      MIRJAVEH,
    ]);
    expect(m?.verdict).toBe('possible');
  });

  it('matches nothing with neither a date nor a point', () => {
    const p = { ...sameAbduction, date: null, date_precision: null, lat: null, lon: null };
    expect(sameIncidentFor(p, 'user-x', [MIRJAVEH])).toBeNull();
  });

  it('never offers a draft or an incident of the same article', () => {
    const draft: IncidentFeature = {
      ...MIRJAVEH,
      properties: { ...MIRJAVEH.properties, draft: { status: 'proposed', reasons: [] } },
    };
    expect(sameIncidentFor(sameAbduction, 'user-x', [draft])).toBeNull();
    expect(sameIncidentFor(sameAbduction, MIRJAVEH.properties.article!, [MIRJAVEH])).toBeNull();
  });

  it('does not offer an incident of another category', () => {
    expect(
      sameIncidentFor({ ...sameAbduction, category: 'attack' }, 'user-x', [MIRJAVEH]),
    ).toBeNull();
  });
});
