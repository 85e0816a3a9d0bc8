/**
 * @module jobs-page
 * `/jobs`: what the job queue is doing — each job's type, state, attempts, a progress bar for
 * a batch, and the reason of a failure — newest first, filtered by state.
 */
import type { JobView } from '../../jobs/job-types.ts';
import { jobsQuerySchema, requireQueue } from '../../services/job-views.ts';
import { Layout } from '../components/layout.tsx';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

const STATES = ['queued', 'running', 'retrying', 'completed', 'failed'] as const;

/** `GET /jobs`. */
export const jobsPage: PageModule = {
  name: 'jobs',
  register(app, { jobs }) {
    app.get('/jobs', allow('viewer'), async (c) => {
      const q = parsePageQuery(c, jobsQuerySchema);
      const items = await requireQueue(jobs).list({ state: q.state, limit: q.limit });
      return renderHtml(
        c,
        <Layout title="Jobs" active="jobs">
          <h1>Jobs</h1>
          <p class="filters">
            <a href="/jobs" aria-current={q.state ? undefined : 'page'}>
              all
            </a>
            {STATES.map((s) => (
              <>
                {' · '}
                <a href={`/jobs?state=${s}`} aria-current={q.state === s ? 'page' : undefined}>
                  {s}
                </a>
              </>
            ))}
          </p>
          {items.length ? (
            <table class="jobs">
              <thead>
                <tr>
                  <th>queued</th>
                  <th>type</th>
                  <th>state</th>
                  <th>attempts</th>
                  <th>progress</th>
                  <th>reason</th>
                </tr>
              </thead>
              <tbody>
                {items.map((job) => (
                  <JobRow job={job} />
                ))}
              </tbody>
            </table>
          ) : (
            <p class="empty">No jobs{q.state ? ` ${q.state}` : ''}.</p>
          )}
        </Layout>,
      );
    });
  },
};

function JobRow({ job }: { job: JobView }) {
  const { progress } = job;
  return (
    <tr id={`job-${job.id}`} class={`job-${job.state}`}>
      <td>
        <time datetime={job.createdAt}>{job.createdAt.replace('T', ' ').slice(0, 19)}</time>
      </td>
      <td>{job.type}</td>
      <td>{job.state}</td>
      <td>{job.attempts}</td>
      <td>
        {progress ? (
          <>
            <progress max={progress.total} value={progress.done} /> {progress.done} / {progress.total}
          </>
        ) : null}
      </td>
      <td>{job.error ?? ''}</td>
    </tr>
  );
}
