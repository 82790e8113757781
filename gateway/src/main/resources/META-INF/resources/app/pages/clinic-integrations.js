// The clinic's API clients for integrations. Read-only: they are service accounts in the identity provider,
// created by the platform's operator; no API lists them yet, so this shows the clinic's own by convention.
import { h, add, pageTitle, notice } from '../dom.js';
import { table, badge } from '../ui.js';

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
    h('p', {}, h('a', { href: '/q/openapi' }, 'OpenAPI document of the API')));
}
