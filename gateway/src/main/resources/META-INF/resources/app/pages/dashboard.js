// Therapist's morning view: the caseload with clients needing attention first (progress-service sorts
// them: open alerts, then longest without a session, then lowest adherence), and the newest open alerts.
import { get } from '../api.js';
import { h, add, pageTitle, formatDateTime, formatDate, percent, notice } from '../dom.js';
import { clientDirectory } from '../clients-directory.js';
import { table, badge, severityBadge, ALERT_REASONS } from '../ui.js';

const QUIET_DAYS = 7;
const LOW_ADHERENCE = 0.6;

export async function render(container, params, { user }) {
  const [caseload, alerts, directory] = await Promise.all([get('/adherence'), get('/alerts'), clientDirectory()]);
  const now = Date.now();
  const quiet = (line) => !line.summary.lastSessionAt || now - Date.parse(line.summary.lastSessionAt) > QUIET_DAYS * 86400000;
  const needsAttention = (line) => line.summary.openAlerts > 0 || quiet(line) || (line.rate30 !== null && line.rate30 < LOW_ADHERENCE);
  const flagged = caseload.filter(needsAttention).length;

  add(container, 
    pageTitle(`Good to see you, ${user.name.split(' ')[0]}`, h('a', { class: 'button primary', href: '#/clients/new' }, 'New client')),
    h('div', { class: 'grid grid-3' },
      h('div', { class: 'card' }, h('span', { class: 'stat' }, String(caseload.length)), 'clients with an active plan'),
      h('div', { class: 'card' }, h('span', { class: 'stat' }, String(flagged)), 'need attention'),
      h('div', { class: 'card' }, h('span', { class: 'stat' }, String(alerts.length)), h('a', { href: '#/alerts' }, 'open alerts'))),
    directory.unavailable ? notice('warning', 'Client names could not be loaded just now.') : null,
    h('h2', {}, 'Caseload'),
    table([
      { title: 'Client', cell: (l) => h('a', { href: `#/clients/${l.summary.clientId}` }, directory.name(l.summary.clientId)) },
      { title: 'Open alerts', cell: (l) => (l.summary.openAlerts ? badge(String(l.summary.openAlerts), 'danger') : '0') },
      { title: 'Last session', cell: (l) => (l.summary.lastSessionAt ? formatDate(l.summary.lastSessionAt) : 'never') },
      { title: 'Adherence (30 days)', cell: (l) => percent(l.rate30) },
      { title: 'Attention', cell: (l) => attentionBadges(l, quiet(l)) },
    ], caseload, {
      caption: 'Clients needing attention first',
      rowClass: (l) => (needsAttention(l) ? 'attention' : null),
      empty: 'No client with an active plan yet. Create a client and activate a plan to see them here.',
    }),
    h('h2', {}, 'Newest alerts'),
    table([
      { title: 'Raised', cell: (a) => formatDateTime(a.raisedAt) },
      { title: 'Client', cell: (a) => h('a', { href: `#/clients/${a.clientId}` }, directory.name(a.clientId)) },
      { title: 'Alert', cell: (a) => [severityBadge(a.severity), ' ', ALERT_REASONS[a.reason] || a.reason] },
      { title: 'Detail', cell: (a) => a.detail },
    ], alerts.slice(0, 5), { empty: 'No open alerts.' }),
    h('p', {}, h('a', { href: '#/alerts' }, 'All alerts')));
}

function attentionBadges(line, quiet) {
  const parts = [];
  if (line.summary.openAlerts) parts.push(badge('Alert', 'danger'));
  if (quiet) parts.push(badge('No recent session', 'warning'));
  if (line.rate30 !== null && line.rate30 < LOW_ADHERENCE) parts.push(badge('Low adherence', 'warning'));
  return parts.length ? parts.flatMap((p) => [p, ' ']) : badge('On track', 'success');
}
