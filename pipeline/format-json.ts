// Deterministic JSON formatting for generated files: stable key order comes from the builders;
// FeatureCollections get one feature per line so diffs stay readable.

/** A FeatureCollection with one feature per line and a trailing newline. */
export function formatFeatureCollection(features: unknown[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
}

/** Two-space indented JSON with a trailing newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
