// Creating a client's profile, or editing it (JSON merge patch guarded by the profile's version).
import { call, get } from '../api.js';
import { h, add, replace, field, select, checkboxes, checkedValues, pageTitle, notice } from '../dom.js';
import { GOALS, LEVELS, PAIN_REGIONS, options, namedOptions, referenceData } from '../vocab.js';
import { busy } from '../ui.js';

export async function render(container, params) {
  const client = params.id ? await get(`/clients/${encodeURIComponent(params.id)}`) : null;
  const { equipment } = await referenceData();
  const c = client || { experienceLevel: 'beginner', equipment: [], goals: ['posture'], painAreas: [], contraindications: [], deskWorker: false };
  const input = (name, value, attributes = {}) => h('input', { name, id: `client-${name}`, value: value ?? '', ...attributes });
  const outcome = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card', novalidate: true, id: 'client-form' },
    h('div', { class: 'form-grid' },
      field('Name', input('displayName', c.displayName, { required: true, autocomplete: 'off' })),
      field('Experience', select({ name: 'experienceLevel', id: 'client-experienceLevel' }, options(LEVELS), c.experienceLevel)),
      field('Email (optional)', input('email', c.email, { type: 'email', autocomplete: 'off' })),
      field('Phone (optional)', input('phone', c.phone, { type: 'tel', autocomplete: 'off' })),
      field('Sessions per week', input('sessionsPerWeek', c.sessionsPerWeek, { type: 'number', min: 1, max: 7 }), 'Empty: the usual for their level'),
      field('Minutes per session', input('sessionMinutes', c.sessionMinutes, { type: 'number', min: 10, max: 120 }), 'Empty: the default')),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'deskWorker', id: 'client-deskWorker', checked: c.deskWorker }),
      ' Works at a desk (adds short posture breaks for the working day)'),
    checkboxes('Equipment they have', 'equipment', namedOptions(equipment.filter((e) => e.code !== 'none' && !e.household)), c.equipment),
    checkboxes('Household items they cannot use (every other one is assumed at hand)', 'unavailableItems',
      namedOptions(equipment.filter((e) => e.household)), c.unavailableItems || []),
    checkboxes('Goals', 'goals', options(GOALS), c.goals),
    checkboxes('Pain areas (the plan leaves these unloaded)', 'painAreas', options(PAIN_REGIONS), c.painAreas),
    field('Contraindications', input('contraindications', (c.contraindications || []).join(', '), { autocomplete: 'off' }),
      'Exercises or movements never to use, comma-separated: slugs such as dead-hang, or movements such as hinge'),
    field('Notes (optional)', h('textarea', { name: 'notes', id: 'client-notes', rows: 3 }, c.notes || '')),
    outcome,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'save-client' }, client ? 'Save profile' : 'Create client'),
      h('a', { href: client ? `#/clients/${client.id}` : '#/clients' }, 'Cancel')));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name) => form.elements.namedItem(name).value.trim();
    const numberOrNull = (name) => (value(name) === '' ? null : Number(value(name)));
    const body = {
      displayName: value('displayName'), experienceLevel: value('experienceLevel'),
      email: value('email') || null, phone: value('phone') || null,
      sessionsPerWeek: numberOrNull('sessionsPerWeek'), sessionMinutes: numberOrNull('sessionMinutes'),
      deskWorker: form.elements.namedItem('deskWorker').checked,
      equipment: checkedValues(form, 'equipment'), unavailableItems: checkedValues(form, 'unavailableItems'), goals: checkedValues(form, 'goals'), painAreas: checkedValues(form, 'painAreas'),
      contraindications: value('contraindications').split(',').map((s) => s.trim()).filter(Boolean),
      notes: value('notes') || null,
    };
    if (!body.displayName) {
      replace(outcome, notice('error', 'Give the client a name.'));
      form.elements.namedItem('displayName').focus();
      return;
    }
    busy(form.querySelector('#save-client'), async () => {
      const saved = client
        ? await call('PATCH', `/clients/${client.id}`, body, { headers: { 'If-Match': `"${client.version}"`, 'Content-Type': 'application/merge-patch+json' } })
        : await call('POST', '/clients', body);
      window.location.hash = `#/clients/${saved.body.id}`;
    }, outcome);
  });
  add(container, pageTitle(client ? `Edit ${client.displayName}` : 'New client'), form);
}


