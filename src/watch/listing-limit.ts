/**
 * @module listing-limit
 * How many entries one listing document yields. Apart from the parser so that the fetching side
 * (in the server's thread) knows it without loading the XML parser, which runs in a worker.
 */

/** Entries read from one document by default: more than any real feed, a bounded parse for a hostile one. */
export const MAX_ENTRIES = 2000;
