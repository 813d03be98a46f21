import path from 'node:path';
import { HttpError } from '../types';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export class PathEscapeError extends HttpError {
  constructor(candidate: string) {
    super(400, `Path "${candidate}" is outside of the storage area`);
  }
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

export function assertUuid(value: unknown, label = 'identifier'): string {
  if (!isUuid(value)) {
    throw new HttpError(400, `Invalid ${label}`);
  }
  return value.toLowerCase();
}

/**
 * Resolves `candidate` relative to `root` and guarantees the result stays
 * inside `root`.
 */
export function resolveInside(root: string, candidate: string): string {
  const base = path.resolve(root);
  const target = path.resolve(base, candidate);
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new PathEscapeError(candidate);
  }
  return target;
}

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.webm': 'audio/webm',
  '.ogg': 'audio/ogg',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}
