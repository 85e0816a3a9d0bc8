/**
 * @module entity-href
 * The web address of an entity's page, shared by the reader's marks, the entity pages and
 * the meeting header.
 */

/**
 * `/entities/<id>` with the id encoded (ids hold colons, and user text in split names).
 * @example entityHref('country:KZ') === '/entities/country%3AKZ'
 */
export function entityHref(entityId: string): string {
  return `/entities/${encodeURIComponent(entityId)}`;
}
