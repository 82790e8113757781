// Searching the catalogue with its filters; used by the catalogue browser and by the plan builder's swap.
import { get, query } from './api.js';
import { h, replace, field, select, checkboxes, checkedValues, humanize, formatDose } from './dom.js';
import { CATEGORIES, DIFFICULTIES, MOVEMENTS, options, namedOptions, referenceData } from './vocab.js';
import { errorView } from './ui.js';

/**
 * A search form and its results. renderResults(page, container) draws the answer ({items, total, page, size});
 * initial pre-fills the filters (e.g. the client's equipment for a swap).
 */
export async function exerciseSearch({ renderResults, initial = {}, idPrefix = 'search' }) {
  const { muscles, equipment } = await referenceData();
  const q = h('input', { type: 'search', id: `${idPrefix}-q`, name: 'q', value: initial.q || '', placeholder: 'e.g. row, shoulder blades' });
  const category = select({ id: `${idPrefix}-category`, name: 'category' }, [['', 'Any'], ...options(CATEGORIES)], initial.category);
  const difficulty = select({ id: `${idPrefix}-difficulty`, name: 'difficulty' }, [['', 'Any'], ...options(DIFFICULTIES)], initial.difficulty);
  const movement = select({ id: `${idPrefix}-movement`, name: 'movement' }, [['', 'Any'], ...options(MOVEMENTS)], initial.movement);
  const muscle = select({ id: `${idPrefix}-muscle`, name: 'muscle' }, [['', 'Any'], ...namedOptions(muscles)], initial.muscle);
  const has = checkboxes('Client has', 'equipment', namedOptions(equipment.filter((e) => e.code !== 'none')), initial.equipment || []);
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  let page = 0;

  async function run() {
    const params = {
      q: q.value.trim(), category: category.value, difficulty: difficulty.value, movement: movement.value,
      muscle: muscle.value, equipment: checkedValues(has, 'equipment'), page, size: 20,
    };
    replace(results, h('p', { class: 'loading' }, 'Searching...'));
    try {
      const answer = await get(`/exercises${query(params)}`);
      replace(results, h('p', { class: 'muted' }, `${answer.total} exercise${answer.total === 1 ? '' : 's'} found`),
        renderResults(answer), pager(answer));
    } catch (e) {
      replace(results, errorView(e));
    }
  }

  function pager(answer) {
    const pages = Math.ceil(answer.total / answer.size);
    if (pages <= 1) return null;
    return h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'small', disabled: answer.page === 0, onclick: () => { page -= 1; run(); } }, 'Previous'),
      h('span', {}, `Page ${answer.page + 1} of ${pages}`),
      h('button', { type: 'button', class: 'small', disabled: answer.page + 1 >= pages, onclick: () => { page += 1; run(); } }, 'Next'));
  }

  const form = h('form', { class: 'filters', role: 'search', onsubmit: (event) => { event.preventDefault(); page = 0; run(); } },
    field('Words', q), field('Category', category), field('Difficulty', difficulty), field('Movement', movement),
    field('Muscle', muscle),
    h('details', { class: 'equipment-filter' }, h('summary', {}, 'Equipment the client has'), has,
      h('small', { class: 'hint' }, 'Only exercises needing nothing more are shown; bodyweight ones always are.')),
    h('button', { type: 'submit', class: 'primary' }, 'Search'));
  run();
  return h('div', { class: 'exercise-search' }, form, results);
}

/** One line about an exercise: category, difficulty and what it needs. */
export function exerciseFacts(exercise) {
  const needs = (exercise.equipment || []).filter((e) => e !== 'none').map(humanize).join(', ') || 'Bodyweight';
  return `${humanize(exercise.category)} · ${humanize(exercise.difficulty)} · ${needs} · ${formatDose(exercise.dose)}`;
}
