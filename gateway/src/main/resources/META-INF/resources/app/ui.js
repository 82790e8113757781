// Pieces several pages share: error display, problem details, tables and small widgets.
import { ApiError, download } from './api.js';
import { SessionExpired, LoginUnavailable } from './auth.js';
import { h, notice, humanize } from './dom.js';

/** What went wrong, in words a user can act on: the problem's detail, each bad field, each broken rule. */
export function errorView(error) {
  if (error instanceof SessionExpired || error instanceof LoginUnavailable) return notice('warning', error.message);
  if (error instanceof ApiError) {
    if (error.status === 404) {
      return h('div', {}, h('h1', {}, 'Not found'), notice('error', error.message),
        h('p', {}, h('a', { href: '#/' }, 'Go to your start page')));
    }
    return problemView(error);
  }
  console.error(error);
  return notice('error', error.message || 'Something went wrong.');
}

export function problemView(error) {
  const fields = error.fieldErrors.map((e) => h('li', {}, e.field ? `${humanize(e.field)}: ${e.message}` : e.message));
  const violations = error.violations.map((v) => h('li', {},
    h('strong', {}, humanize(v.rule)), ' ', v.detail || '', v.fix ? h('span', { class: 'fix' }, ` Fix: ${v.fix}`) : null));
  return notice('error', h('p', {}, error.message),
    fields.length ? h('ul', {}, fields) : null,
    violations.length ? h('ul', { class: 'violations' }, violations) : null,
    error.problem.correlationId ? h('small', { class: 'muted' }, `Reference: ${error.problem.correlationId}`) : null);
}

/** A button that downloads a file from the API; a failure shows next to it as the problem's detail. */
export function downloadButton(label, path, fallbackName) {
  const failure = h('span', { role: 'status' });
  const button = h('button', { type: 'button', class: 'no-print' }, label);
  button.addEventListener('click', async () => {
    failure.replaceChildren();
    button.disabled = true;
    try {
      await download(typeof path === 'function' ? path() : path, fallbackName);
    } catch (e) {
      failure.replaceChildren(errorView(e));
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { class: 'download' }, button, failure);
}

/** A table that stays readable on a phone: each cell carries its column name for the narrow layout. */
export function table(columns, rows, options = {}) {
  if (!rows.length) return h('p', { class: 'empty' }, options.empty || 'Nothing here yet.');
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
    options.caption ? h('caption', {}, options.caption) : null,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c.title)))),
    h('tbody', {}, rows.map((row) => h('tr', { class: options.rowClass ? options.rowClass(row) : null },
      columns.map((c) => h('td', { 'data-label': c.title }, c.cell(row))))))));
}

export function badge(text, kind = 'neutral') {
  return h('span', { class: `badge badge-${kind}` }, text);
}

const SEVERITY = { high: 'danger', medium: 'warning', low: 'neutral' };
export function severityBadge(severity) {
  return badge(humanize(severity || 'info'), SEVERITY[severity] || 'neutral');
}

/** Runs an async action from a button, disabling it meanwhile and showing the outcome in target. */
export async function busy(button, action, target) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } catch (e) {
    if (target) target.replaceChildren(errorView(e));
    else throw e;
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

export const ALERT_REASONS = {
  pain: 'Pain reported',
  'pain-rising': 'Pain rising',
  'no-recent-session': 'No recent session',
  'adherence-drop': 'Adherence dropped',
};
