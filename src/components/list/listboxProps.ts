// The props both incident lists (IncidentList, VirtualIncidentList) share.

/** Selection, hover, time highlight and input callbacks of an incident listbox. */
export interface IncidentListboxProps {
  /** Id of the selected incident, or null. */
  selectedId: string | null;
  /** Called when the user selects an incident. */
  onselect: (id: string) => void;
  /** Id of the incident highlighted elsewhere (e.g. its marker is hovered), or null. */
  hoveredId?: string | null;
  /** Called with the id under the pointer or keyboard, and null when it leaves. */
  onhover?: (id: string | null) => void;
  /** Id of the incident nearest the current time (marked and scrolled into view), or null. */
  highlightId?: string | null;
  /** Called on any key or click in the list (e.g. to stop playback). */
  oninput?: () => void;
}
