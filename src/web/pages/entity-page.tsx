/**
 * @module entity-page
 * `/entities/:id`: one entity. Name, type, known/unreviewed, spellings, roles and facts from
 * the knowledge base, meetings attended, mentions in context (each linking to its clause in
 * the reader), co-occurring entities, and the review forms.
 */
import type { Membership } from '../../knowledge/kb-types.ts';
import { listEntities } from '../../services/entity-catalogue.ts';
import type { AttendedMeeting, EntityProfile, ProfileMention } from '../../services/entity-profile.ts';
import { storedEntityProfile } from '../../services/entity-profile.ts';
import { stampedMemo } from '../../services/stamped-memo.ts';
import { ProblemError } from '../../services/problem.ts';
import { entityDetailQuerySchema } from '../../services/entity-query-schemas.ts';
import { countryName, kbRecord } from '../../services/shared-knowledge-base.ts';
import { readerHref } from '../../services/anchor-id.ts';
import { Layout } from '../components/layout.tsx';
import { meetingFacts } from '../components/meeting-header.tsx';
import { Pager, withQuery } from '../components/pager.tsx';
import { entityHref } from '../entity-href.ts';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import { EntityReviewForms, reviewAction } from './entity-page-forms.tsx';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

/** Entities offered to merge into. */
const MERGE_CANDIDATES = 300;

/** `GET /entities/:id`. */
export const entityPage: PageModule = {
  name: 'entity',
  register(app, { store }) {
    app.get('/entities/:id', allow('viewer'), async (c) => {
      const id = c.req.param('id');
      const q = parsePageQuery(c, entityDetailQuerySchema);
      const profile = await storedEntityProfile(store, id, kbRecord, q);
      if (!profile) throw new ProblemError(404, 'entity-not-found', `No entity with id "${id}".`);
      // Merge candidates: the most mentioned entities of the same type (a select of thousands helps no one).
      const { type } = profile.entity;
      const candidates = await stampedMemo(store, JSON.stringify(['merge-candidates', type]), () =>
        listEntities(store, { type, limit: MERGE_CANDIDATES, offset: 0 }),
      );
      const sameType = candidates.items.filter((e) => e.id !== id).sort((a, b) => a.name.localeCompare(b.name));
      return renderHtml(
        c,
        <Layout title={profile.entity.name} active="entities">
          <EntityView profile={profile} />
          <Mentions profile={profile} page={q} />
          <EntityReviewForms entity={profile.entity} sameType={sameType} />
        </Layout>,
      );
    });
  },
};

function EntityView({ profile }: { profile: EntityProfile }) {
  const e = profile.entity;
  return (
    <>
      <header class="entity-head">
        <h1>{e.name}</h1>
        <p class="meta">
          <span class={`type type-${e.type}`}>{e.type}</span>
          {e.known ? (
            <span class="badge known">in knowledge base</span>
          ) : (
            <span class="badge unreviewed">unreviewed: not in the knowledge base</span>
          )}
          <code>{e.id}</code> · {e.mentionCount} {e.mentionCount === 1 ? 'mention' : 'mentions'} in{' '}
          <a href={withQuery('/', { entity: e.id })}>
            {e.documentCount} {e.documentCount === 1 ? 'document' : 'documents'}
          </a>
        </p>
      </header>
      <section>
        <h2>Spellings</h2>
        <ul class="spellings inline">
          {e.spellings.map((s) => (
            <li>{s}</li>
          ))}
        </ul>
      </section>
      {profile.roles.length ? <Roles roles={profile.roles} /> : null}
      {profile.facts.length ? (
        <section>
          <h2>Knowledge base</h2>
          <dl class="facts">
            {profile.facts.map((f) => (
              <>
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </>
            ))}
          </dl>
        </section>
      ) : null}
      {profile.meetings.length ? <Meetings meetings={profile.meetings} total={profile.meetingTotal} /> : null}
      {profile.coOccurring.length ? (
        <section>
          <h2>Appears with</h2>
          <ul class="chips co">
            {profile.coOccurring.map((o) => (
              <li>
                <a href={entityHref(o.id)}>{o.name}</a>{' '}
                <span class="n" title="shared documents">
                  {o.documents}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function Roles({ roles }: { roles: readonly Membership[] }) {
  return (
    <section>
      <h2>Roles</h2>
      <table class="data">
        <thead>
          <tr>
            <th>Role</th>
            <th>Of</th>
            <th>From</th>
            <th>To</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr>
              <td>{r.role}</td>
              <td>{r.country ? countryName(r.country) : (r.organization ?? '')}</td>
              <td>{r.start ?? ''}</td>
              <td>{r.end ?? (r.start ? 'now' : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Meetings({ meetings, total }: { meetings: readonly AttendedMeeting[]; total: number }) {
  return (
    <section>
      <h2>Meetings attended</h2>
      {total > meetings.length ? (
        <p class="muted">
          The newest {meetings.length} of {total}.
        </p>
      ) : null}
      <ul class="meetings">
        {meetings.map((m) => (
          <li>
            <a href={readerHref(m.documentId)}>{m.title ?? m.documentId}</a>
            <p class="meta">
              {m.meeting
                ? meetingFacts(m.meeting, countryName)
                    .map((f) => f.text)
                    .join(' · ')
                : 'meeting not identified'}
              {m.as === 'participant' ? (m.role ? ` · as ${m.role}` : ' · participant') : ' · party'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Mentions in context, in one form: check some, then split them off or mark them wrong. */
function Mentions({ profile, page }: { profile: EntityProfile; page: { limit: number; offset: number } }) {
  const e = profile.entity;
  return (
    <section>
      <h2>Mentions</h2>
      <form method="post" action={reviewAction(e.id)} class="mentions-form">
        <ol class="mentions">
          {profile.mentions.map((m) => (
            <MentionItem m={m} />
          ))}
        </ol>
        <Pager
          total={profile.mentionTotal}
          limit={page.limit}
          offset={page.offset}
          hrefFor={(offset) =>
            withQuery(entityHref(e.id), {
              limit: page.limit === 50 ? undefined : page.limit,
              offset: offset || undefined,
            })
          }
        />
        <fieldset class="selected">
          <legend>Checked mentions</legend>
          <button type="submit" name="action" value="reject" class="secondary">
            Not this entity: reject
          </button>
          <label>
            New entity name <input type="text" name="name" maxlength={200} placeholder="for a split" />
          </label>
          <button type="submit" name="action" value="split">
            Split into a new entity
          </button>
        </fieldset>
      </form>
    </section>
  );
}

function MentionItem({ m }: { m: ProfileMention }) {
  const key = `${m.documentId}:${m.start}:${m.end}`;
  return (
    <li>
      <label class="pick">
        <input type="checkbox" name="mention" value={key} aria-label={`Select mention in ${m.title ?? m.documentId}`} />
      </label>
      <div>
        <p class="context">
          …{squash(m.before)}
          <a href={readerHref(m.documentId, m.anchor ?? undefined)}>
            <mark>{m.surface}</mark>
          </a>
          {squash(m.after)}…
        </p>
        <p class="meta">
          <a href={readerHref(m.documentId, m.anchor ?? undefined)}>{m.title ?? m.documentId}</a>
          {m.anchor ? ` · ${m.anchor}` : ''} · {m.source}
          {m.reviewed ? ' · reviewed' : ''}
        </p>
      </div>
    </li>
  );
}

/** Context on one line: line breaks and runs of blanks become one space. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
