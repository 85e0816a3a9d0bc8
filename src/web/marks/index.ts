/**
 * @module marks
 * The layers the reader colours, outermost first (statements wrap the mentions inside them).
 */
import { entityMarks } from './entity-marks.ts';
import type { MarkProvider } from './mark-provider.ts';
import { statementMarks } from './statement-marks.ts';

/** Mark providers, in nesting order. */
export const MARK_PROVIDERS: readonly MarkProvider[] = [statementMarks, entityMarks];
