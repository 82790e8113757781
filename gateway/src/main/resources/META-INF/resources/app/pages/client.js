// A client as their therapist sees them: profile, plans (the active one with each exercise's reasons),
// adherence over weeks and pain trend as charts, and the sessions they logged.
import { get, getOrNull, post, put, query, ApiError } from '../api.js';
import { h, add, replace, field, pageTitle, humanize, formatDate, formatDateTime, percent, notice } from '../dom.js';
import { planView } from '../plan-view.js';
import { barChart, lineChart } from '../charts.js';
import { table, badge, busy, problemView, downloadButton } from '../ui.js';

export async function render(container, params) {
  const id = encodeURIComponent(params.id);
  const client = await get(`/clients/${id}`);
  const [plans, adherence, sessions] = await Promise.all([
    get(`/clients/${id}/plans`).catch(() => []),
    getOrNull(`/clients/${id}/adherence`).catch(() => null),
    get(`/clients/${id}/sessions?size=50`).catch(() => []),
  ]);
  const active = plans.find((p) => p.status === 'active');
  const drafts = plans.filter((p) => p.status === 'draft');
  const names = new Map();
  for (const plan of plans) for (const s of plan.sessions) for (const e of s.exercises) names.set(e.exerciseId, e.name);
  const outcome = h('div', { 'aria-live': 'polite' });

  const generate = h('button', { type: 'button', class: 'primary', id: 'generate-plan' }, active ? 'Generate a new plan' : 'Generate a plan');
  generate.addEventListener('click', () => busy(generate, async () => {
    try {
      const plan = await post(`/clients/${id}/plans`, {});
      window.location.hash = `#/plans/${plan.id}`;
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        replace(outcome, h('div', {}, h('p', {}, 'No safe plan can be made from this profile yet:'), problemView(e),
          h('p', {}, h('a', { href: `#/clients/${client.id}/edit` }, 'Edit the profile'))));
      } else throw e;
    }
  }, outcome));

  add(container,
    pageTitle(client.displayName, h('a', { class: 'button', href: `#/clients/${client.id}/edit` }, 'Edit profile')),
    h('div', { class: 'grid grid-2' }, profileCard(client), accountCard(client)),
    h('h2', {}, 'Plan'),
    h('div', { class: 'actions' }, generate,
      drafts.map((d) => h('a', { class: 'button', href: `#/plans/${d.id}` }, `Continue draft of ${formatDate(d.createdAt)}`))),
    outcome,
    active ? h('div', { id: 'active-plan' },
      h('p', {}, badge('Active', 'success'), ` since ${formatDate(active.activatedAt)} · ${active.weeks} weeks, ${active.sessionsPerWeek} sessions a week · `,
        h('a', { href: `#/plans/${active.id}` }, 'Edit the active plan'), ' ',
        downloadButton('Program PDF', `/plans/${active.id}/program.pdf`, 'program.pdf')),
      explanations(active),
      planView(active)) : notice('info', 'No active plan yet.'),
    h('h2', {}, 'Progress'),
    adherence ? progress(adherence, names) : h('p', { class: 'empty' }, 'No adherence figures yet: they start once a plan is active.'),
    h('h2', {}, 'Sessions'),
    h('div', { class: 'actions' },
      downloadButton('Sessions CSV (last 90 days)', `/exports/sessions.csv${lastDays(client.id)}`, 'sessions.csv'),
      downloadButton('Weekly adherence CSV (last 90 days)', `/exports/adherence.csv${lastDays(client.id)}`, 'adherence.csv')),
    table([
      { title: 'When', cell: (s) => formatDateTime(s.performedAt) },
      { title: 'Done', cell: (s) => (s.partial ? badge('Partly', 'warning') : badge('Complete', 'success')) },
      { title: 'Exercises', cell: (s) => s.exercises.map((e) => `${names.get(e.exerciseId) || 'Exercise'}${e.rpe ? ` (RPE ${e.rpe})` : ''}`).join(', ') },
      { title: 'Pain', cell: (s) => painSummary(s, names) },
    ], sessions, { empty: 'No sessions logged yet.' }),
    plans.length > 1 ? h('div', {}, h('h2', {}, 'Plan history'), table([
      { title: 'Created', cell: (p) => h('a', { href: `#/plans/${p.id}` }, formatDate(p.createdAt)) },
      { title: 'Status', cell: (p) => humanize(p.status) },
      { title: 'Weeks', cell: (p) => String(p.weeks) },
    ], plans)) : null);
}

function explanations(plan) {
  if (!plan.explanations || !plan.explanations.length) return null;
  return h('details', { class: 'card' }, h('summary', {}, 'Why the plan looks like this'),
    h('ul', {}, plan.explanations.map((e) => h('li', {}, e.text))));
}

function painSummary(session, names) {
  const painful = session.exercises.filter((e) => e.painScore > 0 || e.painKind);
  if (!painful.length) return 'none';
  return painful.map((e) => {
    const serious = e.painKind === 'sharp' || e.painKind === 'worsening';
    return h('span', {}, serious ? badge(humanize(e.painKind), 'danger') : null, ` ${names.get(e.exerciseId) || 'Exercise'}: ${e.painScore}/10${e.painLocation ? `, ${e.painLocation}` : ''} `);
  });
}

