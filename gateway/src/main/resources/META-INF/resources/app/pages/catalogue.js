// Catalogue browser: the global exercises and the clinic's own, searchable; the clinic's can be edited or retired.
import { h, add, pageTitle, humanize } from '../dom.js';
import { exerciseSearch } from '../exercise-search.js';
import { table, badge } from '../ui.js';

export async function render(container) {
  const search = await exerciseSearch({
    idPrefix: 'catalogue',
    renderResults: (answer) => table([
      { title: 'Exercise', cell: (e) => h('a', { href: `#/catalogue/${e.id}` }, e.name) },
      { title: 'Category', cell: (e) => humanize(e.category) },
      { title: 'Difficulty', cell: (e) => humanize(e.difficulty) },
      { title: 'Equipment', cell: (e) => e.equipment.map(humanize).join(', ') },
      { title: 'Owner', cell: (e) => (e.global ? badge('Global') : badge('Our clinic', 'brand')) },
    ], answer.items, { empty: 'No exercise matches these filters.', caption: 'Exercises' }),
  });
  add(container, 
    pageTitle('Exercise catalogue', h('a', { class: 'button primary', href: '#/catalogue/new' }, 'New clinic exercise')),
    h('p', { class: 'muted' }, 'Global exercises are read-only; your clinic can add its own exercises and variations.'),
    search);
}
