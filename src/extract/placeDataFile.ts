// Where the place data the extractor and the export need lives, in the app's data folder (served
// from the app's own host): the place reader's gazetteer that `npm run data` writes. Its own
// module so the main bundle does not pull in the readers.

/** File name of the place data in `data/`. */
export const PLACE_DATA_FILE = 'extract-gazetteer.json';
