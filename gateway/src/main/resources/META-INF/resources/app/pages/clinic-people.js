// The clinic's people as the data shows them: therapists (from the clients they look after) and clients.
import { get } from '../api.js';
import { h, add, pageTitle, humanize, percent, formatDate } from '../dom.js';
import { table, badge } from '../ui.js';

export async function render(container) {
  const [clients, caseload] = await Promise.all([get('/clients'), get('/adherence').catch(() => [])]);
  const therapists = new Map();
  for (const c of clients) {
    if (!c.therapistUserId) continue;
    const t = therapists.get(c.therapistUserId) || { name: c.therapistName || 'Therapist', clients: 0, active: 0, alerts: 0 };
    t.clients += 1;
    therapists.set(c.therapistUserId, t);
  }
  for (const line of caseload) {
    const t = therapists.get(line.summary.therapistUserId);
    if (t) {
      t.active += 1;
      t.alerts += line.summary.openAlerts;
    }
  }
  const rate = new Map(caseload.map((l) => [l.summary.clientId, l.rate30]));
  add(container,
    pageTitle('People'),
    h('p', { class: 'muted' }, 'Therapists are listed from the clients assigned to them; staff logins are managed in the clinic\'s identity provider.'),
    h('h2', {}, 'Therapists'),
    table([
      { title: 'Therapist', cell: (t) => t.name },
      { title: 'Clients', cell: (t) => String(t.clients) },
      { title: 'With an active plan', cell: (t) => String(t.active) },
      { title: 'Open alerts', cell: (t) => (t.alerts ? badge(String(t.alerts), 'danger') : '0') },
    ], [...therapists.values()], { empty: 'No client is assigned to a therapist yet.' }),
    h('h2', {}, 'Clients'),
    table([
      { title: 'Name', cell: (c) => h('a', { href: `#/clients/${c.id}` }, c.displayName) },
      { title: 'Therapist', cell: (c) => c.therapistName || '-' },
      { title: 'Level', cell: (c) => humanize(c.experienceLevel) },
      { title: 'Login', cell: (c) => c.username || badge('Not linked') },
      { title: 'Adherence (30 days)', cell: (c) => percent(rate.get(c.id)) },
      { title: 'Since', cell: (c) => formatDate(c.createdAt) },
    ], clients, { empty: 'No clients yet.' }));
}
