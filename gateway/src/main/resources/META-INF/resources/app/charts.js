// Charts through Chart.js (served from its webjar). Each chart has a text alternative for screen readers.
import { h } from './dom.js';

const BRAND = '#0b5d6b';
const DANGER = '#a4161a';

function chartBox(description, config) {
  const canvas = h('canvas', { role: 'img', 'aria-label': description });
  const box = h('div', { class: 'chart-box' }, canvas);
  // Chart.js measures its parent, so draw once the box is in the document
  requestAnimationFrame(() => {
    if (!canvas.isConnected || !window.Chart) return;
    // eslint-disable-next-line no-new
    new window.Chart(canvas, config);
  });
  return box;
}

const baseOptions = (yTitle, yMax, whole) => ({
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  plugins: { legend: { display: true, position: 'bottom' } },
  scales: { y: { beginAtZero: true, max: yMax, ticks: whole ? { precision: 0 } : {}, title: { display: Boolean(yTitle), text: yTitle } } },
});

/** Bars, e.g. adherence per week in percent; whole: counts, so no fractional ticks. */
export function barChart({ labels, values, label, description, yTitle, yMax, whole = false }) {
  return chartBox(description, {
    type: 'bar',
    data: { labels, datasets: [{ label, data: values, backgroundColor: BRAND }] },
    options: baseOptions(yTitle, yMax, whole),
  });
}

/** One or more lines, e.g. pain per session; series: [{label, values, danger?}]. */
export function lineChart({ labels, series, description, yTitle, yMax }) {
  return chartBox(description, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label, data: s.values, borderColor: s.danger ? DANGER : BRAND, backgroundColor: s.danger ? DANGER : BRAND,
        tension: 0.2, spanGaps: true, pointRadius: 4,
      })),
    },
    options: baseOptions(yTitle, yMax, true),
  });
}
