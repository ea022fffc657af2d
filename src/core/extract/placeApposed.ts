// "Reports from Ravansar, near the city of Kermanshah, indicate that PJAK forces attacked the
// city's police barracks": the place ", near" sets off right after the one things came from says
// where that one lies. Taken as the scene, a hundred-and-nineteenth-try attack in Ravansar had
// been proposed at Kermanshah, 58 km off; now the two are left for the reader to choose. Pure.
import type { PlaceMention, Review } from './types.ts';

/** The review when `event` is ", near …" right after `origin`, the place things came from. */
export function apposedToOrigin(
  text: string,
  event: PlaceMention | null,
  origin: PlaceMention | null,
): Review | null {
  if (!event || !origin || !/^(?:near|close\s+to)\b/i.test(event.text)) return null;
  if (!/^\s*,\s*$/.test(text.slice(origin.span.end, event.span.start))) return null;
  return {
    code: 'several_places',
    message: `'${event.text}' says where '${origin.text}' lies, which the sentence names as where something came from; check which is the scene`,
  };
}
