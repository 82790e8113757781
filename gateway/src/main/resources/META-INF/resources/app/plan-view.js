// Reading plans: sessions in order, blocks in order, and the next session a client has not logged yet.
import { h, humanize, formatDose } from './dom.js';
import { badge } from './ui.js';

export const BLOCK_ORDER = ['warm-up', 'strengthening', 'cool-down'];
export const BLOCK_TITLES = {
  'warm-up': 'Warm-up', strengthening: 'Strengthening', 'cool-down': 'Stretches', 'posture-break': 'Posture breaks',
};

export function sessionsInOrder(plan) {
  return [...(plan.sessions || [])].sort((a, b) => a.week - b.week || a.order - b.order);
}

/** A session's exercises grouped by block, warm-up first and stretches last, keeping the plan's order inside. */
export function byBlock(exercises) {
  return BLOCK_ORDER.map((block) => [block, exercises.filter((e) => e.block === block)])
    .filter(([, list]) => list.length);
}

/** The first session of the plan (by week, then order) that has no log yet; null when all are logged. */
export function nextSession(plan, loggedSessions) {
  const done = new Set(loggedSessions.filter((s) => s.planId === plan.id || !s.planId).map((s) => s.plannedSessionId));
  return sessionsInOrder(plan).find((session) => !done.has(session.id)) || null;
}

export function sessionLabel(session) {
  return `Week ${session.week}, session ${session.order}`;
}

/** How the client does it: the setup's equipment (household items included) and its note, if any. */
export function setupLine(setup) {
  if (!setup) return null;
  const items = setup.equipment.filter((e) => e !== 'none').map(humanize).join(' and ') || 'no equipment';
  return h('p', { class: 'setup muted' }, `With ${items}${setup.note ? `: ${setup.note}` : ''}`);
}

/** An exercise of a plan as a card: name, dose, setup, status and the reasons it was chosen. */
export function planExerciseView(exercise, { showReasons = true, actions = null } = {}) {
  const paused = exercise.status === 'paused';
  return h('li', { class: `exercise-row${paused ? ' paused' : ''}`, dataset: { exerciseId: exercise.exerciseId } },
    h('div', { class: 'exercise-head' },
      h('span', { class: 'exercise-name' }, exercise.name || humanize(exercise.slug)),
      h('span', {}, formatDose(exercise.dose), ' ',
        paused ? badge('Paused', 'danger') : null,
        exercise.override ? badge('Override', 'warning') : null)),
    setupLine(exercise.setup),
    showReasons && exercise.reasons && exercise.reasons.length
      ? h('ul', { class: 'reasons', 'aria-label': 'Why this exercise' }, exercise.reasons.map((r) => h('li', {}, r.text)))
      : null,
    exercise.override ? h('p', { class: 'muted' }, `Override: ${exercise.override.reason}`) : null,
    actions);
}

/** The whole plan, session by session, for therapists and for the client's printable program. */
export function planView(plan, options = {}) {
  const sessions = sessionsInOrder(plan);
  return h('div', { class: 'plan' },
    sessions.map((session) => h('section', { class: 'card session-card' },
      h('h3', {}, sessionLabel(session)),
      byBlock(session.exercises).map(([block, list]) => h('div', {},
        h('p', { class: 'block-title' }, BLOCK_TITLES[block]),
        h('ul', { class: 'exercise-list' }, list.map((e) => planExerciseView(e, options))))))),
    plan.postureBreaks && plan.postureBreaks.length ? h('section', { class: 'card' },
      h('h3', {}, 'Posture breaks during the working day'),
      h('ul', { class: 'exercise-list' }, plan.postureBreaks.map((e) => planExerciseView(e, options)))) : null);
}
