// The story's lead placed by a later sentence: once "The clash erupted … in the Marivan region"
// gives the lead's one incident its town, the lead sums up nothing more (storyTime.ts). Pure.
import { COARSE, type StoryAnchor } from './storyTime.ts';
import type { PlaceMention } from './types.ts';

/**
 * The story once a sentence continuing its lead places the lead's one incident at a town ("At
 * least two were killed in a clash … in the west of the country on Tuesday. | The clash erupted …
 * in the Marivan region"): the lead no longer sums up, so a later sentence at another town tells
 * another incident and does not inherit the day (a two-hundred-and-sixty-sixth-try page's clash at
 * Divandarreh "earlier in the month" had been proposed on the Marivan clash's day).
 */
export function placedStory(story: StoryAnchor, place: PlaceMention | null): StoryAnchor {
  const at = place?.role === 'place' ? place.resolved : null;
  if (!at || COARSE.has(at.precision) || story.several || story.listed) return story;
  return { ...story, area: undefined, place: at.name };
}
