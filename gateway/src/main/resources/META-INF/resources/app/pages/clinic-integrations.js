// What a clinic's own systems need to integrate: its API clients (service accounts it creates, rotates and
// revokes here), how to call the API, its webhooks and the CSV exports. Each section is a function returning one element.
import { h, add, replace, pageTitle, notice, field, formatDateTime } from '../dom.js';
import { table, badge, busy, errorView, downloadButton } from '../ui.js';
import { get, post, del, query } from '../api.js';
import { webhooksSection } from './webhooks-section.js';

export async function render(container, params, { user }) {
  add(container,
    pageTitle('Integrations'),
    apiClients(),
    usingTheApi(),
    webhooksSection(),
    exports());
}

/** The clinic's API clients: list, create, rotate a secret, revoke. A secret is shown once, right after it was made. */
function apiClients() {
  const list = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading API clients...'));
  const outcome = h('div', {});
  const refresh = async () => {
    try {
      const clients = await get('/api-clients');
      replace(list, clientsTable(clients, outcome, refresh));
    } catch (e) {
      replace(list, errorView(e));
    }
  };
  refresh();
  return h('section', {},
    h('h2', {}, 'API clients'),
    h('p', {}, 'An API client is a service account of your clinic: your records system gets a token with the client credentials grant and calls the API as your clinic, with the role ',
      badge('integration', 'brand'), '. It can create and update your clinic\'s client profiles and read their plans, templates, sessions, adherence, alerts and exports; it cannot manage API clients.'),
    createForm(outcome, refresh),
    outcome,
    list);
}

function clientsTable(clients, outcome, refresh) {
  return table([
    { title: 'Name', cell: (c) => h('span', {}, h('strong', {}, c.name), c.description ? h('small', { class: 'muted' }, ` ${c.description}`) : null) },
    { title: 'Client id', cell: (c) => h('code', {}, c.clientId) },
    { title: 'Created', cell: (c) => [formatDateTime(c.created), c.createdBy ? ` by ${c.createdBy}` : ''] },
    { title: 'Status', cell: (c) => (c.enabled ? badge('Active', 'success') : badge('Disabled', 'neutral')) },
    { title: 'Actions', cell: (c) => clientActions(c, outcome, refresh) },
  ], clients, { caption: 'API clients of your clinic', empty: 'No API client yet. Create one for each system that calls the API.' });
}

function clientActions(client, outcome, refresh) {
  const rotate = h('button', { type: 'button' }, 'Rotate secret');
  rotate.addEventListener('click', () => {
    if (!window.confirm(`Give ${client.clientId} a new secret? Its current secret stops working at once.`)) return;
    busy(rotate, async () => {
      const rotated = await post(`/api-clients/${client.id}/rotate-secret`);
      replace(outcome, secretShownOnce(rotated, 'New secret'));
    }, outcome);
  });
  const revoke = h('button', { type: 'button', class: 'danger' }, 'Revoke');
  revoke.addEventListener('click', () => {
    if (!window.confirm(`Revoke ${client.clientId}? It can no longer get tokens; tokens it already has stop working within 5 minutes. This cannot be undone.`)) return;
    busy(revoke, async () => {
      await del(`/api-clients/${client.id}`);
      replace(outcome, notice('success', `${client.clientId} was revoked.`));
      await refresh();
    }, outcome);
  });
  return h('div', { class: 'actions' }, rotate, revoke);
}

function createForm(outcome, refresh) {
  const name = h('input', { name: 'name', required: true, maxlength: 100, placeholder: 'Records system' });
  const description = h('input', { name: 'description', maxlength: 255 });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Create API client');
  const form = h('form', { class: 'grid grid-2' },
    field('Name', name, 'Which system uses it, so you know which one to revoke.'),
    field('Description (optional)', description),
    h('div', { class: 'actions' }, button));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, async () => {
      const created = await post('/api-clients', { name: name.value.trim(), description: description.value.trim() || undefined });
      form.reset();
      replace(outcome, secretShownOnce(created, 'Client secret'));
      await refresh();
    }, outcome);
  });
  return form;
}

/** The client id and secret to copy now: nothing shows the secret again. */
function secretShownOnce(issued, label) {
  const secret = h('input', { type: 'text', readonly: true, value: issued.clientSecret, size: 40, class: 'secret' });
  secret.addEventListener('focus', () => secret.select());
  return notice('warning',
    h('p', {}, h('strong', {}, `Copy this secret now: it is shown only once. `),
      'Store it in your system\'s secret store; if it is lost, rotate it to get a new one.'),
    h('p', {}, 'Client id: ', h('code', {}, issued.clientId)),
    field(label, secret, 'Select the field and copy it (Ctrl+C or Cmd+C).'));
}

function usingTheApi() {
  return h('section', {},
    h('h2', {}, 'Using the API'),
    h('p', {}, 'Get a token from the identity provider\'s token endpoint with the client credentials grant (',
      h('code', {}, 'grant_type=client_credentials'), ', your client id and secret), then call ', h('code', {}, '/api/v1/...'),
      ' on this gateway with ', h('code', {}, 'Authorization: Bearer <token>'), '. Tokens last 5 minutes; get a new one when it expires. Every answer is JSON; errors are problem+json.'),
    h('p', {}, h('a', { href: '/q/openapi' }, 'OpenAPI document of the API')));
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
