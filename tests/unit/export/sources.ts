// Export sources for the tests: a list of features, or synthetic incidents read from columns.
import { featureAt } from '../../../src/core/binaryLayout';
import type { ExportSource } from '../../../src/core/export/chunks';
import { generateSynthetic } from '../../../src/core/synthetic';
import type { IncidentFeature } from '../../../src/core/types';

/** The features, in order. */
export function listSource(features: readonly IncidentFeature[]): ExportSource {
  return { count: features.length, featureAt: (row) => features[row]! };
}

/** `count` synthetic incidents of `seed`, in sorted order. */
export function syntheticSource(count: number, seed: number): ExportSource {
  const columns = generateSynthetic(count, seed);
  return { count, featureAt: (row) => featureAt(columns, row) };
}
