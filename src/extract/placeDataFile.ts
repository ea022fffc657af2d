// Where the place data the extractor and the export need lives, in the app's data folder (served
// from the app's own host). Its own module so the main bundle does not pull in the readers.
// When the real place reader lands, this becomes 'extract-gazetteer.json' (see browserReaders.ts).

/** File name of the place data in `data/`. */
export const PLACE_DATA_FILE = 'gazetteer.json';
