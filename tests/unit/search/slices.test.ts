// Documents sent to the search worker in slices: the same documents as read whole, buffers that
// are copies of one slice (never views of the whole details), synthetic titles.
import { describe, expect, test } from 'vitest';
import { Dataset } from '../../../src/core/dataset.ts';
import { documentOf } from '../../../src/core/search/documents.ts';
import { documentSlice, sliceDocuments, sliceTransfer } from '../../../src/core/search/slices.ts';
import { generateSynthetic } from '../../../src/core/synthetic.ts';
import { seedDataset } from './fixtures.ts';

describe('document slices', () => {
  test('slices of the seed incidents give the same documents as reading them whole', () => {
    const whole = Array.from({ length: seedDataset.count }, (_, i) =>
      documentOf(i, seedDataset.featureAt(i)),
    );
    const cut = [
      ...sliceDocuments(documentSlice(seedDataset.columns, 0, 3)),
      ...sliceDocuments(documentSlice(seedDataset.columns, 3, seedDataset.count)),
    ];
    expect(cut).toEqual(whole);
  });

  test("a slice's buffers hold only its own bytes, so transferring them leaves the dataset whole", () => {
    const cols = seedDataset.columns;
    const slice = documentSlice(cols, 2, 4);
    if (!('details' in slice)) throw new Error('expected details');
    expect(slice.details.byteLength).toBe(cols.detailOffsets![4]! - cols.detailOffsets![2]!);
    expect(slice.details.buffer).not.toBe(cols.details!.buffer);
    expect(sliceTransfer(slice)).toHaveLength(2);
    expect([...slice.offsets]).toEqual([
      0,
      cols.detailOffsets![3]! - cols.detailOffsets![2]!,
      slice.details.byteLength,
    ]);
  });

  test('synthetic incidents are indexed by the titles the app shows, keyed by sorted index', () => {
    const synthetic = new Dataset(generateSynthetic(20, 1));
    const slice = documentSlice(synthetic.columns, 10, 12);
    const docs = sliceDocuments(slice);
    expect(docs.map((d) => d.id)).toEqual([10, 11]);
    expect(docs.map((d) => d.title)).toEqual(
      [10, 11].map((i) => synthetic.featureAt(i).properties.title),
    );
    expect(docs[0]!.title).toMatch(/^Synthetic \w+ #10$/);
    expect(sliceTransfer(slice)[0]).not.toBe(synthetic.columns.category.buffer);
  });
});
