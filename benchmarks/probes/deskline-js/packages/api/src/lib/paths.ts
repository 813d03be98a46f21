import path from 'node:path';

export class PathOutsideRootError extends Error {}

export function resolveInside(root: string, requested: string): string {
  const base = path.resolve(root);
  const target = path.resolve(base, requested);
  if (!target.startsWith(base + path.sep)) {
    throw new PathOutsideRootError(`path escapes storage root: ${requested}`);
  }
  return target;
}
