// Photo captions: news pages print the caption of each picture in the text ("A man is consoled
// as he waits to receive the body of his father … outside a hospital in Quetta on August 26,
// 2024. — Reuters/Naseer Ahmed"). A caption tells where and when the picture was taken, which may
// be neither the incident's place nor its day (a fifty-eighth-try Dawn page, proposed at the
// Quetta hospital). A line that ends with a picture's credit is a caption. Pure.
import type { Span } from './types.ts';

/**
 * A picture's credit ending its line: a dash, then an agency with its photographer, or "Photo",
 * "File", "Courtesy" ("— Reuters/Naseer Ahmed", "— AFP/File", "— Photo by author", "— File
 * photo"), or "(Photo: …)". A bare agency ("… said. — AFP") credits the whole report, as Dawn
 * prints it after its last paragraph: no caption.
 */
const CREDIT =
  /(?:[—–-]\s*(?:(?:Reuters|AFP|AP|EPA|Xinhua|Anadolu|Getty|INP|APP|PPI|Online|NNI)\s*\/\s*\p{Lu}|(?:Photo|File|Courtesy|Picture|Image)\b)[^\n.!?]{0,80}|\((?:Photo|File photo|Picture|Image)\s*:[^\n)]{0,80}\))\s*$/u;

/** The credit of the caption holding `span` (the line it lies on), or null. */
export function photoCredit(text: string, span: Span): string | null {
  const lineEnd = text.indexOf('\n', span.end);
  const line = text.slice(span.start, lineEnd < 0 ? text.length : lineEnd);
  return CREDIT.exec(line)?.[0].trim() ?? null;
}
