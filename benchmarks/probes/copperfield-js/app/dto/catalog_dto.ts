import type { Condition } from '#models/catalog'

const CONDITIONS: Condition[] = ['fine', 'very_good', 'good', 'fair', 'poor']

export interface RawListingQuery {
  q?: string
  sort?: string
  dir?: string
  condition?: string
  page?: string | number
  perPage?: string | number
  minPrice?: string | number
  maxPrice?: string | number
}

/**
 * Normalised filters for the public catalogue. Built from the query string
 * by ListingsController and consumed by ListingRepository.
 */
export class ListingFilters {
  term: string | null = null
  sort = 'listed'
  direction: 'asc' | 'desc' = 'desc'
  condition: Condition | null = null
  page = 1
  perPage = 24
  minPrice: number | null = null
  maxPrice: number | null = null

  static fromQuery(raw: RawListingQuery): ListingFilters {
    const f = new ListingFilters()
    if (typeof raw.q === 'string' && raw.q.trim().length > 0) {
      f.term = raw.q.trim().slice(0, 120)
    }
    if (typeof raw.sort === 'string' && raw.sort.length > 0) {
      f.sort = raw.sort
    }
    f.direction = String(raw.dir).toLowerCase() === 'asc' ? 'asc' : 'desc'
    if (raw.condition && CONDITIONS.includes(raw.condition as Condition)) {
      f.condition = raw.condition as Condition
    }
    f.page = Math.max(1, Number.parseInt(String(raw.page ?? '1'), 10) || 1)
    f.perPage = Math.min(96, Math.max(6, Number.parseInt(String(raw.perPage ?? '24'), 10) || 24))
    f.minPrice = raw.minPrice !== undefined ? Number(raw.minPrice) || null : null
    f.maxPrice = raw.maxPrice !== undefined ? Number(raw.maxPrice) || null : null
    return f
  }

  get offset(): number {
    return (this.page - 1) * this.perPage
  }
}

export interface ConsignmentItem {
  isbn: string | null
  title: string
  author: string
  condition: Condition
  description: string
  askingPrice: number
  reservePrice: number | null
  coverUrl: string | null
}

export interface ConsignmentSubmission {
  consignorId: number
  items: ConsignmentItem[]
  dropOffBranch: string
  notes: string
}

const ISBN_RE = /^(97[89])?\d{9}[\dX]$/

export function normaliseIsbn(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const compact = value.replace(/[-\s]/g, '').toUpperCase()
  return ISBN_RE.test(compact) ? compact : null
}

export function toSubmission(consignorId: number, body: Record<string, any>): ConsignmentSubmission {
  const rawItems: any[] = Array.isArray(body.items) ? body.items.slice(0, 200) : []
  return {
    consignorId,
    dropOffBranch: String(body.dropOffBranch ?? 'main'),
    notes: String(body.notes ?? '').slice(0, 2000),
    items: rawItems.map((it) => ({
      isbn: normaliseIsbn(it.isbn),
      title: String(it.title ?? '').slice(0, 300),
      author: String(it.author ?? '').slice(0, 200),
      condition: (it.condition ?? 'good') as Condition,
      description: String(it.description ?? '').slice(0, 8000),
      askingPrice: Math.round(Number(it.askingPrice) * 100) / 100,
      reservePrice: it.reservePrice ? Math.round(Number(it.reservePrice) * 100) / 100 : null,
      coverUrl: typeof it.coverUrl === 'string' ? it.coverUrl : null,
    })),
  }
}
