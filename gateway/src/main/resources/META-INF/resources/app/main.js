// The shell: login state, navigation for the user's role, and the hash router that renders pages.
import { startAuth, login, logout, currentUser, onSessionExpired, onLoginUnavailable, LoginUnavailable } from './auth.js';
import { errorView } from './ui.js';
import { h, replace, notice } from './dom.js';
import { routes, allowed, match, home } from './routes.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const who = document.getElementById('who');
const banner = document.getElementById('banner');
const menuToggle = document.getElementById('menu-toggle');
let user = null;
let renderCount = 0;

const ROLE_NAMES = { therapist: 'Therapist', 'clinic-admin': 'Clinic admin', client: 'Client', 'platform-admin': 'Platform admin' };

async function boot() {
  let authenticated;
  try {
    authenticated = await startAuth();
  } catch (e) {
    if (e instanceof LoginUnavailable) {
      showWelcome(e.message);
      return;
    }
    replace(main, notice('error', 'The login service could not be reached. Try again in a moment. ',
      h('button', { type: 'button', onclick: () => window.location.reload() }, 'Retry')));
    return;
  }
  if (!authenticated) {
    showWelcome();
    return;
  }
  user = currentUser();
  onSessionExpired(showSessionExpired);
  onLoginUnavailable(showLoginUnavailable, hideLoginUnavailable);
  buildChrome();
  window.addEventListener('hashchange', render);
  render();
}

/** The start page for someone not logged in; with a message instead of the button while sign-in is unavailable. */
function showWelcome(unavailable) {
  document.title = 'Upright - log in';
  replace(main, h('section', { class: 'welcome' },
    h('h1', {}, 'Upright'),
    h('p', { class: 'lead' }, 'Upper-back programs from your physiotherapist: today\'s session, your progress, and a safe way to tell them how it went.'),
    unavailable
      ? notice('warning', h('p', { id: 'login-unavailable' }, unavailable),
        h('button', { type: 'button', id: 'login-retry', onclick: () => window.location.reload() }, 'Try again'))
      : h('button', { type: 'button', class: 'primary big', id: 'login', onclick: () => login() }, 'Log in'),
    h('p', { class: 'muted' }, 'You log in on your clinic\'s secure login page and come straight back here.')));
}

function buildChrome() {
  const links = routes.filter((route) => route.nav && allowed(route, user))
    .map((route) => h('a', { href: `#${route.path}`, dataset: { path: route.path } }, route.nav));
  replace(nav, links);
  const roles = user.roles.map((role) => ROLE_NAMES[role] || role).join(', ');
  replace(who,
    h('span', { class: 'who-name' }, user.name),
    h('span', { class: 'who-role' }, [roles, user.clinic].filter(Boolean).join(' · ')),
    h('button', { type: 'button', class: 'link', id: 'logout', onclick: () => logout() }, 'Log out'));
  menuToggle.hidden = false;
  menuToggle.addEventListener('click', () => {
    const open = menuToggle.getAttribute('aria-expanded') !== 'true';
    menuToggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
}

function highlightNav(path) {
  for (const link of nav.querySelectorAll('a')) {
    const current = path === link.dataset.path || path.startsWith(`${link.dataset.path}/`);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  nav.classList.remove('open');
  menuToggle.setAttribute('aria-expanded', 'false');
}

async function render() {
  const path = window.location.hash.replace(/^#/, '') || '/';
  if (path === '/') {
    const start = home(user);
    if (start) window.location.replace(`#${start}`);
    else replace(main, notice('info', 'There is no page for your role in this app.'));
    return;
  }
  const found = match(path.split('?')[0]);
  highlightNav(path);
  const mine = ++renderCount;
  if (!found) {
    replace(main, h('h1', {}, 'Page not found'), h('p', {}, 'There is no such page. ', h('a', { href: '#/' }, 'Go to your start page')));
    return;
  }
  if (!allowed(found.route, user)) {
    replace(main, h('h1', {}, 'Not available'), h('p', {}, 'This page is not available for your role. ', h('a', { href: '#/' }, 'Go to your start page')));
    return;
  }
  replace(main, h('p', { class: 'loading' }, 'Loading...'));
  try {
    const page = await found.route.page();
    const container = h('div', { class: 'page' });
    // Render into a detached container so a slow page never overwrites the one the user moved on to
    await page.render(container, found.params, { user, path, isCurrent: () => mine === renderCount });
    if (mine !== renderCount) return;
    replace(main, container);
    main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  } catch (e) {
    if (mine !== renderCount) return;
    replace(main, errorView(e));
  }
}

function showSessionExpired() {
  banner.hidden = false;
  delete banner.dataset.reason;
  replace(banner, h('span', {}, 'Your session has ended. Log in again to continue where you were. '),
    h('button', { type: 'button', class: 'primary', onclick: () => login() }, 'Log in again'));
}

/** Keycloak does not answer a token refresh: the user keeps working while their token lasts, and is told why it may stop. */
function showLoginUnavailable(message) {
  banner.hidden = false;
  banner.dataset.reason = 'login-unavailable';
  replace(banner, h('span', {}, `${message} What you have open keeps working until your current sign-in runs out.`));
}

function hideLoginUnavailable() {
  if (banner.dataset.reason !== 'login-unavailable') return;
  delete banner.dataset.reason;
  banner.hidden = true;
  replace(banner);
}

boot();
