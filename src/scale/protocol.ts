// Messages between the main thread (loadDataset.ts) and the dataset worker (datasetWorker.ts).
import type { AcledProblem } from '../core/acled.ts';
import type { IncidentColumns } from '../core/binaryLayout.ts';
import type { SyntheticRegion } from '../core/synthetic.ts';

/** What the worker should load. */
export type DatasetRequest =
  | { kind: 'url'; url: string }
  | { kind: 'file'; file: File }
  | { kind: 'synthetic'; count: number; seed: number; region?: SyntheticRegion };

/**
 * A problem with one input row or feature (skipped, or loaded with defaults when `defaulted` is
 * set), or with the whole input (`row` 0).
 */
export type DatasetProblem = AcledProblem;

/** Worker → main thread messages. */
export type DatasetResponse =
  | {
      type: 'progress';
      phase: 'download' | 'parse';
      /** Fraction of the phase done (0..1): bytes read / file size while streaming. */
      fraction: number;
      /** Rows read so far (CSV files). */
      rows?: number;
    }
  | {
      type: 'done';
      columns: IncidentColumns;
      problems: DatasetProblem[];
      /** Sentences about the file as a whole (e.g. the encoding it was read in). */
      notes?: string[];
    }
  | {
      type: 'error';
      message: string;
      /** Problems behind the error (e.g. every skipped row when none could be imported). */
      problems?: DatasetProblem[];
    };
