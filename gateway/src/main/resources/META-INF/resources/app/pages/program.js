// The client's whole program on one page, made to be printed (print stylesheet) or kept open on a phone.
import { getOrNull } from '../api.js';
import { h, add, pageTitle, notice, formatDate } from '../dom.js';
import { planView } from '../plan-view.js';
import { downloadButton } from '../ui.js';

export async function render(container, params, { user }) {
  const plan = await getOrNull('/me/plan');
  add(container, pageTitle('My program', plan ? h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, 'Print') : null,
    plan ? downloadButton('Download PDF', '/me/plan/program.pdf', 'program.pdf') : null));
  if (!plan) {
    add(container, notice('info', 'You have no active program yet.'));
    return;
  }
  add(container, 
    h('p', {}, `${user.name} · ${plan.weeks} weeks, ${plan.sessionsPerWeek} sessions a week · active since ${formatDate(plan.activatedAt)}`),
    h('p', { class: 'muted' }, 'Do the sessions in order: warm-up first, stretches last. Stop any exercise that causes sharp or worsening pain and tell your therapist.'),
    planView(plan, { showReasons: false }),
    h('p', { class: 'print-only muted' }, `Printed from Upright on ${formatDate(new Date())}.`));
}
