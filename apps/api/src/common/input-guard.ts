import { badRequest } from './problem.js';

/** Deeper than any request the API takes; a bound keeps hostile nesting from exhausting the stack. */
const MAX_DEPTH = 16;

/** Names every plain object inherits: as keys they would slip past the field whitelist. */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Refuses, before any field validation, what no field can hold: text with a
 * NUL character (PostgreSQL cannot store it), keys named after what every
 * object inherits, and nesting deeper than any request needs.
 */
export function guardInput(value: unknown, path = '', depth = 0, allowNul = false): void {
  if (typeof value === 'string') {
    if (!allowNul && value.includes('\u0000')) {
      throw badRequest(`${path || 'The request'} contains a NUL character`, [
        { field: path || '(body)', message: 'text may not contain the NUL character (\\u0000)' },
      ]);
    }
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) {
    throw badRequest('The request is nested too deeply', [{ field: path || '(body)', message: `nested more than ${MAX_DEPTH} levels deep` }]);
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => guardInput(item, join(path, i), depth + 1, allowNul));
    return;
  }
  for (const key of Object.keys(value)) {
    const field = join(path, key);
    if (INHERITED.has(key)) throw badRequest(`The request has invalid fields: ${field}`, [{ field, message: `${field} is not a known field` }]);
    guardInput((value as Record<string, unknown>)[key], field, depth + 1, allowNul);
  }
}
