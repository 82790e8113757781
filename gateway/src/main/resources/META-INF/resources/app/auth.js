// Login through Keycloak's own page (authorization code flow with PKCE, via keycloak-js).
// Tokens live only in memory; a reload asks Keycloak again, which answers at once while the
// Keycloak session lasts. Every trip to Keycloak's login page goes through the gateway's /login, which
// shows a page of its own when Keycloak is down; a user already logged in keeps working while the token
// they hold is valid.

const ROUTE_KEY = 'upright.route-after-login';
let keycloak = null;
let expiredHandler = () => {};
let unavailableHandler = () => {};
let recoveredHandler = () => {};

/** Said when the gateway cannot tell why sign-in failed; the gateway's own wording comes with its 503. */
const UNAVAILABLE = 'Sign-in is unavailable right now: the login service is not answering. Try again in a few minutes.';

/** Reads the gateway's login settings and asks Keycloak whether a session exists (no login form yet). */
export async function startAuth() {
  const response = await fetch('/web-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`The login settings could not be read (HTTP ${response.status}).`);
  const config = await response.json();
  // check-sso below sends the browser to Keycloak: when it does not answer, say so instead
  const status = await loginStatus();
  if (!status.available) throw new LoginUnavailable(status.message);
  keycloak = new window.Keycloak({ url: config.url, realm: config.realm, clientId: config.clientId });
  keycloak.onAuthRefreshSuccess = () => recoveredHandler();
  // Asking Keycloak goes through a redirect that returns to the bare page: remember where the user was
  rememberRoute();
  const authenticated = await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: appUrl(),
    adapter: viaGateway(),
  });
  if (authenticated) restoreRoute();
  return authenticated;
}

/** Whether Keycloak answers, as the gateway sees it: 503 with a problem's detail when it does not. */
async function loginStatus() {
  let response;
  try {
    response = await fetch('/login/status', { headers: { Accept: 'application/json, application/problem+json' }, cache: 'no-store' });
  } catch (e) {
    return { available: false, message: UNAVAILABLE };
  }
  if (response.status !== 503) return { available: true };
  const problem = await response.json().catch(() => ({}));
  return { available: false, message: problem.detail || UNAVAILABLE };
}

/**
 * keycloak-js's browser adapter, except that logging in goes through the gateway's /login, which passes the
 * browser on to Keycloak's page or, when Keycloak is down, answers with a page that says so.
 */
function viaGateway() {
  const never = () => new Promise(() => {});
  return {
    login(options) {
      window.location.assign(`/login?to=${encodeURIComponent(keycloak.createLoginUrl(options))}`);
      return never();
    },
    logout(options) {
      window.location.replace(keycloak.createLogoutUrl(options));
      return never();
    },
    register(options) {
      window.location.assign(keycloak.createRegisterUrl(options));
      return never();
    },
    accountManagement() {
      window.location.assign(keycloak.createAccountUrl());
      return never();
    },
    redirectUri(options) {
      return (options && options.redirectUri) || keycloak.redirectUri || window.location.href;
    },
  };
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

/** Called with a message when a token could not be refreshed because Keycloak does not answer, and when it does again. */
export function onLoginUnavailable(unavailable, recovered) {
  unavailableHandler = unavailable;
  recoveredHandler = recovered;
}

/**
 * A token valid for at least 30 more seconds; refreshed first when needed. When Keycloak does not answer, the
 * token held is used while it is valid; rejects when it is not, or when the session is over.
 */
export async function freshToken() {
  try {
    await keycloak.updateToken(30);
  } catch (e) {
    // keycloak-js drops the tokens only when Keycloak refuses the refresh (the session is over); when
    // Keycloak does not answer (or answers 5xx) it keeps them
    if (!keycloak.token) {
      expiredHandler();
      throw new SessionExpired();
    }
    const status = await loginStatus();
    const message = status.available ? UNAVAILABLE : status.message;
    unavailableHandler(message);
    if (!keycloak.isTokenExpired(5)) return keycloak.token;
    throw new LoginUnavailable(message);
  }
  return keycloak.token;
}

export class SessionExpired extends Error {
  constructor() {
    super('Your session has ended. Log in again to continue.');
    this.name = 'SessionExpired';
  }
}

/** Keycloak does not answer: no one can log in or refresh a token until it is back. */
export class LoginUnavailable extends Error {
  constructor(message) {
    super(message || UNAVAILABLE);
    this.name = 'LoginUnavailable';
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
