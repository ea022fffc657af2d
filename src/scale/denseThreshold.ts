// The dense mode's threshold alone, so the map's note (LargeIncidents.svelte) can name it without
// pulling the layer's code into the seed app's initial JavaScript.

/** More incidents than this on screen switch the large layer to dense points (denseMode.ts). */
export const DENSE_MIN = 20_000;
