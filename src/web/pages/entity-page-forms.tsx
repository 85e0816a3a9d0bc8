/**
 * @module entity-page-forms
 * The review forms of an entity page: plain HTML forms (no script) posting to
 * `/entities/:id/review`, which records the same decisions as `POST /api/decisions`.
 */
import type { EntitySummary } from '../../services/entity-summaries.ts';
import { entityHref } from '../entity-href.ts';

/** Where the forms post. */
export function reviewAction(entityId: string): string {
  return `${entityHref(entityId)}/review`;
}

/** Rename, add an alias, merge into another entity of the same type. */
export function EntityReviewForms({ entity, sameType }: { entity: EntitySummary; sameType: readonly EntitySummary[] }) {
  const action = reviewAction(entity.id);
  return (
    <section class="review" aria-label="Review">
      <h2>Review</h2>
      <div class="review-forms">
        <form class="card" method="post" action={action}>
          <input type="hidden" name="action" value="rename" />
          <label>
            Rename <input type="text" name="name" value={entity.name} required maxlength={200} />
          </label>
          <button type="submit">Rename</button>
        </form>
        <form class="card" method="post" action={action}>
          <input type="hidden" name="action" value="add-alias" />
          <label>
            Add a spelling{' '}
            <input type="text" name="alias" required maxlength={200} placeholder="Another way the texts write it" />
          </label>
          <button type="submit">Add alias</button>
        </form>
        <form class="card" method="post" action={action}>
          <input type="hidden" name="action" value="merge" />
          <label>
            Same entity as
            <select name="into" required>
              <option value="">choose…</option>
              {sameType.map((e) => (
                <option value={e.id}>
                  {e.name} ({e.id})
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Merge into it</button>
        </form>
      </div>
    </section>
  );
}
