// The clinic's webhooks: endpoints that receive signed events (Standard Webhooks), each with its delivery log.
// The signing secret is shown once, when an endpoint is created or its secret rotated.
import { h, replace, field, checkboxes, checkedValues, notice, formatDateTime } from '../dom.js';
import { table, badge, busy, errorView } from '../ui.js';
import { get, post, del, query } from '../api.js';

const KINDS = [
  ['session-logged', 'Session logged'],
  ['pain-alert', 'Pain alert'],
  ['plan-activated', 'Plan activated'],
  ['plan-adjusted', 'Plan adjusted'],
];
const STATUS_BADGE = { delivered: 'success', pending: 'warning', failed: 'danger' };

/** The section for the integrations page; loads the endpoints itself. */
export function webhooksSection() {
  const list = h('div', { 'aria-live': 'polite' });
  const secretBox = h('div', { role: 'status' });
  const section = h('section', {},
    h('h2', {}, 'Webhooks'),
    h('p', {}, 'Each subscribed event is POSTed as JSON to your URL, signed with HMAC-SHA256 (headers ',
      h('code', {}, 'webhook-id'), ', ', h('code', {}, 'webhook-timestamp'), ', ', h('code', {}, 'webhook-signature'),
      '). Failed deliveries are retried with growing waits for a day; a client\'s events arrive in order.'),
    secretBox, list, createForm(secretBox, () => load(list, secretBox)));
  load(list, secretBox);
  return section;
}

async function load(list, secretBox) {
  try {
    const endpoints = await get('/webhooks');
    replace(list, table([
      { title: 'URL', cell: (e) => h('code', {}, e.url) },
      { title: 'Events', cell: (e) => e.kinds.map((k) => badge(k, 'brand')) },
      { title: 'Enabled', cell: (e) => (e.enabled ? 'Yes' : 'No') },
      { title: 'Created', cell: (e) => formatDateTime(e.createdAt) },
      { title: '', cell: (e) => actions(e, list, secretBox) },
    ], endpoints, { caption: 'Webhook endpoints of your clinic', empty: 'No webhook endpoint yet.' }));
  } catch (e) {
    replace(list, errorView(e));
  }
}

function actions(endpoint, list, secretBox) {
  const log = h('div');
  const outcome = h('span', { role: 'status' });
  const rotate = h('button', { type: 'button' }, 'Rotate secret');
  rotate.addEventListener('click', () => busy(rotate, async () => {
    if (!window.confirm('Issue a new secret? Deliveries are signed with it from now on; the old one stops working.')) return;
    showSecret(secretBox, endpoint.url, (await post(`/webhooks/${endpoint.id}/rotate-secret`)).secret);
  }, outcome));
  const remove = h('button', { type: 'button', class: 'danger' }, 'Delete');
  remove.addEventListener('click', () => busy(remove, async () => {
    if (!window.confirm(`Delete the webhook to ${endpoint.url}? Its delivery log goes too.`)) return;
    await del(`/webhooks/${endpoint.id}`);
    await load(list, secretBox);
  }, outcome));
  const deliveries = h('button', { type: 'button' }, 'Deliveries');
  deliveries.addEventListener('click', () => busy(deliveries, () => showLog(endpoint, log), log));
  return h('div', {}, h('div', { class: 'actions' }, deliveries, rotate, remove), outcome, log);
}

async function showLog(endpoint, target) {
  const rows = await get(`/webhooks/${endpoint.id}/deliveries${query({ size: 50 })}`);
  replace(target, table([
    { title: 'Event', cell: (d) => d.kind },
    { title: 'Status', cell: (d) => badge(d.status, STATUS_BADGE[d.status] || 'neutral') },
    { title: 'Attempts', cell: (d) => String(d.attempts) },
    { title: 'Last attempt', cell: (d) => formatDateTime(d.lastAttemptAt) },
    { title: 'Answer', cell: (d) => d.lastError || (d.lastStatus ? `HTTP ${d.lastStatus}` : '') },
    { title: 'Next attempt', cell: (d) => formatDateTime(d.nextAttemptAt) },
    { title: '', cell: (d) => redeliverButton(endpoint, d, target) },
  ], rows, { caption: `Latest deliveries to ${endpoint.url}`, empty: 'Nothing sent to this endpoint yet.' }));
}

function redeliverButton(endpoint, delivery, target) {
  const button = h('button', { type: 'button' }, 'Redeliver');
  button.addEventListener('click', () => busy(button, async () => {
    await post(`/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`);
    await showLog(endpoint, target);
  }, target));
  return button;
}

function createForm(secretBox, reload) {
  const url = h('input', { type: 'url', name: 'url', required: true, placeholder: 'https://example.org/upright-hooks' });
  const kinds = checkboxes('Events', 'kinds', KINDS, KINDS.map(([value]) => value));
  const outcome = h('div', { role: 'status' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Add webhook');
  const form = h('form', {}, h('h3', {}, 'Add an endpoint'), field('URL', url, 'Must be a public https:// address.'),
    kinds, h('div', { class: 'actions' }, submit), outcome);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(submit, async () => {
      outcome.replaceChildren();
      const created = await post('/webhooks', { url: url.value, kinds: checkedValues(form, 'kinds') });
      showSecret(secretBox, created.url, created.secret);
      form.reset();
      await reload();
    }, outcome);
  });
  return form;
}

function showSecret(target, url, secret) {
  replace(target, notice('warning',
    h('p', {}, 'Signing secret for ', h('code', {}, url), '. Copy it now: it is not shown again.'),
    h('p', {}, h('code', { class: 'secret' }, secret))));
}
