// The plan builder: review a generated plan and its reasons, swap, add or remove exercises, change doses,
// add or remove sessions, then save and activate. Broken safety rules come back as violations with their
// fixes; the therapist may save anyway by giving a reason, which is recorded on the affected exercises.
import { call, get, ApiError } from '../api.js';
import { h, add, replace, field, select, pageTitle, humanize, formatDate, notice } from '../dom.js';
import { sessionsInOrder, sessionLabel, setupLine, BLOCK_TITLES, BLOCK_ORDER } from '../plan-view.js';
import { exerciseSearch, exerciseFacts } from '../exercise-search.js';
import { badge, busy, problemView, errorView } from '../ui.js';

const DOSE_PARTS = {
  reps: [['sets', 'Sets'], ['reps', 'Reps'], ['loadKg', 'Load (kg)']],
  hold: [['sets', 'Sets'], ['holdSeconds', 'Hold (s)'], ['repetitions', 'Repetitions']],
  timed: [['minutes', 'Minutes']],
  duration: [['sets', 'Sets'], ['seconds', 'Seconds']],
};
const CATEGORY_FOR_BLOCK = { 'warm-up': 'warm-up', 'cool-down': 'stretch', strengthening: '', 'posture-break': 'posture-break' };

/** A catalogue dose turned into a plan dose of the matching kind. */
function planDose(dose) {
  if (dose.holdSeconds) return { kind: 'hold', sets: dose.sets ?? null, holdSeconds: dose.holdSeconds, repetitions: dose.repetitions ?? 2 };
  if (dose.minutes) return { kind: 'timed', minutes: dose.minutes };
  if (dose.seconds) return { kind: 'duration', sets: dose.sets ?? 1, seconds: dose.seconds };
  return { kind: 'reps', sets: dose.sets ?? 1, reps: dose.reps ?? 10, loadKg: null };
}

