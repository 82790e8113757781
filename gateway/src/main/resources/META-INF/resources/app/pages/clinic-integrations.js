// The clinic's API clients for integrations. Read-only: they are service accounts in the identity provider,
// created by the platform's operator; no API lists them yet, so this shows the clinic's own by convention.
import { h, add, pageTitle, notice, field } from '../dom.js';
import { table, badge, downloadButton } from '../ui.js';
import { query } from '../api.js';
import { webhooksSection } from './webhooks-section.js';

export async function render(container, params, { user }) {
  const clients = user.clinic ? [{ id: `${user.clinic}-integration`, grant: 'Client credentials', role: 'integration' }] : [];
  add(container,
    pageTitle('Integrations'),
    notice('info', 'This list is read-only. Integration clients are service accounts of your clinic in the identity provider; ask the platform operator to add one or to rotate its secret.'),
    table([
      { title: 'Client id', cell: (c) => h('code', {}, c.id) },
      { title: 'Grant', cell: (c) => c.grant },
      { title: 'Role', cell: (c) => badge(c.role, 'brand') },
      { title: 'Can', cell: () => 'Read clients, plans, sessions, adherence and alerts of this clinic' },
    ], clients, { caption: 'API clients of your clinic', empty: 'No integration client.' }),
    h('h2', {}, 'Using the API'),
    h('p', {}, 'Get a token from the token endpoint with the client credentials grant, then call ', h('code', {}, '/api/v1/...'),
      ' on this gateway with ', h('code', {}, 'Authorization: Bearer <token>'), '. Every answer is JSON; errors are problem+json.'),
    h('p', {}, h('a', { href: '/q/openapi' }, 'OpenAPI document of the API')),
    exports());
  add(container, webhooksSection());
}

/** The clinic's sessions and weekly adherence as CSV files, over the days chosen (both included, at most a year). */
function exports() {
  const today = new Date().toISOString().slice(0, 10);
  const monthAgo = new Date(Date.now() - 30 * 86400000).toISOString().slice(0, 10);
  const from = h('input', { type: 'date', name: 'from', value: monthAgo, required: true });
  const to = h('input', { type: 'date', name: 'to', value: today, required: true });
  const range = () => query({ from: from.value, to: to.value });
  return h('section', {},
    h('h2', {}, 'Exports'),
    h('p', {}, 'Every logged session (one line per exercise, with notes and pain) and each client\'s weekly adherence, as CSV for a spreadsheet or your records system. The same files come from ',
      h('code', {}, 'GET /api/v1/exports/sessions.csv'), ' and ', h('code', {}, 'GET /api/v1/exports/adherence.csv'), '.'),
    h('div', { class: 'grid grid-2' }, field('From', from), field('To', to)),
    h('div', { class: 'actions' },
      downloadButton('Sessions CSV', () => `/exports/sessions.csv${range()}`, 'sessions.csv'),
      downloadButton('Adherence CSV', () => `/exports/adherence.csv${range()}`, 'adherence.csv')));
}
