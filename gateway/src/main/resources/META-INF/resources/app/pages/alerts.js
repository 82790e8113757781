// Alerts inbox: the clinic's open alerts, newest first, each acknowledged with one button.
import { get, post } from '../api.js';
import { h, add, replace, pageTitle, formatDateTime, notice } from '../dom.js';
import { clientDirectory } from '../clients-directory.js';
import { table, severityBadge, busy, ALERT_REASONS } from '../ui.js';

export async function render(container) {
  const [alerts, directory] = await Promise.all([get('/alerts'), clientDirectory()]);
  const outcome = h('div', { 'aria-live': 'polite' });
  const list = h('div', {});
  let open = alerts;
  const draw = () => replace(list, table([
    { title: 'Raised', cell: (a) => formatDateTime(a.raisedAt) },
    { title: 'Client', cell: (a) => h('a', { href: `#/clients/${a.clientId}` }, directory.name(a.clientId)) },
    { title: 'Alert', cell: (a) => [severityBadge(a.severity), ' ', ALERT_REASONS[a.reason] || a.reason] },
    { title: 'Detail', cell: (a) => a.detail },
    { title: 'Action', cell: (a) => h('button', { type: 'button', class: 'small', 'aria-label': `Acknowledge alert for ${directory.name(a.clientId)}: ${a.detail}`,
      onclick: (event) => busy(event.currentTarget, async () => {
        await post(`/alerts/${a.id}/ack`);
        open = open.filter((x) => x.id !== a.id);
        replace(outcome, notice('success', 'Alert acknowledged.'));
        draw();
      }, outcome) }, 'Acknowledge') },
  ], open, { empty: 'No open alerts. Nice.', caption: 'Open alerts, newest first' }));
  draw();
  add(container, pageTitle('Alerts'), outcome, list);
}
