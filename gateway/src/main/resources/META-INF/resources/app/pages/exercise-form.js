// One exercise: read-only for global (and retired) ones; the clinic's own can be created, edited and retired.
import { call } from '../api.js';
import { h, add, replace, field, select, checkboxes, checkedValues, pageTitle, humanize, formatDose, notice } from '../dom.js';
import { CATEGORIES, DIFFICULTIES, MOVEMENTS, options, namedOptions, referenceData } from '../vocab.js';
import { badge, busy } from '../ui.js';

export async function render(container, params) {
  if (!params.id) {
    add(container, pageTitle('New clinic exercise'), await editor(null, null));
    return;
  }
  const answer = await call('GET', `/exercises/${encodeURIComponent(params.id)}`);
  const exercise = answer.body;
  if (exercise.global || exercise.retired) {
    add(container, pageTitle(exercise.name, exercise.global ? badge('Global') : badge('Retired', 'warning')), details(exercise));
    return;
  }
  add(container, pageTitle(`Edit: ${exercise.name}`, badge('Our clinic', 'brand')),
    await editor(exercise, answer.headers.get('ETag')));
}

/** Everything a therapist (or client) needs to do the exercise well. */
export function details(exercise) {
  const list = (title, items, ordered) => (items && items.length
    ? h('div', {}, h('h2', {}, title), h(ordered ? 'ol' : 'ul', {}, items.map((item) => h('li', {}, item)))) : null);
  return h('div', { class: 'card' },
    h('p', {}, `${humanize(exercise.category)} · ${humanize(exercise.movement)} · ${humanize(exercise.difficulty)}`),
    h('p', {}, h('strong', {}, 'Default dose: '), formatDose(exercise.dose) || '-'),
    h('p', {}, h('strong', {}, 'Muscles: '), [...exercise.primaryMuscles, ...exercise.secondaryMuscles].map(humanize).join(', ') || '-'),
    h('p', {}, h('strong', {}, 'Equipment: '), exercise.equipment.map(humanize).join(', ')),
    list('How to do it', exercise.instructions, true), list('Cues', exercise.cues), list('Take care', exercise.cautions),
    h('p', {}, h('a', { href: '#/catalogue' }, 'Back to the catalogue')));
}

const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const numberOrNull = (input) => (input.value === '' ? null : Number(input.value));

async function editor(exercise, etag) {
  const { muscles, equipment } = await referenceData();
  const e = exercise || { primaryMuscles: [], secondaryMuscles: [], equipment: ['none'], instructions: [], cues: [], cautions: [], dose: {} };
  const dose = e.dose || {};
  const input = (name, value, attributes = {}) => h('input', { name, id: `ex-${name}`, value: value ?? '', ...attributes });
  const number = (name, value, attributes = {}) => input(name, value, { type: 'number', min: 1, inputmode: 'numeric', ...attributes });
  const area = (name, items) => h('textarea', { name, id: `ex-${name}`, rows: 3 }, (items || []).join('\n'));
  const outcome = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card', novalidate: true },
    h('div', { class: 'form-grid' },
      field('Name', input('name', e.name, { required: true, autocomplete: 'off' })),
      field('Category', select({ name: 'category', id: 'ex-category' }, options(CATEGORIES), e.category || 'strength')),
      field('Movement', select({ name: 'movement', id: 'ex-movement' }, options(MOVEMENTS), e.movement || 'row')),
      field('Difficulty', select({ name: 'difficulty', id: 'ex-difficulty' }, options(DIFFICULTIES), e.difficulty || 'beginner'))),
    checkboxes('Primary muscles', 'primaryMuscles', namedOptions(muscles), e.primaryMuscles),
    checkboxes('Secondary muscles', 'secondaryMuscles', namedOptions(muscles), e.secondaryMuscles),
    checkboxes('Equipment needed', 'equipment', namedOptions(equipment), e.equipment),
    h('fieldset', {}, h('legend', {}, 'Default dose (fill what applies)'),
      h('div', { class: 'inline-fields' },
        field('Sets', number('sets', dose.sets)), field('Reps', number('reps', dose.reps)),
        field('Seconds per set', number('seconds', dose.seconds)), field('Hold (s)', number('holdSeconds', dose.holdSeconds)),
        field('Repetitions', number('repetitions', dose.repetitions)), field('Minutes', number('minutes', dose.minutes, { step: 0.5 })))),
    field('Instructions', area('instructions', e.instructions), 'One step per line'),
    field('Cues', area('cues', e.cues), 'One cue per line'),
    field('Cautions', area('cautions', e.cautions), 'One per line'),
    outcome,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, exercise ? 'Save changes' : 'Create exercise'),
      exercise ? h('button', { type: 'button', class: 'danger', id: 'retire' }, 'Retire exercise') : null,
      h('a', { href: '#/catalogue' }, 'Cancel')));

  const body = () => {
    const get = (name) => form.elements.namedItem(name);
    return {
      name: get('name').value.trim(), category: get('category').value, movement: get('movement').value,
      difficulty: get('difficulty').value,
      primaryMuscles: checkedValues(form, 'primaryMuscles'), secondaryMuscles: checkedValues(form, 'secondaryMuscles'),
      equipment: checkedValues(form, 'equipment'),
      instructions: lines(get('instructions').value), cues: lines(get('cues').value), cautions: lines(get('cautions').value),
      dose: Object.fromEntries(['sets', 'reps', 'seconds', 'holdSeconds', 'repetitions', 'minutes'].map((name) => [name, numberOrNull(get(name))])),
      easierId: e.easierId || null, harderId: e.harderId || null,
    };
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type="submit"]');
    busy(button, async () => {
      const saved = exercise
        ? await call('PUT', `/exercises/${exercise.id}`, body(), { headers: { 'If-Match': etag } })
        : await call('POST', '/exercises', body());
      etag = saved.headers.get('ETag') || etag;
      if (!exercise) {
        window.location.hash = `#/catalogue/${saved.body.id}`;
        return;
      }
      replace(outcome, notice('success', 'Saved.'));
    }, outcome);
  });
  const retire = form.querySelector('#retire');
  if (retire) {
    retire.addEventListener('click', () => {
      if (!window.confirm(`Retire "${exercise.name}"? Plans using it keep it; it is no longer offered.`)) return;
      busy(retire, async () => {
        await call('DELETE', `/exercises/${exercise.id}`, undefined, { headers: { 'If-Match': etag } });
        window.location.hash = '#/catalogue';
      }, outcome);
    });
  }
  return form;
}
