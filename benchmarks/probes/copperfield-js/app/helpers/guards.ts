import path from 'node:path'

export class OutboundUrlError extends Error {
  status = 422
}

/** Image CDNs that publishers use for jacket art. */
export const COVER_HOSTS = new Set([
  'covers.openlibrary.org',
  'images.isbndb.com',
  'm.media-amazon.com',
  'syndetics.com',
])

/**
 * Parse `raw` and require https plus an exact host match against `allowed`.
 */
export function requireAllowedHttps(raw: string, allowed: Set<string>): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new OutboundUrlError('Malformed URL')
  }
  if (url.protocol !== 'https:') throw new OutboundUrlError('Only https URLs are accepted')
  if (!allowed.has(url.hostname.toLowerCase())) throw new OutboundUrlError(`Host ${url.hostname} is not permitted`)
  if (url.username || url.password) throw new OutboundUrlError('Credentials in URL are not permitted')
  return url
}

export class PathEscapeError extends Error {
  status = 400
  constructor(requested: string) {
    super(`Path "${requested}" is outside of the storage area`)
  }
}

/**
 * Resolve `relative` against `root` and make sure the result stays inside it.
 */
export function resolveWithin(root: string, relative: string): string {
  const base = path.resolve(root)
  const target = path.resolve(base, path.normalize(relative).replace(/^(\.\.(\/|\\|$))+/, ''))
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new PathEscapeError(relative)
  }
  return target
}

export function storagePath(...segments: string[]): string {
  const root = process.env.STORAGE_ROOT ?? '/var/lib/copperfield'
  return path.join(root, ...segments)
}
