// The overlay canvas's DOM hook, in its own tiny module so that pages which look for the canvas
// (the bench page) need not import the lazily loaded layer itself.

/** CSS class of the large-dataset overlay canvas (overlayLayer.ts). */
export const OVERLAY_CLASS = 'borderlines-large-overlay';
