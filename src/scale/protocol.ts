// Messages between the main thread (loadDataset.ts) and the dataset worker (datasetWorker.ts).
import type { AcledProblem } from '../core/acled.ts';
import type { IncidentColumns } from '../core/binaryLayout.ts';

/** What the worker should load. */
export type DatasetRequest =
  | { kind: 'url'; url: string }
  | { kind: 'file'; file: File }
  | { kind: 'synthetic'; count: number; seed: number };

/** A problem with one input row or feature (the row was skipped), or with the whole input. */
export type DatasetProblem = AcledProblem;

/** Worker → main thread messages. */
export type DatasetResponse =
  | { type: 'progress'; phase: 'download' | 'parse'; fraction: number }
  | { type: 'done'; columns: IncidentColumns; problems: DatasetProblem[] }
  | { type: 'error'; message: string };
