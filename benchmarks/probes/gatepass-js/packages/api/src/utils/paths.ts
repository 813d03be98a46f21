import path from 'node:path';
import { badRequest } from './errors.js';

/** Resolves `segments` below `root` and refuses anything that would land outside of it. */
export function resolveInside(root: string, ...segments: string[]): string {
  const base = path.resolve(root);
  const candidate = path.resolve(base, ...segments);
  const relative = path.relative(base, candidate);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw badRequest('Invalid file path');
  return candidate;
}

export const isVenueId = (value: string): boolean => /^[0-9]{1,9}$/.test(value);
