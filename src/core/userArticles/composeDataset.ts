// The dataset shown with the user's articles: the seed dataset rebuilt with their incidents.
import { Dataset } from '../dataset.ts';
import { composeUserFeatures, type GeoContext } from './compose.ts';
import type { UserData } from './model.ts';

/** The seed dataset with the user's incidents: seeds + accepted + drafts (sources merged). */
export function composeDataset(seed: Dataset, data: UserData, geo: GeoContext | null): Dataset {
  if (data.articles.length === 0) return seed;
  const composed = composeUserFeatures(seed.features(), data, geo);
  return Dataset.fromFeatures(composed.features, {
    articles: [...seed.articles.values(), ...composed.articles],
    base: seed,
  });
}
