// Concord import page: upload files one at a time to the API, showing upload progress and each
// file's result as it completes. Served as a file (the CSP forbids inline script); without it
// the form still posts as a plain form.

const form = document.querySelector('form[data-import-upload]');
const panel = document.querySelector('[data-import-progress]');
if (form && panel && window.FormData && window.XMLHttpRequest) form.addEventListener('submit', uploadEach);

async function uploadEach(event) {
  const input = form.querySelector('input[type="file"]');
  const files = input ? [...input.files] : [];
  if (!files.length) return; // the server explains an empty form
  event.preventDefault();
  const bar = panel.querySelector('progress');
  const status = panel.querySelector('[data-import-status]');
  const list = panel.querySelector('ul');
  const button = form.querySelector('button');
  panel.hidden = false;
  list.replaceChildren();
  if (button) button.disabled = true;
  for (const [i, file] of files.entries()) {
    status.textContent = `Uploading ${i + 1} of ${files.length}: ${file.name}`;
    bar.value = 0;
    const outcome = await send(file, (fraction) => {
      bar.value = fraction;
      if (fraction >= 1) status.textContent = `Analysing ${i + 1} of ${files.length}: ${file.name}`;
    });
    list.append(resultItem(file.name, outcome));
  }
  status.textContent = `Done: ${files.length} file${files.length === 1 ? '' : 's'}.`;
  if (button) button.disabled = false;
  form.reset();
}

/** POSTs one file to /api/documents; resolves to its outcome (never rejects). */
function send(file, onProgress) {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/documents');
    // The session's CSRF token (the layout's meta tag): the API refuses a signed-in upload without it.
    const csrf = document.querySelector('meta[name="csrf-token"]')?.content;
    if (csrf) request.setRequestHeader('X-CSRF-Token', csrf);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total));
    request.addEventListener('load', () => {
      const body = request.response ?? {};
      if (Array.isArray(body.results) && body.results[0]) resolve(body.results[0]);
      else resolve({ ok: false, message: body.detail ?? `The server answered ${request.status}.` });
    });
    request.addEventListener('error', () => resolve({ ok: false, message: 'The upload did not reach the server.' }));
    const data = new FormData();
    data.append('files', file, file.name);
    request.send(data);
  });
}

/** One line per file; text only (textContent), so nothing from the file is read as markup. */
function resultItem(name, outcome) {
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
    const clauses = `${outcome.clauses} clause${outcome.clauses === 1 ? '' : 's'}`;
    item.append(link, ` ${clauses}`);
  } else {
    item.append(`${name}: ${outcome.message ?? 'failed'}`);
  }
  return item;
}
