// The client's session for today: the next planned session not logged yet, exercise by exercise, with
// instructions, cues, a timer for holds and timed work, inputs per set, effort and pain; then one submit.
import { call, get, getOrNull } from '../api.js';
import { h, add, replace, field, select, pageTitle, formatDose, notice } from '../dom.js';
import { nextSession, byBlock, sessionLabel, setupLine, BLOCK_TITLES } from '../plan-view.js';
import { countdown } from '../timer.js';
import { busy } from '../ui.js';

export async function render(container) {
  const plan = await getOrNull('/me/plan');
  if (!plan) {
    add(container, pageTitle('Today'), notice('info', 'You have no active program yet. Your therapist will set one up for you.'));
    return;
  }
  const logged = await get('/me/sessions?size=100');
  const session = nextSession(plan, logged);
  if (!session) {
    add(container, pageTitle('Today'), notice('success', 'You have done every session of your program. Well done! Your therapist will set the next steps.'),
      h('p', {}, h('a', { href: '#/history' }, 'See your history')));
    return;
  }
  const catalogue = new Map(await Promise.all([...new Set(session.exercises.map((e) => e.exerciseId))]
    .map(async (id) => [id, await getOrNull(`/exercises/${id}`)])));
  add(container, pageTitle('Today', h('span', { class: 'muted' }, sessionLabel(session))),
    sessionForm(plan, session, catalogue));
}

