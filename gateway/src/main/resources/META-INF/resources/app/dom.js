// Small DOM helpers. Pages build elements with h() and never assign user data to innerHTML,
// so text from the API can never turn into markup or script.

/**
 * h('button', {class: 'primary', onclick: fn}, 'Save') -> <button class="primary">Save</button>.
 * Attributes starting with "on" become listeners; true/false toggle boolean attributes; null/undefined
 * attributes and children are skipped; arrays of children are flattened.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Appends children to element, skipping null, undefined and false (unlike Element.append). */
export function add(element, ...children) {
  append(element, children);
  return element;
}

/** Replaces everything inside element with the given children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

let fieldCounter = 0;

/** A labelled input: the label is tied to the control by id, and a hint is announced with it. */
export function field(label, control, hint) {
  const id = control.id || `f${++fieldCounter}`;
  control.id = id;
  const parts = [h('label', { for: id }, label), control];
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('small', { id: hintId, class: 'hint' }, hint));
  }
  return h('div', { class: 'field' }, parts);
}

/** A <select> with options given as [value, text] pairs (or plain strings). */
export function select(attributes, options, selected) {
  return h('select', attributes, options.map((option) => {
    const [value, text] = Array.isArray(option) ? option : [option, option];
    return h('option', { value, selected: String(value) === String(selected ?? '') }, text);
  }));
}

/** A group of checkboxes in a fieldset with a legend, as screen readers expect. */
export function checkboxes(legend, name, options, checked = []) {
  return h('fieldset', { class: 'checks' }, h('legend', {}, legend),
    options.map(([value, text]) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name, value, checked: checked.includes(value) }), ' ', text)));
}

/** Values of the checked boxes called name inside root. */
export function checkedValues(root, name) {
  return [...root.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

export function formatDate(value) {
  if (!value) return '';
  return new Date(value).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(value) {
  if (!value) return '';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "3 x 12", "3 x 12 @ 4 kg", "hold 20 s x 3", "5 min", "2 x 30 s". */
export function formatDose(dose) {
  if (!dose) return '';
  const sets = dose.sets ?? 1;
  if (dose.holdSeconds) return `hold ${dose.holdSeconds} s x ${dose.repetitions ?? 1}`;
  if (dose.minutes) return `${dose.minutes} min`;
  if (dose.reps) return `${sets} x ${dose.reps}${dose.loadKg ? ` @ ${dose.loadKg} kg` : ''}`;
  if (dose.seconds) return `${sets} x ${dose.seconds} s${dose.loadKg ? ` @ ${dose.loadKg} kg` : ''}`;
  return '';
}

export function percent(rate) {
  return rate === null || rate === undefined ? '-' : `${Math.round(rate * 100)} %`;
}

/** A status message for screen readers and eyes alike. kind: info | error | success | warning. */
export function notice(kind, ...children) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, children);
}

/** Title of a page: sets the document title too, so tabs and history read well. */
export function pageTitle(text, ...after) {
  document.title = `${text} - Upright`;
  return h('div', { class: 'page-head' }, h('h1', {}, text), after);
}

export function humanize(code) {
  if (!code) return '';
  const text = String(code).replaceAll('-', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
