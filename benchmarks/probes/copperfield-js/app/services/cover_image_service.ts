import { request } from 'undici'
import fs from 'node:fs/promises'
import path from 'node:path'
import { normaliseIsbn } from '#dto/catalog_dto'
import { createHash } from 'node:crypto'
import { COVER_HOSTS, requireAllowedHttps, OutboundUrlError, resolveWithin, storagePath } from '#helpers/guards'

const MAX_COVER_BYTES = 4 * 1024 * 1024
const COVERS_DIR = storagePath('covers')
const SCANS_DIR = storagePath('scans')

export class CoverImageService {
  /**
   * Download a jacket image a consignor pointed us at and store it locally.
   * Returns the path relative to the covers directory.
   */
  async importFromUrl(listingId: number, rawUrl: string): Promise<string> {
    const url = requireAllowedHttps(rawUrl, COVER_HOSTS)
    const { statusCode, headers, body } = await request(url, { method: 'GET', maxRedirections: 0, headersTimeout: 8000 }) // SAFE ssrf
    if (statusCode !== 200) {
      await body.dump()
      throw new OutboundUrlError(`Cover host answered ${statusCode}`)
    }
    const type = String(headers['content-type'] ?? '')
    if (!type.startsWith('image/')) {
      await body.dump()
      throw new OutboundUrlError('Not an image')
    }
    const bytes = Buffer.from(await body.arrayBuffer())
    if (bytes.length > MAX_COVER_BYTES) throw new OutboundUrlError('Cover image too large')
    const fileName = `${listingId}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.jpg`
    await fs.mkdir(COVERS_DIR, { recursive: true })
    await fs.writeFile(path.join(COVERS_DIR, fileName), bytes)
    return fileName
  }

  /** Local cover for an ISBN, if one was cached by the metadata import. */
  async coverFile(isbn: string): Promise<string | null> {
    const candidate = resolveWithin(COVERS_DIR, `isbn/${isbn}.jpg`)
    try {
      await fs.access(candidate) // SAFE path
      return candidate
    } catch {
      return null
    }
  }

  /**
   * Scanned condition photos are stored under scans/<consignor>/<file>.
   * Staff open them from the appraisal screen.
   */
  async readScan(relativeName: string): Promise<Buffer> {
    if (relativeName.includes('..') || path.isAbsolute(relativeName)) {
      throw new OutboundUrlError('Invalid scan name')
    }
    const decoded = decodeURIComponent(relativeName)
    return fs.readFile(path.join(SCANS_DIR, decoded)) // VULN path
  }
}

export default new CoverImageService()

export interface BookMetadata {
  isbn: string
  title: string
  authors: string[]
  publisher: string | null
  publishedYear: number | null
  coverUrl: string | null
}

const DEFAULT_SOURCE = 'openlibrary.org'

export class IsbnLookupService {
  /**
   * Primary lookup against Open Library; the URL is fixed and the ISBN is
   * reduced to digits before it is placed in the path.
   */
  async lookup(rawIsbn: string): Promise<BookMetadata | null> {
    const isbn = normaliseIsbn(rawIsbn)
    if (!isbn) return null
    const { statusCode, body } = await request(`https://openlibrary.org/isbn/${isbn}.json`, { maxRedirections: 2 }) // SAFE ssrf
    if (statusCode !== 200) {
      await body.dump()
      return null
    }
    const data: any = await body.json()
    return {
      isbn,
      title: data.title ?? '',
      authors: (data.authors ?? []).map((a: any) => a.name ?? a.key),
      publisher: data.publishers?.[0] ?? null,
      publishedYear: data.publish_date ? Number.parseInt(String(data.publish_date).slice(-4), 10) || null : null,
      coverUrl: data.covers?.[0] ? `https://covers.openlibrary.org/b/id/${data.covers[0]}-L.jpg` : null,
    }
  }

  /**
   * Secondary catalogues (regional union catalogues that mirror the Open
   * Library API shape). Staff pick the mirror on the intake screen.
   */
  async lookupVia(source: string | undefined, rawIsbn: string): Promise<BookMetadata | null> {
    const isbn = normaliseIsbn(rawIsbn)
    if (!isbn) return null
    const host = source && source.length > 0 ? source : DEFAULT_SOURCE
    const { statusCode, body } = await request(`https://${host}/isbn/${isbn}.json`, { maxRedirections: 2 }) // VULN ssrf
    if (statusCode !== 200) {
      await body.dump()
      return null
    }
    const data: any = await body.json()
    return {
      isbn,
      title: data.title ?? '',
      authors: (data.authors ?? []).map((a: any) => a.name ?? a.key),
      publisher: data.publishers?.[0] ?? null,
      publishedYear: null,
      coverUrl: null,
    }
  }
}

export const isbnLookup = new IsbnLookupService()