function profileCard(c) {
  const row = (label, value) => (value === null || value === undefined || value === '' ? null : h('div', {}, h('dt', {}, label), h('dd', {}, value)));
  return h('section', { class: 'card' }, h('h2', {}, 'Profile'), h('dl', { class: 'facts' },
    row('Experience', humanize(c.experienceLevel)),
    row('Goals', (c.goals || []).map(humanize).join(', ')),
    row('Equipment', (c.equipment || []).map(humanize).join(', ') || 'Household items only'),
    row('Cannot use', (c.unavailableItems || []).map(humanize).join(', ')),
    row('Sessions a week', c.sessionsPerWeek ?? 'Usual for their level'),
    row('Desk worker', c.deskWorker ? 'Yes' : 'No'),
    row('Pain areas', (c.painAreas || []).map(humanize).join(', ') || 'None'),
    row('Contraindications', (c.contraindications || []).join(', ') || 'None'),
    row('Therapist', c.therapistName),
    row('Email', c.email), row('Phone', c.phone), row('Notes', c.notes)));
}

/** The client's own login, so they can see their program and log sessions. */
function accountCard(c) {
  const outcome = h('div', { 'aria-live': 'polite' });
  const username = h('input', { id: 'account-username', autocomplete: 'off', value: c.username || '' });
  const button = h('button', { type: 'submit', class: 'small' }, c.username ? 'Change login' : 'Link login');
  const form = h('form', { class: 'inline-fields' }, field('Username of their login', username), button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(button, async () => {
      const saved = await put(`/clients/${c.id}/account`, { username: username.value.trim() });
      replace(outcome, notice('success', `Linked to ${saved.username}.`, saved.temporaryPassword ? ` Temporary password: ${saved.temporaryPassword}` : ''));
    }, outcome);
  });
  return h('section', { class: 'card' }, h('h2', {}, 'Login'),
    c.username ? h('p', {}, 'Logs in as ', h('strong', {}, c.username), '.') : h('p', {}, 'Not linked to a login yet: the client cannot see their program.'),
    form, outcome);
}

function progress(adherence, names) {
  const weeks = adherence.weeks || [];
  const rates = weeks.map((w) => (w.rate === null ? null : Math.round(w.rate * 100)));
  // Pain per logged time for the exercises that hurt at all, a line each
  const byExercise = new Map();
  for (const point of adherence.trends || []) {
    if (!byExercise.has(point.exerciseId)) byExercise.set(point.exerciseId, []);
    byExercise.get(point.exerciseId).push(point);
  }
  const painful = [...byExercise.entries()].filter(([, points]) => points.some((p) => p.painScore > 0));
  const shown = (painful.length ? painful : [...byExercise.entries()]).slice(0, 4);
  const dates = [...new Set(shown.flatMap(([, points]) => points.map((p) => p.performedAt.slice(0, 10))))].sort();
  const window = (label, w) => h('div', { class: 'card' }, h('span', { class: 'stat' }, w.sessionsPrescribed ? percent(Math.min(1, (w.sessionsCompleted + w.sessionsPartial / 2) / w.sessionsPrescribed)) : '-'),
    `${label}: ${w.sessionsCompleted} done, ${w.sessionsPartial} partly, of ${Math.round(w.sessionsPrescribed * 10) / 10}`);
  return h('div', {},
    h('div', { class: 'grid grid-3' }, window('Last 7 days', adherence.last7), window('Last 30 days', adherence.last30),
      h('div', { class: 'card' }, h('span', { class: 'stat' }, String(adherence.streakWeeks)), 'weeks in a row with every session done')),
    h('div', { class: 'grid grid-2' },
      h('section', { class: 'card' }, h('h3', {}, 'Adherence per week'),
        barChart({ labels: weeks.map((w) => formatDate(w.weekStart)), values: rates, label: 'Sessions done (%)', yMax: 100,
          description: `Adherence per week, oldest first: ${rates.map((r) => (r === null ? 'no plan' : `${r}%`)).join(', ')}` })),
      h('section', { class: 'card' }, h('h3', {}, 'Pain trend'),
        shown.length ? lineChart({
          labels: dates.map((d) => formatDate(d)), yMax: 10, yTitle: 'Pain (0-10)',
          series: shown.map(([exerciseId, points], i) => ({
            label: names.get(exerciseId) || `Exercise ${i + 1}`, danger: i === 0 && painful.length > 0,
            values: dates.map((d) => {
              const hit = points.filter((p) => p.performedAt.slice(0, 10) === d);
              return hit.length ? Math.max(...hit.map((p) => p.painScore)) : null;
            }),
          })),
          description: `Pain reported per exercise over the last 90 days for ${shown.length} exercises`,
        }) : h('p', { class: 'empty' }, 'No sessions logged yet.'))));
}

/** The query of an export of one client's last 90 days. */
function lastDays(clientId) {
  const day = (offset) => new Date(Date.now() - offset * 86400000).toISOString().slice(0, 10);
  return query({ from: day(89), to: day(0), clientId });
}
