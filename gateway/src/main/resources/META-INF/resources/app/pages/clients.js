// The clinic's clients: the therapist's own caseload first, then the others, by name.
import { get } from '../api.js';
import { h, add, pageTitle, humanize, formatDate } from '../dom.js';
import { table, badge } from '../ui.js';

export async function render(container, params, { user }) {
  const clients = await get('/clients');
  add(container, 
    pageTitle('Clients', h('a', { class: 'button primary', href: '#/clients/new' }, 'New client')),
    table([
      { title: 'Name', cell: (c) => h('a', { href: `#/clients/${c.id}` }, c.displayName) },
      { title: 'Therapist', cell: (c) => (c.therapistUserId === user.id ? badge('You', 'brand') : c.therapistName || '-') },
      { title: 'Level', cell: (c) => humanize(c.experienceLevel) },
      { title: 'Goals', cell: (c) => (c.goals || []).map(humanize).join(', ') },
      { title: 'Login', cell: (c) => (c.username ? c.username : badge('Not linked')) },
      { title: 'Since', cell: (c) => formatDate(c.createdAt) },
    ], clients, { empty: 'No clients yet.', caption: 'Your caseload first' }));
}
