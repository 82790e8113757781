// The client's own history: sessions per week and pain over time as charts, then each session.
import { get, getOrNull } from '../api.js';
import { h, add, pageTitle, formatDateTime, formatDate, notice } from '../dom.js';
import { barChart, lineChart } from '../charts.js';
import { table, badge } from '../ui.js';

function mondayOf(date) {
  const d = new Date(date);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d;
}

export async function render(container) {
  const [sessions, plan] = await Promise.all([get('/me/sessions?size=100'), getOrNull('/me/plan')]);
  const names = new Map();
  for (const session of plan ? plan.sessions : []) for (const e of session.exercises) names.set(e.exerciseId, e.name);
  add(container, pageTitle('Your history'));
  if (!sessions.length) {
    add(container, notice('info', 'No sessions logged yet. ', h('a', { href: '#/today' }, 'Start today\'s session')));
    return;
  }
  const oldestFirst = [...sessions].reverse();
  // The last 8 weeks, empty ones included, so gaps show
  const weeks = [];
  const thisWeek = mondayOf(new Date());
  for (let i = 7; i >= 0; i--) {
    const start = new Date(thisWeek);
    start.setDate(start.getDate() - 7 * i);
    weeks.push(start);
  }
  const perWeek = weeks.map((start) => sessions.filter((s) => mondayOf(s.performedAt).getTime() === start.getTime()).length);
  const maxPain = (s) => Math.max(0, ...s.exercises.map((e) => e.painScore || 0));
  add(container, h('div', { class: 'grid grid-2' },
    h('section', { class: 'card' }, h('h2', {}, 'Sessions per week'),
      barChart({ labels: weeks.map((w) => formatDate(w)), values: perWeek, label: 'Sessions', whole: true,
        description: `Sessions per week over the last 8 weeks: ${perWeek.join(', ')}` })),
    h('section', { class: 'card' }, h('h2', {}, 'Pain after each session'),
      lineChart({ labels: oldestFirst.map((s) => formatDate(s.performedAt)),
        series: [{ label: 'Highest pain (0-10)', values: oldestFirst.map(maxPain), danger: true }],
        description: `Highest pain per session, oldest first: ${oldestFirst.map(maxPain).join(', ')}`, yMax: 10 }))),
  h('h2', {}, 'Sessions'),
  table([
    { title: 'When', cell: (s) => formatDateTime(s.performedAt) },
    { title: 'Done', cell: (s) => (s.partial ? badge('Partly', 'warning') : badge('Complete', 'success')) },
    { title: 'Exercises', cell: (s) => s.exercises.map((e) => names.get(e.exerciseId) || 'Exercise').join(', ') },
    { title: 'Highest pain', cell: (s) => String(maxPain(s)) },
  ], sessions));
}
