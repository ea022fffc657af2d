// Messages between the app and the extraction worker (extractWorker.ts).
import type { Proposal } from '../core/extract/types.ts';

/** Extract the incidents of one article. */
export interface ExtractRequest {
  text: string;
  published: string | null;
  articleId: string;
  /** Absolute URL of the place data (browserReaders.ts PLACE_DATA_FILE). */
  placeDataUrl: string;
}

/** The proposals and how long reading took, or why it failed. */
export type ExtractResponse =
  { type: 'done'; proposals: Proposal[]; ms: number } | { type: 'error'; message: string };
