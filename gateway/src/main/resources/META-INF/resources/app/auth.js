// Login through Keycloak's own page (authorization code flow with PKCE, via keycloak-js).
// Tokens live only in memory; a reload asks Keycloak again, which answers at once while the
// Keycloak session lasts.

const ROUTE_KEY = 'upright.route-after-login';
let keycloak = null;
let expiredHandler = () => {};

/** Reads the gateway's login settings and asks Keycloak whether a session exists (no login form yet). */
export async function startAuth() {
  const response = await fetch('/web-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The login settings could not be read (HTTP ${response.status}).`);
  const config = await response.json();
  keycloak = new window.Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
  keycloak.onAuthRefreshError = () => expiredHandler();
  // Asking Keycloak goes through a redirect that returns to the bare page: remember where the user was
  rememberRoute();
  const authenticated = await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: appUrl(),
  });
  if (authenticated) restoreRoute();
  return authenticated;
}

/** The page itself without its route: Keycloak only accepts registered redirect URIs, never fragments. */
function appUrl() {
  return `${window.location.origin}/`;
}

function restoreRoute() {
  const route = sessionStorage.getItem(ROUTE_KEY);
  sessionStorage.removeItem(ROUTE_KEY);
  if (route && route.startsWith('#/') && window.location.hash !== route) {
    window.history.replaceState(null, '', route);
  }
}

function rememberRoute() {
  if (window.location.hash.startsWith('#/')) sessionStorage.setItem(ROUTE_KEY, window.location.hash);
}

/** Sends the browser to Keycloak's login page and brings it back to the page it was on. */
export function login() {
  rememberRoute();
  return keycloak.login({ redirectUri: appUrl() });
}

export function logout() {
  sessionStorage.removeItem(ROUTE_KEY);
  return keycloak.logout({ redirectUri: appUrl() });
}

/** Called when the Keycloak session is over (idle or maximum time reached, or ended elsewhere). */
export function onSessionExpired(handler) {
  expiredHandler = handler;
}

/** A token valid for at least 30 more seconds; refreshed first when needed. Rejects when the session is over. */
export async function freshToken() {
  try {
    await keycloak.updateToken(30);
  } catch (e) {
    expiredHandler();
    throw new SessionExpired();
  }
  return keycloak.token;
}

export class SessionExpired extends Error {
  constructor() {
    super('Your session has ended. Log in again to continue.');
    this.name = 'SessionExpired';
  }
}

/** Who is logged in, from the verified token Keycloak issued: roles, clinic and names. */
export function currentUser() {
  const token = keycloak.tokenParsed || {};
  const roles = (token.realm_access && token.realm_access.roles) || [];
  const organization = token.organization;
  const clinic = Array.isArray(organization) ? organization[0]
    : organization && typeof organization === 'object' ? Object.keys(organization)[0] : organization;
  return {
    id: token.sub,
    username: token.preferred_username,
    name: [token.given_name, token.family_name].filter(Boolean).join(' ') || token.preferred_username,
    clinic: clinic || null,
    roles: roles.filter((role) => ['therapist', 'clinic-admin', 'client', 'platform-admin'].includes(role)),
  };
}
