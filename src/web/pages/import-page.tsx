/**
 * @module import-page
 * `/import`: paste text or upload files; the result lists each file as added, already
 * present or failed (with the reason), linking to the reader.
 */
import type { Context } from 'hono';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { queueImport } from '../../services/queue-import.ts';
import type { AppDeps, IngestOutcome } from '../../services/service-deps.ts';
import { importFiles, importText, summarise, type ImportResult } from '../../services/import-documents.ts';
import { ProblemError } from '../../services/problem.ts';
import { pastedTextSchema } from '../../services/query-schemas.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readerHref } from '../../services/anchor-id.ts';
import { Layout } from '../components/layout.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { actorName, allow } from '../../services/permissions.ts';
import type { AppEnv } from '../../services/app-env.ts';

/** `GET /import` (the forms) and `POST /import` (the results). */
export const importPage: PageModule = {
  name: 'import',
  register(app, deps) {
    app.get('/import', allow('analyst'), (c) => renderHtml(c, <ImportView maxBytes={deps.limits.uploadBytes} />));
    app.post('/import', allow('analyst'), async (c) => {
      // With a job queue, uploads run as a job: the Jobs page shows its progress and results.
      if (deps.jobs) {
        const queued = await queueFromForm(c, deps.jobs);
        if (queued) return c.redirect(`/jobs#job-${queued}`, 303);
      }
      const result = await importFromForm(c, deps);
      return renderHtml(
        c,
        <ImportView result={result} maxBytes={deps.limits.uploadBytes} />,
        result.created > 0 ? 201 : 200,
      );
    });
  },
};

/** Queues an ingest job when the form uploads files; undefined when it only pastes text. */
async function queueFromForm(c: Context<AppEnv>, jobs: JobQueue): Promise<string | undefined> {
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw new ProblemError(400, 'invalid-form', 'The form could not be read.');
  });
  const files = [form.files].flat().filter((f): f is File => f instanceof File && f.size > 0);
  if (!files.length) return undefined;
  const text = typeof form.text === 'string' ? form.text : '';
  const title = typeof form.title === 'string' && form.title.trim() ? form.title : undefined;
  return queueImport(jobs, files, { text, title }, actorName(c));
}

/** Files (field `files`) and pasted text (fields `text`, `title`) may come in one form. */
async function importFromForm(c: Context<AppEnv>, deps: AppDeps): Promise<ImportResult> {
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw new ProblemError(400, 'invalid-form', 'The form could not be read.');
  });
  const files = [form.files].flat().filter((f): f is File => f instanceof File && f.size > 0);
  const text = typeof form.text === 'string' ? form.text : '';
  const title = typeof form.title === 'string' && form.title.trim() ? form.title : undefined;
  if (!files.length && !text.trim())
    throw new ProblemError(400, 'nothing-to-import', 'Paste some text or choose at least one file.');
  const results: IngestOutcome[] = [];
  if (files.length) results.push(...(await importFiles(deps, files, actorName(c))).results);
  if (text.trim())
    results.push(
      ...(await importText(deps, parseOrThrow(pastedTextSchema, { text, title }, 'form'), actorName(c))).results,
    );
  return summarise(results);
}

/** `maxBytes`: the upload limit, so the page's script splits a large upload into batches under it. */
function ImportView({ result, maxBytes }: { result?: ImportResult; maxBytes: number }) {
  return (
    <Layout title="Import" active="import">
      <h1>Import documents</h1>
      {result ? <Results result={result} /> : null}
      <div class="import-forms">
        <form
          class="card"
          action="/import"
          method="post"
          enctype="multipart/form-data"
          data-import-upload
          data-max-bytes={String(maxBytes)}
        >
          <h2>Upload files</h2>
          <p class="muted">Text, Markdown, HTML, PDF or DOCX; several at once.</p>
          <input type="file" name="files" multiple accept=".txt,.md,.markdown,.html,.htm,.pdf,.docx,text/*" />
          <button type="submit">Upload</button>
          <div class="import-progress" data-import-progress hidden aria-live="polite">
            <progress max={1} value={0}></progress>
            <p data-import-status></p>
            <ul class="file-results"></ul>
          </div>
        </form>
        <form class="card" action="/import" method="post" enctype="multipart/form-data">
          <h2>Paste text</h2>
          <label>
            Title (optional) <input type="text" name="title" />
          </label>
          <label>
            Text <textarea name="text" rows={12} placeholder="Paste a communiqué, declaration or article…"></textarea>
          </label>
          <button type="submit">Import text</button>
        </form>
      </div>
      <script src="/assets/import-progress.js" defer></script>
    </Layout>
  );
}

function Results({ result }: { result: ImportResult }) {
  return (
    <section class="results" aria-live="polite">
      <p>
        <strong>{result.created}</strong> added · <strong>{result.existing}</strong> already present ·{' '}
        <strong>{result.failed}</strong> failed
      </p>
      <ul>
        {result.results.map((r) => (
          <li class={r.ok ? (r.created ? 'added' : 'present') : 'failed'}>
            {r.ok ? (
              <>
                <span class="badge">{r.created ? 'added' : 'already present'}</span>
                <a href={readerHref(r.id)}>{r.title || r.fileName || r.id}</a>
                <span class="muted">
                  {' '}
                  {r.clauses} {r.clauses === 1 ? 'clause' : 'clauses'}
                </span>
              </>
            ) : (
              <>
                <span class="badge">failed</span>
                <span>{r.fileName ?? 'pasted text'}</span>: <span class="reason">{r.message}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
