/**
 * @module entity-marks
 * Entity mentions as marks: a link to the entity's page.
 */
import type { EntityMentionValue } from '../../model/layers.ts';
import { entityHref } from '../entity-href.ts';
import type { MarkProvider } from './mark-provider.ts';

/** Marks of the `entities` layer. */
export const entityMarks: MarkProvider = {
  layer: 'entities',
  toMarks: (annotations) =>
    annotations.map((a) => {
      const v = a.value as EntityMentionValue;
      return {
        start: a.start,
        end: a.end,
        className: `ent ent-${v.type}${v.known ? '' : ' ent-new'}`,
        title: `${v.name} (${v.type})`,
        href: entityHref(v.entityId),
        data: { entity: v.entityId },
      };
    }),
};
