/**
 * @module statement-marks
 * Statements as marks, coloured by kind (commitment, endorsement, position, record).
 */
import type { StatementValue } from '../../model/layers.ts';
import type { MarkProvider } from './mark-provider.ts';

/** Marks of the `statements` layer. */
export const statementMarks: MarkProvider = {
  layer: 'statements',
  toMarks: (annotations) =>
    annotations.map((a) => {
      const v = a.value as StatementValue;
      const about = [v.kind, v.actors.join(', '), v.sectors.join(', '), v.deadline ? `by ${v.deadline}` : '']
        .filter(Boolean)
        .join(' · ');
      return { start: a.start, end: a.end, className: `st st-${v.kind}`, title: about, data: { kind: v.kind } };
    }),
};