export async function render(container, params) {
  let plan = await get(`/plans/${encodeURIComponent(params.id)}`);
  const client = await get(`/clients/${plan.clientId}`);
  // The therapist's working copy; sent whole on save
  let draft = structuredClone(plan);
  let dirty = false;
  const outcome = h('div', { id: 'plan-outcome', 'aria-live': 'polite' });
  const body = h('div', {});
  const scope = select({ id: 'change-scope' }, [['one', 'This session only'], ['all', 'Every session with the same exercise']], 'all');
  const dialog = h('dialog', { id: 'exercise-dialog', 'aria-labelledby': 'dialog-title' });
  const saveButton = h('button', { type: 'button', class: 'primary', id: 'save-plan' }, 'Save changes');
  const activateButton = h('button', { type: 'button', class: 'primary', id: 'activate-plan' }, 'Activate plan');

  const changed = () => {
    dirty = true;
    saveButton.disabled = false;
    draw();
  };

  function header() {
    return h('div', {},
      h('p', {}, h('a', { href: `#/clients/${client.id}` }, `Back to ${client.displayName}`)),
      h('p', {}, badge(humanize(draft.status), draft.status === 'active' ? 'success' : 'brand'),
        ` ${draft.weeks} weeks · ${draft.sessionsPerWeek} sessions a week · created ${formatDate(draft.createdAt)}`,
        dirty ? h('span', { class: 'badge badge-warning', id: 'unsaved' }, 'Unsaved changes') : null),
      draft.explanations && draft.explanations.length ? h('details', { class: 'card', open: true },
        h('summary', {}, 'Why the plan looks like this'),
        h('ul', {}, draft.explanations.map((e) => h('li', {}, e.text)))) : null);
  }

  function doseInputs(exercise) {
    const parts = DOSE_PARTS[exercise.dose.kind] || DOSE_PARTS.reps;
    return h('div', { class: 'inline-fields' }, parts.map(([part, label]) => {
      const input = h('input', { type: 'number', min: part === 'loadKg' ? 0 : 1, step: part === 'loadKg' || part === 'minutes' ? 0.5 : 1,
        value: exercise.dose[part] ?? '', 'aria-label': `${label} for ${exercise.name}` });
      input.addEventListener('change', () => {
        const value = input.value === '' ? null : Number(input.value);
        forEachTarget(exercise, (target) => { target.dose = { ...target.dose, [part]: value }; });
        changed();
      });
      return field(label, input);
    }));
  }

  /** Applies a change to this row, or to every row of the same exercise and block when the scope says so. */
  function forEachTarget(exercise, apply) {
    if (scope.value === 'one' || exercise.block === 'posture-break') {
      apply(exercise);
      return;
    }
    for (const session of draft.sessions) {
      for (const row of session.exercises) {
        if (row.exerciseId === exercise.exerciseId && row.block === exercise.block) apply(row);
      }
    }
  }

  function exerciseRow(session, exercise) {
    const paused = exercise.status === 'paused';
    return h('li', { class: `exercise-row${paused ? ' paused' : ''}`, dataset: { exerciseId: exercise.exerciseId, slug: exercise.slug || '' } },
      h('div', { class: 'exercise-head' },
        h('span', { class: 'exercise-name' }, exercise.name),
        h('span', {}, paused ? badge('Paused', 'danger') : null, exercise.override ? badge('Override', 'warning') : null)),
      setupLine(exercise.setup),
      exercise.reasons && exercise.reasons.length
        ? h('ul', { class: 'reasons', 'aria-label': `Why ${exercise.name}` }, exercise.reasons.map((r) => h('li', {}, r.text))) : null,
      exercise.override ? h('p', { class: 'muted' }, `Override: ${exercise.override.reason}`) : null,
      doseInputs(exercise),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'small swap', 'aria-label': `Swap ${exercise.name}`,
          onclick: () => openSearch(`Swap ${exercise.name}`, exercise.block, (chosen) => {
            forEachTarget(exercise, (target) => Object.assign(target, {
              // The service picks the client's setup for the new exercise on save
              id: null, exerciseId: chosen.id, slug: chosen.slug, name: chosen.name, dose: planDose(chosen.dose || {}), setup: null,
              reasons: [{ rule: 'THERAPIST', text: `Chosen by the therapist in place of ${exercise.name}` }], override: null, status: 'active',
            }));
            changed();
          }) }, 'Swap'),
        h('button', { type: 'button', class: 'small danger', 'aria-label': `Remove ${exercise.name}`, onclick: () => {
          if (session) session.exercises = session.exercises.filter((e) => e !== exercise);
          else draft.postureBreaks = draft.postureBreaks.filter((e) => e !== exercise);
          changed();
        } }, 'Remove')));
  }

  function sessionCard(session) {
    const blocks = BLOCK_ORDER.map((block) => [block, session.exercises.filter((e) => e.block === block)]);
    return h('section', { class: 'card session-card', dataset: { week: session.week, order: session.order } },
      h('div', { class: 'exercise-head' }, h('h3', {}, sessionLabel(session)),
        h('button', { type: 'button', class: 'small danger', 'aria-label': `Remove ${sessionLabel(session)}`, onclick: () => {
          draft.sessions = draft.sessions.filter((s) => s !== session);
          changed();
        } }, 'Remove session')),
      blocks.map(([block, list]) => h('div', {},
        h('p', { class: 'block-title' }, BLOCK_TITLES[block]),
        h('ul', { class: 'exercise-list' }, list.map((e) => exerciseRow(session, e))),
        h('button', { type: 'button', class: 'small', 'aria-label': `Add to ${BLOCK_TITLES[block]} of ${sessionLabel(session)}`,
          onclick: () => openSearch(`Add to ${BLOCK_TITLES[block].toLowerCase()}`, block, (chosen) => {
            session.exercises.push({ id: null, exerciseId: chosen.id, slug: chosen.slug, name: chosen.name, block,
              dose: planDose(chosen.dose || {}), reasons: [{ rule: 'THERAPIST', text: 'Added by the therapist' }], status: 'active' });
            changed();
          }) }, '+ Add exercise'))));
  }

  function addSession() {
    const ordered = sessionsInOrder(draft);
    const last = ordered[ordered.length - 1];
    const perWeek = draft.sessionsPerWeek || 1;
    const week = last ? (last.order >= perWeek ? last.week + 1 : last.week) : 1;
    const order = last && last.week === week ? last.order + 1 : 1;
    draft.sessions.push({ id: null, week, order, exercises: (last ? last.exercises : []).map((e) => ({ ...structuredClone(e), id: null, override: null, status: 'active' })) });
    changed();
  }

  function draw() {
    replace(body,
      header(),
      h('div', { class: 'actions' }, field('Dose and swap changes apply to', scope)),
      sessionsInOrder(draft).map((session) => sessionCard(session)),
      h('div', { class: 'actions' }, h('button', { type: 'button', id: 'add-session', onclick: addSession }, '+ Add a session (copy of the last)')),
      draft.postureBreaks && draft.postureBreaks.length ? h('section', { class: 'card' }, h('h3', {}, 'Posture breaks during the working day'),
        h('ul', { class: 'exercise-list' }, draft.postureBreaks.map((e) => exerciseRow(null, e)))) : null);
  }

  async function openSearch(title, block, onChoose) {
    replace(dialog, h('h2', { id: 'dialog-title' }, title), h('p', { class: 'loading' }, 'Loading the catalogue...'));
    dialog.showModal();
    try {
      const search = await exerciseSearch({
        idPrefix: 'swap', initial: { category: CATEGORY_FOR_BLOCK[block], equipment: client.equipment || [] },
        renderResults: (answer) => h('ul', { class: 'search-results' }, answer.items.map((e) => h('li', {},
          h('span', {}, h('strong', {}, e.name), h('br'), h('small', { class: 'muted' }, exerciseFacts(e))),
          h('button', { type: 'button', class: 'small primary', 'aria-label': `Use ${e.name}`, dataset: { slug: e.slug },
            onclick: () => { dialog.close(); onChoose(e); } }, 'Use')))),
      });
      replace(dialog, h('div', { class: 'exercise-head' }, h('h2', { id: 'dialog-title' }, title),
        h('button', { type: 'button', class: 'small', onclick: () => dialog.close() }, 'Close')), search);
    } catch (e) {
      replace(dialog, errorView(e), h('button', { type: 'button', onclick: () => dialog.close() }, 'Close'));
    }
  }

  function editBody(overrideReason) {
    const rows = (list) => list.map((e) => ({ id: e.id || null, exerciseId: e.exerciseId, block: e.block, dose: e.dose }));
    return {
      version: plan.version,
      sessions: sessionsInOrder(draft).map((s) => ({ id: s.id || null, week: s.week, order: s.order, exercises: rows(s.exercises) })),
      postureBreaks: rows(draft.postureBreaks || []),
      override: overrideReason ? { reason: overrideReason } : null,
    };
  }

  async function save(overrideReason) {
    try {
      const answer = await call('PUT', `/plans/${plan.id}`, editBody(overrideReason));
      plan = answer.body;
      draft = structuredClone(plan);
      dirty = false;
      draw();
      replace(outcome, notice('success', 'Plan saved.'), warnings(plan));
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        replace(outcome, problemView(e), overrideForm());
      } else if (e instanceof ApiError && e.status === 409) {
        replace(outcome, notice('error', 'Someone else changed this plan meanwhile. Reload the page to see their version, then make your change again.'),
          h('button', { type: 'button', onclick: () => window.location.reload() }, 'Reload'));
      } else {
        replace(outcome, errorView(e));
      }
      return false;
    }
  }

  function warnings(saved) {
    if (!saved.warnings || !saved.warnings.length) return null;
    return notice('warning', h('p', {}, 'Saved, with advice to consider:'),
      h('ul', {}, saved.warnings.map((w) => h('li', {}, w.detail, w.fix ? ` Fix: ${w.fix}` : ''))));
  }

  function overrideForm() {
    const reason = h('textarea', { id: 'override-reason', rows: 2 });
    const button = h('button', { type: 'submit', class: 'danger', id: 'override-save' }, 'Save anyway');
    const form = h('form', { class: 'card' }, h('p', {}, 'Fix the plan as suggested, or save it anyway with your clinical reason (recorded on each affected exercise):'),
      field('Reason for the override', reason), button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!reason.value.trim()) {
        reason.focus();
        return;
      }
      busy(button, () => save(reason.value.trim()));
    });
    return form;
  }

  saveButton.disabled = true;
  saveButton.addEventListener('click', () => busy(saveButton, () => save()));
  activateButton.addEventListener('click', () => busy(activateButton, async () => {
    if (dirty && !(await save())) return;
    try {
      plan = await call('POST', `/plans/${plan.id}/activate`).then((a) => a.body);
      window.location.hash = `#/clients/${client.id}`;
    } catch (e) {
      replace(outcome, e instanceof ApiError && e.status === 422 ? problemView(e) : errorView(e));
    }
  }));
  const guard = (event) => {
    if (dirty) event.preventDefault();
  };
  window.addEventListener('beforeunload', guard);
  window.addEventListener('hashchange', () => window.removeEventListener('beforeunload', guard), { once: true });
  draw();
  add(container,
    pageTitle(`${draft.status === 'draft' ? 'Draft plan' : 'Plan'} for ${client.displayName}`,
      h('div', { class: 'actions' }, saveButton, draft.status === 'draft' ? activateButton : null)),
    outcome, body, dialog);
}
