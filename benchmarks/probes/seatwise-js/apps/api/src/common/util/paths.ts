import * as path from 'node:path';

export class PathEscapeError extends Error {
  constructor(root: string) {
    super(`Resolved path leaves ${root}`);
  }
}

/**
 * Resolves `segments` below `root` and refuses anything that ends up outside it.
 */
export function resolveInside(root: string, ...segments: string[]): string {
  const base = path.resolve(root);
  const candidate = path.resolve(base, ...segments);
  if (candidate !== base && !candidate.startsWith(base + path.sep)) {
    throw new PathEscapeError(root);
  }
  return candidate;
}

export function extensionOf(contentType: string | undefined): string | null {
  switch ((contentType ?? '').split(';')[0].trim().toLowerCase()) {
    case 'image/png':
      return 'png';
    case 'image/jpeg':
      return 'jpg';
    case 'image/webp':
      return 'webp';
    default:
      return null;
  }
}
