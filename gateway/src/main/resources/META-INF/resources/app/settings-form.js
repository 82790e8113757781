// A settings form for a clinic-level resource read with GET and written with PUT (whole object, with its version).
import { call, ApiError } from './api.js';
import { h, replace, field, select, notice } from './dom.js';
import { busy, errorView } from './ui.js';

/**
 * fields: [{name, label, min, max, hint}] numbers, or {name, label, choices: [[value, text]]} for a choice.
 * Answers a card; a missing resource (service not there yet) shows a notice instead of failing the page.
 */
export async function settingsCard({ title, path, fields, intro, canEdit }) {
  const card = h('section', { class: 'card' }, h('h2', {}, title), intro ? h('p', { class: 'muted' }, intro) : null);
  let current;
  try {
    current = (await call('GET', path)).body;
  } catch (e) {
    card.append(e instanceof ApiError && e.status === 404
      ? notice('info', 'These settings are not available on this server yet.') : errorView(e));
    return card;
  }
  const outcome = h('div', { 'aria-live': 'polite' });
  const inputs = fields.map((f) => {
    const id = `${path.replace(/\W+/g, '-')}-${f.name}`;
    const control = f.choices
      ? select({ id, name: f.name, disabled: !canEdit }, f.choices, current[f.name])
      : h('input', { id, name: f.name, type: 'number', min: f.min, max: f.max, value: current[f.name] ?? '', disabled: !canEdit });
    return { f, control, element: field(f.label, control, f.hint) };
  });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Save');
  const form = h('form', { novalidate: true }, h('div', { class: 'form-grid' }, inputs.map((i) => i.element)), outcome,
    canEdit ? h('div', { class: 'actions' }, button) : h('p', { class: 'muted' }, 'Only a clinic admin can change these.'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { ...current };
    for (const { f, control } of inputs) body[f.name] = f.choices ? control.value : Number(control.value);
    busy(button, async () => {
      const headers = current.version !== undefined ? { 'If-Match': `"${current.version}"` } : {};
      current = (await call('PUT', path, body, { headers })).body;
      replace(outcome, notice('success', 'Saved.'));
    }, outcome);
  });
  card.append(form);
  return card;
}
