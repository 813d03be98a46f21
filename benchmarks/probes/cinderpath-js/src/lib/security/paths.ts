import path from 'node:path';

export class PathEscapeError extends Error {
  constructor(public readonly requested: string) {
    super('Requested path is outside of the storage root');
    this.name = 'PathEscapeError';
  }
}

/** Resolves `relative` against `root` and refuses anything that leaves it. */
export function resolveInside(root: string, relative: string): string {
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new PathEscapeError(relative);
  }
  return target;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

export function assertUuid(value: unknown, label = 'id'): string {
  if (!isUuid(value)) throw new TypeError(`${label} must be a UUID`);
  return value.toLowerCase();
}
