/**
 * @module primary-kinds
 * Document kinds whose text is adopted or signed by states: the parties and statements steps
 * only read these.
 */

/** Document kinds whose text is adopted or signed by states. */
export const PRIMARY_KINDS: readonly string[] = ['communique', 'declaration', 'joint-statement', 'treaty'];
