// Which pages exist and who may see them. A page a role may not see is neither offered in the navigation
// nor rendered; the API refuses its data anyway.

export const STAFF = ['therapist', 'clinic-admin'];

export const routes = [
  { path: '/dashboard', roles: STAFF, nav: 'Dashboard', page: () => import('./pages/dashboard.js') },
  { path: '/alerts', roles: STAFF, nav: 'Alerts', page: () => import('./pages/alerts.js') },
  { path: '/clients', roles: STAFF, nav: 'Clients', page: () => import('./pages/clients.js') },
  { path: '/clients/new', roles: STAFF, page: () => import('./pages/client-form.js') },
  { path: '/clients/:id', roles: STAFF, page: () => import('./pages/client.js') },
  { path: '/clients/:id/edit', roles: STAFF, page: () => import('./pages/client-form.js') },
  { path: '/plans/:id', roles: STAFF, page: () => import('./pages/plan-builder.js') },
  { path: '/catalogue', roles: STAFF, nav: 'Catalogue', page: () => import('./pages/catalogue.js') },
  { path: '/catalogue/new', roles: STAFF, page: () => import('./pages/exercise-form.js') },
  { path: '/catalogue/:id', roles: STAFF, page: () => import('./pages/exercise-form.js') },
  { path: '/clinic/settings', roles: ['clinic-admin'], nav: 'Clinic settings', page: () => import('./pages/clinic-settings.js') },
  { path: '/clinic/people', roles: ['clinic-admin'], nav: 'People', page: () => import('./pages/clinic-people.js') },
  { path: '/clinic/integrations', roles: ['clinic-admin'], nav: 'Integrations', page: () => import('./pages/clinic-integrations.js') },
  { path: '/today', roles: ['client'], nav: 'Today', page: () => import('./pages/today.js') },
  { path: '/history', roles: ['client'], nav: 'History', page: () => import('./pages/history.js') },
  { path: '/program', roles: ['client'], nav: 'My program', page: () => import('./pages/program.js') },
];

export function allowed(route, user) {
  return route.roles.some((role) => user.roles.includes(role));
}

/** The route and its parameters for a path such as /clients/42, or null. Literal segments beat parameters. */
export function match(path) {
  const segments = path.split('/').filter(Boolean);
  let best = null;
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params = {};
    let literals = 0;
    const fits = pattern.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segments[i]);
        return true;
      }
      literals += 1;
      return part === segments[i];
    });
    if (fits && (!best || literals > best.literals)) best = { route, params, literals };
  }
  return best;
}

/** Where a role starts: its first page in the navigation. */
export function home(user) {
  const first = routes.find((route) => route.nav && allowed(route, user));
  return first ? first.path : null;
}