function sessionForm(plan, session, catalogue) {
  const active = session.exercises.filter((e) => e.status !== 'paused');
  const paused = session.exercises.filter((e) => e.status === 'paused');
  const outcome = h('div', { id: 'session-outcome', 'aria-live': 'polite' });
  // One key for this session on this page: a retry after a lost answer is recognised, never logged twice
  const idempotencyKey = newKey();
  const steps = [];
  const form = h('form', { id: 'session-form', novalidate: true },
    h('p', { class: 'lead' }, `${active.length} exercises, in this order. Take your time and stop if anything hurts sharply.`),
    byBlock(active).map(([block, list]) => h('section', {},
      h('h2', {}, BLOCK_TITLES[block]),
      list.map((exercise) => {
        const step = exerciseStep(exercise, catalogue.get(exercise.exerciseId), steps.length + 1);
        steps.push(step);
        return step.element;
      }))),
    paused.length ? h('section', {}, h('h2', {}, 'Paused for now'),
      notice('info', 'Your therapist paused these; skip them until they tell you otherwise: ',
        paused.map((e) => e.name).join(', '))) : null,
    field('Notes for your therapist (optional)', h('textarea', { id: 'session-notes', rows: 2 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary big', id: 'submit-session' }, 'Log this session')),
    outcome);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const invalid = steps.flatMap((step) => step.problems());
    if (invalid.length) {
      replace(outcome, notice('error', h('p', {}, 'Please check these entries:'), h('ul', {}, invalid.map((p) => h('li', {}, p)))));
      return;
    }
    const request = {
      plannedSessionId: session.id,
      performedAt: new Date().toISOString(),
      notes: form.querySelector('#session-notes').value.trim() || null,
      exercises: steps.filter((step) => step.done()).map((step) => step.entry()),
    };
    if (!request.exercises.length) {
      replace(outcome, notice('error', 'Tick at least one exercise as done before logging the session.'));
      return;
    }
    busy(form.querySelector('#submit-session'), async () => {
      const answer = await call('POST', '/sessions', request, { headers: { 'Idempotency-Key': idempotencyKey } });
      showSaved(form, answer.body, session);
    }, outcome);
  });
  return form;
}

function showSaved(form, saved, session) {
  const names = new Map(session.exercises.map((e) => [e.exerciseId, e.name]));
  const safety = saved.safety || [];
  const view = h('div', { id: 'session-saved' },
    safety.length ? h('div', { class: 'notice notice-error safety', role: 'alert', id: 'safety-message' },
      h('h2', {}, 'Please stop and take care'),
      safety.map((s) => h('p', {}, h('strong', {}, `${names.get(s.exerciseId) || 'Exercise'}: `), s.message))) : null,
    notice('success', h('p', {}, saved.partial ? 'Session logged (partly done). Thank you!' : 'Session logged. Well done!')),
    h('div', { class: 'actions' }, h('a', { class: 'button', href: '#/history' }, 'See your history'),
      h('button', { type: 'button', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, 'Next session')));
  form.replaceWith(view);
  view.querySelector('h2, p').scrollIntoView({ block: 'start' });
  (view.querySelector('#safety-message') || view).focus?.();
}

function newKey() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** How many set rows an exercise gets, and what each row asks for. */
function setShape(dose) {
  if (dose.holdSeconds) return { rows: dose.repetitions || dose.sets || 1, kind: 'hold', target: dose.holdSeconds };
  if (dose.minutes) return { rows: 1, kind: 'duration', target: Math.round(dose.minutes * 60) };
  if (dose.seconds) return { rows: dose.sets || 1, kind: 'duration', target: dose.seconds };
  return { rows: dose.sets || 1, kind: 'reps', target: dose.reps || null };
}

function exerciseStep(exercise, details, number) {
  const dose = exercise.dose || {};
  const shape = setShape(dose);
  const id = `ex${number}`;
  const done = h('input', { type: 'checkbox', id: `${id}-done`, checked: true });
  const sets = [];
  for (let i = 1; i <= shape.rows; i++) {
    const value = h('input', { type: 'number', id: `${id}-set${i}`, min: 0, inputmode: 'numeric', value: shape.target ?? '' });
    const load = shape.kind === 'reps' && dose.loadKg
      ? h('input', { type: 'number', id: `${id}-set${i}-load`, min: 0, step: 0.5, inputmode: 'decimal', value: dose.loadKg }) : null;
    const unit = { reps: 'reps', hold: 'hold (s)', duration: 'seconds' }[shape.kind];
    sets.push({ value, load });
    const setLabel = shape.kind === 'hold' ? `Hold ${i}` : `Set ${i}`;
    sets[i - 1].element = h('div', { class: 'set-row' }, field(`${setLabel}: ${unit}`, value), load ? field(`${setLabel}: kg`, load) : null);
  }
  const rpe = select({ id: `${id}-rpe` }, [['', 'Not rated'], ...Array.from({ length: 10 }, (_, i) => [i + 1, `${i + 1}${i + 1 === 1 ? ' - very easy' : i + 1 === 10 ? ' - maximal' : ''}`])], '');
  const painScore = select({ id: `${id}-pain` }, Array.from({ length: 11 }, (_, i) => [i, `${i}${i === 0 ? ' - none' : i === 10 ? ' - worst' : ''}`]), 0);
  const painKind = select({ id: `${id}-pain-kind` }, [['', 'No pain'], ['mild-tension', 'Mild tension, easing'], ['sharp', 'Sharp'], ['worsening', 'Getting worse']], '');
  const painWhere = h('input', { id: `${id}-pain-where`, autocomplete: 'off', placeholder: 'e.g. right shoulder' });
  const timerSeconds = shape.kind === 'reps' ? null : shape.target;
  const list = (title, items, ordered) => (items && items.length
    ? h('div', {}, h('h4', {}, title), h(ordered ? 'ol' : 'ul', {}, items.map((item) => h('li', {}, item)))) : null);

  const element = h('article', { class: 'card step', id, dataset: { exerciseId: exercise.exerciseId, block: exercise.block }, 'aria-labelledby': `${id}-title` },
    h('div', { class: 'exercise-head' },
      h('h3', { id: `${id}-title` }, `${number}. ${exercise.name}`),
      h('span', { class: 'dose' }, formatDose(dose))),
    setupLine(exercise.setup),
    details ? h('details', { open: number === 1 },
      h('summary', {}, 'How to do it'),
      list('Steps', details.instructions, true), list('Cues', details.cues), list('Take care', details.cautions)) : null,
    timerSeconds ? countdown(timerSeconds, { label: `${exercise.name} timer` }) : null,
    h('label', { class: 'check', for: done.id }, done, ' I did this exercise'),
    h('div', { class: 'sets' }, sets.map((s) => s.element)),
    h('div', { class: 'inline-fields' },
      field('Effort (RPE 1-10)', rpe, 'How hard it felt'),
      field('Pain (0-10)', painScore),
      field('Kind of pain', painKind),
      field('Where', painWhere)));

  done.addEventListener('change', () => element.classList.toggle('skipped', !done.checked));

  const number_ = (input) => (input.value === '' ? null : Number(input.value));
  return {
    element,
    done: () => done.checked,
    problems: () => {
      if (!done.checked) return [];
      const bad = [];
      if (sets.some((s) => number_(s.value) === null || number_(s.value) < 0)) bad.push(`${exercise.name}: fill in every set (0 if you skipped one).`);
      if (Number(painScore.value) > 0 && !painKind.value) bad.push(`${exercise.name}: say what kind of pain it was.`);
      return bad;
    },
    entry: () => {
      const pain = painKind.value || Number(painScore.value) > 0
        ? { score: Number(painScore.value), kind: painKind.value || null, location: painWhere.value.trim() || null } : null;
      return {
        exerciseId: exercise.exerciseId,
        rpe: rpe.value ? Number(rpe.value) : null,
        pain,
        sets: sets.map((s) => {
          const v = number_(s.value);
          if (shape.kind === 'hold') return { holdSeconds: v };
          if (shape.kind === 'duration') return { durationSeconds: v };
          return { reps: v, loadKg: s.load ? number_(s.load) : null };
        }),
      };
    },
  };
}


