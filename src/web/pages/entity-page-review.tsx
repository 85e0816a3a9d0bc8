/**
 * @module entity-page-review
 * `POST /entities/:id/review`: the entity page's forms. Turns form fields into decisions,
 * records them through `recordDecision` (the API's logic), then redirects (303) to the page
 * that shows the result: the survivor of a merge, the new entity of a split, else the same page.
 */
import type { Context } from 'hono';
import { ENTITY_TYPES, type EntityType } from '../../model/layers.ts';
import { entityTarget, mentionTarget, splitEntityId, type MentionKey } from '../../review/entity-decisions.ts';
import { findEntity } from '../../services/entity-catalogue.ts';
import { loadReviewedOverlay } from '../../services/reviewed-entity-overlay.ts';
import { ProblemError } from '../../services/problem.ts';
import { recordDecision, type DecisionInput } from '../../services/record-decision.ts';
import type { Store } from '../../store/store.ts';
import { entityHref } from '../entity-href.ts';
import type { PageModule } from './page-module.ts';
import { actorName, allow } from '../../services/permissions.ts';

/** `POST /entities/:id/review`. */
export const entityReviewPage: PageModule = {
  name: 'entity-review',
  register(app, { store }) {
    app.post('/entities/:id/review', allow('reviewer'), async (c) => {
      const id = c.req.param('id');
      const form = await readForm(c);
      const next = await applyForm(store, id, form, actorName(c));
      return c.redirect(next, 303);
    });
  },
};

type Form = Record<string, string | string[]>;

async function readForm(c: Context): Promise<Form> {
  const body = await c.req.parseBody({ all: true }).catch(() => {
    throw new ProblemError(400, 'invalid-form', 'The form could not be read.');
  });
  const out: Form = {};
  for (const [k, v] of Object.entries(body)) {
    const list = [v].flat().filter((x): x is string => typeof x === 'string');
    out[k] = list.length === 1 ? list[0] : list;
  }
  return out;
}

/** Records the decisions a form asks for, by `by` (the signed-in user); returns where to go next. */
export async function applyForm(store: Store, entityId: string, form: Form, by: string): Promise<string> {
  const reviewed = await loadReviewedOverlay(store);
  const entity = await findEntity(store, entityId, reviewed);
  if (!entity)
    throw new ProblemError(
      404,
      'entity-not-found',
      `No entity with id "${entityId}" (it may have been merged into another).`,
    );
  const one = (k: string) => {
    const v = form[k];
    return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
  };
  const record = (d: Omit<DecisionInput, 'by'>) => recordDecision(store, { ...d, by }, undefined, reviewed);
  const target = entityTarget(entityId);
  const action = one('action');
  switch (action) {
    case 'rename':
      await record({ target, action, payload: { name: one('name').trim() } });
      return entityHref(entityId);
    case 'add-alias':
      await record({ target, action, payload: { alias: one('alias').trim() } });
      return entityHref(entityId);
    case 'merge': {
      const into = one('into').trim();
      await record({ target, action, payload: { into } });
      return entityHref(into);
    }
    case 'split': {
      const mentions = selectedMentions(form);
      const name = one('name').trim();
      const type: EntityType = (ENTITY_TYPES as readonly string[]).includes(one('type'))
        ? (one('type') as EntityType)
        : entity.type;
      const d = await record({ target, action, payload: { mentions, name, type } });
      return entityHref(splitEntityId(type, name, d.id));
    }
    case 'reject': {
      const mentions = selectedMentions(form);
      if (!mentions.length)
        throw new ProblemError(400, 'invalid-decision', 'Select at least one mention to mark as wrong.');
      for (const m of mentions) await record({ target: mentionTarget(m), action: 'reject' });
      const left = entity.mentionCount - mentions.length;
      return left > 0 ? entityHref(entityId) : '/entities';
    }
    default:
      throw new ProblemError(400, 'invalid-decision', `Unknown review action "${action}".`);
  }
}

/** The checked mentions (`mention` fields, `<documentId>:<start>:<end>`). */
function selectedMentions(form: Form): MentionKey[] {
  const values = [form.mention ?? []].flat();
  return values.flatMap((v) => {
    const m = /^([^:]+):(\d+):(\d+)$/.exec(v);
    return m ? [{ documentId: m[1], start: Number(m[2]), end: Number(m[3]) }] : [];
  });
}
