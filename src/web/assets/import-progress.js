// Concord import page: uploads the chosen files as batch jobs (POST /api/imports, as few
// requests as the upload limit allows), then follows the jobs (GET /api/jobs/:id) with one
// progress bar and lists each file's outcome as its batch completes. A server without a job
// queue answers 503: the files then go one request each to /api/documents, analysed inside the
// request, as before. Served as a file (the CSP forbids inline script); without it the form
// still posts as a plain form.

const form = document.querySelector('form[data-import-upload]');
const panel = document.querySelector('[data-import-progress]');
const POLL_MS = 700;
if (form && panel && window.FormData && window.XMLHttpRequest && window.fetch) form.addEventListener('submit', upload);

async function upload(event) {
  const input = form.querySelector('input[type="file"]');
  const files = input ? [...input.files] : [];
  if (!files.length) return; // the server explains an empty form
  event.preventDefault();
  const ui = {
    bar: panel.querySelector('progress'),
    status: panel.querySelector('[data-import-status]'),
    list: panel.querySelector('ul'),
    button: form.querySelector('button'),
  };
  panel.hidden = false;
  ui.list.replaceChildren();
  if (ui.button) ui.button.disabled = true;
  try {
    const outcomes = await uploadAsJobs(files, ui);
    const added = outcomes.filter((o) => o.ok && o.created).length;
    const present = outcomes.filter((o) => o.ok && !o.created).length;
    const failures = outcomes.length - added - present;
    ui.status.textContent = `Done: ${added} added, ${present} already present, ${failures} failed.`;
  } finally {
    if (ui.button) ui.button.disabled = false;
    form.reset();
  }
}

/** Queues the files in batches, follows the jobs; resolves to every file's outcome. */
async function uploadAsJobs(files, ui) {
  const limit = Number(form.dataset.maxBytes) || 25 * 1024 * 1024;
  // Room for the multipart framing of each part.
  const batches = bySize(files, Math.max(1, limit - 64 * 1024));
  const jobs = [];
  const outcomes = [];
  for (const [i, batch] of batches.entries()) {
    ui.status.textContent = `Uploading ${i + 1} of ${batches.length}: ${plural(batch.length, 'file')}`;
    const answer = await send('/api/imports', batch, (fraction) => (ui.bar.value = fraction));
    if (answer.status === 503) return uploadEach(files, ui); // no job queue here
    if (answer.status === 202 && answer.body.jobId) jobs.push({ id: answer.body.jobId, batch });
    else for (const file of batch) outcomes.push(show(ui, file.name, failed(answer)));
  }
  await follow(jobs, ui, outcomes);
  return outcomes;
}

/** Polls the jobs until each has completed or failed, moving the bar over all their files. */
async function follow(jobs, ui, outcomes) {
  const total = jobs.reduce((n, j) => n + j.batch.length, 0);
  const done = new Map();
  const link = jobs.length ? ' (see the Jobs page)' : '';
  while (jobs.some((j) => !j.finished)) {
    for (const job of jobs.filter((j) => !j.finished)) {
      const view = await fetchJson(`/api/jobs/${encodeURIComponent(job.id)}`);
      if (!view) continue;
      done.set(job.id, view.progress?.done ?? 0);
      if (view.state === 'completed') {
        job.finished = true;
        done.set(job.id, job.batch.length);
        const results = view.result?.outcomes ?? [];
        for (const [k, file] of job.batch.entries()) outcomes.push(show(ui, file.name, results[k] ?? { ok: false }));
      } else if (view.state === 'failed') {
        job.finished = true;
        done.set(job.id, job.batch.length);
        for (const file of job.batch) outcomes.push(show(ui, file.name, { ok: false, message: view.error }));
      }
    }
    const finished = [...done.values()].reduce((a, b) => a + b, 0);
    ui.bar.value = total ? finished / total : 1;
    ui.status.textContent = `Analysing: ${finished} of ${plural(total, 'file')}${link}`;
    if (jobs.some((j) => !j.finished)) await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Without a job queue: one request per file, analysed while it waits. */
async function uploadEach(files, ui) {
  const outcomes = [];
  for (const [i, file] of files.entries()) {
    ui.status.textContent = `Uploading ${i + 1} of ${files.length}: ${file.name}`;
    ui.bar.value = 0;
    const answer = await send('/api/documents', [file], (fraction) => {
      ui.bar.value = fraction;
      if (fraction >= 1) ui.status.textContent = `Analysing ${i + 1} of ${files.length}: ${file.name}`;
    });
    const outcome = Array.isArray(answer.body.results) && answer.body.results[0] ? answer.body.results[0] : null;
    outcomes.push(show(ui, file.name, outcome ?? failed(answer)));
  }
  return outcomes;
}

/** POSTs files as multipart; resolves to `{ status, body }` (never rejects). */
function send(url, files, onProgress) {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    // The session's CSRF token (the layout's meta tag): the API refuses a signed-in upload without it.
    const csrf = document.querySelector('meta[name="csrf-token"]')?.content;
    if (csrf) request.setRequestHeader('X-CSRF-Token', csrf);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total));
    request.addEventListener('load', () => resolve({ status: request.status, body: request.response ?? {} }));
    request.addEventListener('error', () =>
      resolve({ status: 0, body: { detail: 'The upload did not reach the server.' } }),
    );
    const data = new FormData();
    for (const file of files) data.append('files', file, file.name);
    request.send(data);
  });
}

async function fetchJson(url) {
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

/** Files in order, grouped so that each group's bytes stay under `budget` (a larger file goes alone). */
function bySize(files, budget) {
  const groups = [];
  let group = [];
  let bytes = 0;
  for (const file of files) {
    if (group.length && bytes + file.size > budget) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(file);
    bytes += file.size;
  }
  if (group.length) groups.push(group);
  return groups;
}

function failed(answer) {
  return { ok: false, message: answer.body.detail ?? `The server answered ${answer.status}.` };
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Adds one line for a file and returns its outcome. Text only (textContent): nothing from a file is read as markup. */
function show(ui, name, outcome) {
  const item = document.createElement('li');
  const badge = document.createElement('span');
  badge.className = 'badge';
  item.className = outcome.ok ? (outcome.created ? 'added' : 'present') : 'failed';
  badge.textContent = outcome.ok ? (outcome.created ? 'added' : 'already present') : 'failed';
  item.append(badge, ' ');
  if (outcome.ok) {
    const link = document.createElement('a');
    link.href = `/documents/${encodeURIComponent(outcome.id)}`;
    link.textContent = outcome.title || name;
    item.append(link, ` ${plural(outcome.clauses, 'clause')}`);
  } else {
    item.append(`${name}: ${outcome.message ?? 'failed'}`);
  }
  ui.list.append(item);
  return outcome;
}
