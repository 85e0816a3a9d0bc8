// The review queue's keyboard: j/k move, c confirm, r reject, e correct, x select, C/R confirm or
// reject the selected. Served as a file (the CSP forbids inline script); every form posts without it.
(() => {
  const items = [...document.querySelectorAll('.q-item')];
  if (!items.length) return;
  const bulk = document.getElementById('bulk');
  const counter = document.querySelector('.q-selected');
  let current = 0;

  const move = (to) => {
    items[current]?.classList.remove('current');
    current = Math.max(0, Math.min(items.length - 1, to));
    const item = items[current];
    item.classList.add('current');
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest' });
  };
  const press = (selector) => {
    const button = items[current].querySelector(selector);
    if (button) button.form.requestSubmit(button);
  };
  const selected = () => items.filter((i) => i.querySelector('.q-select input')?.checked);
  const count = () => {
    if (counter) counter.textContent = `Selected items: ${selected().length}`;
  };
  const submitBulk = (action) => {
    if (!bulk || !selected().length) return;
    bulk.requestSubmit(bulk.querySelector(`button[value="${action}"]`));
  };

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const field = event.target instanceof Element ? event.target.closest('input, select, textarea') : null;
    if (field) {
      // Enter in a correction sends the correction (not the form's first button); Escape leaves the field.
      if (event.key === 'Enter' && field.classList.contains('q-value-input')) {
        event.preventDefault();
        press('button[value="correct"]');
      } else if (event.key === 'Escape') field.blur();
      return;
    }
    const actions = {
      j: () => move(current + 1),
      k: () => move(current - 1),
      c: () => press('button[value="confirm"]'),
      r: () => press('button[value="reject"]'),
      e: () => {
        const input = items[current].querySelector('.q-value-input');
        input?.focus();
        if (input?.select) input.select();
      },
      x: () => {
        const box = items[current].querySelector('.q-select input');
        if (box) box.checked = !box.checked;
        count();
      },
      C: () => submitBulk('confirm'),
      R: () => submitBulk('reject'),
    };
    const act = actions[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  });
  document.addEventListener('change', (event) => {
    if (event.target instanceof Element && event.target.closest('.q-select')) count();
  });
  items.forEach((item, i) => {
    item.addEventListener('click', () => {
      if (i !== current) move(i);
    });
  });
  move(0);
  count();
})();
