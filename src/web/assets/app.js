// Concord web app: small progressive enhancements. Served as a file (the CSP forbids inline script).

// The ¶ icon next to a clause copies the full link to that clause.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-copy-link]') : null;
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href'), location.href).href;
  history.replaceState(null, '', url);
  navigator.clipboard.writeText(url).then(
    () => {
      link.classList.add('copied');
      link.setAttribute('title', 'Link copied');
      setTimeout(() => {
        link.classList.remove('copied');
        link.setAttribute('title', 'Copy link');
      }, 1500);
    },
    () => {
      location.hash = new URL(url).hash;
    },
  );
});
