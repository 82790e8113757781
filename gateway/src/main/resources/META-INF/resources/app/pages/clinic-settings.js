// Clinic settings: how plans progress (plan-service) and when alerts are raised (progress-service).
import { add, pageTitle } from '../dom.js';
import { settingsCard } from '../settings-form.js';

export async function render(container, params, { user }) {
  const canEdit = user.roles.includes('clinic-admin');
  const cards = await Promise.all([
    settingsCard({
      title: 'Progression', path: '/clinic/progression-settings', canEdit,
      intro: 'When an exercise steps up (after enough good sessions at a manageable effort) and what pain does to it.',
      fields: [
        { name: 'qualifyingSessions', label: 'Good sessions before a step up', min: 1, max: 10 },
        { name: 'maxManageableRpe', label: 'Highest effort (RPE) that still counts as manageable', min: 1, max: 10 },
        { name: 'painThreshold', label: 'Pain score that stops progression', min: 1, max: 10 },
        { name: 'onPain', label: 'On sharp or high pain', choices: [['pause', 'Pause the exercise'], ['regress', 'Step back to an easier variation']] },
      ],
    }),
    settingsCard({
      title: 'Alerts', path: '/clinic/alert-settings', canEdit,
      intro: 'When therapists get an alert about a client.',
      fields: [
        { name: 'painAlertThreshold', label: 'Pain score that raises an alert', min: 1, max: 10, hint: 'Sharp or worsening pain always does' },
        { name: 'painRisePoints', label: 'Rise in pain (points) that raises an alert', min: 1, max: 10 },
        { name: 'quietDays', label: 'Days without a session before an alert', min: 1, max: 90 },
        { name: 'adherenceDropPoints', label: 'Drop in weekly adherence (points) that raises an alert', min: 5, max: 100 },
      ],
    }),
  ]);
  add(container, pageTitle('Clinic settings'), cards);
}
