// Calls to the gateway's /api/v1 with the bearer token. Errors arrive as problem+json and are thrown as
// ApiError with the problem's fields, so pages can show the detail, each bad field and any violations.
import { freshToken } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The request failed (HTTP ${status}).`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors() {
    return this.problem.errors || [];
  }

  get violations() {
    return this.problem.violations || [];
  }
}

/**
 * api('GET', '/clients') or api('POST', '/clients', body, {headers}). Returns {status, body, headers};
 * bodiless answers give body null.
 */
export async function call(method, path, body, options = {}) {
  const token = await freshToken();
  const headers = { Accept: 'application/json, application/problem+json', Authorization: `Bearer ${token}`,
    ...(options.headers || {}) };
  if (body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  const response = await reach(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let parsed = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      parsed = { detail: text.slice(0, 200) };
    }
  }
  if (!response.ok) throw new ApiError(response.status, parsed || {});
  return { status: response.status, body: parsed, headers: response.headers };
}

async function reach(path, init) {
  try {
    return await fetch(`/api/v1${path}`, init);
  } catch (e) {
    throw new ApiError(0, { title: 'Offline', detail: 'The server could not be reached. Check your connection and try again.' });
  }
}

/**
 * Saves a file the API answers (a CSV export, the program PDF) under the name the server gives it. A plain link
 * cannot carry the bearer token, so the file is fetched here and handed to the browser as a download.
 */
export async function download(path, fallbackName) {
  const token = await freshToken();
  const response = await reach(path, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch (e) {
      // not problem+json: the status says enough
    }
    throw new ApiError(response.status, problem);
  }
  const named = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = named ? named[1] : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

export const get = async (path) => (await call('GET', path)).body;
export const post = async (path, body, options) => (await call('POST', path, body, options)).body;
export const put = async (path, body, options) => (await call('PUT', path, body, options)).body;
export const patch = async (path, body, options) => (await call('PATCH', path, body, options)).body;
export const del = async (path, options) => (await call('DELETE', path, undefined, options)).body;

/** GET that answers null for 404 (a client without a plan, a profile not linked yet). */
export async function getOrNull(path) {
  try {
    return await get(path);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Builds a query string, repeating keys for arrays and skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') search.append(key, one);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
