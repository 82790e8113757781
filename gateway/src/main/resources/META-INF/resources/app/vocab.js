// The catalogue's closed word lists (catalog-service validates against the same ones) and reference data.
import { get } from './api.js';
import { humanize } from './dom.js';

export const CATEGORIES = ['warm-up', 'strength', 'posture', 'lower-back', 'grip', 'posture-break', 'stretch'];
export const MOVEMENTS = ['mobility', 'rotation', 'extension', 'row', 'retraction', 'pull-apart', 'fly', 'bridge',
  'hinge', 'anti-rotation', 'squeeze', 'carry', 'hang', 'chin-tuck', 'static-stretch'];
export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'];
export const BLOCKS = ['warm-up', 'strengthening', 'cool-down'];
export const GOALS = ['posture', 'strength', 'ease-aches'];
export const PAIN_KINDS = ['dull', 'aching', 'tension', 'sharp', 'worsening'];

let reference = null;

/** Muscles and equipment from the catalogue, fetched once per page load. */
export async function referenceData() {
  if (!reference) {
    reference = Promise.all([get('/muscles'), get('/equipment')])
      .then(([muscles, equipment]) => ({ muscles, equipment }))
      .catch((e) => {
        reference = null;
        throw e;
      });
  }
  return reference;
}

export function options(codes) {
  return codes.map((code) => [code, humanize(code)]);
}

export function namedOptions(items) {
  return items.map((item) => [item.code, item.name || humanize(item.code)]);
}

/** Body regions plan-service understands as pain areas (muscle codes work too). */
export const PAIN_REGIONS = ['neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'chest', 'arms', 'hands', 'trunk', 'hips', 'legs'];
export const LEVELS = ['beginner', 'intermediate', 'advanced'];
