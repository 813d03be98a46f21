import db from '#lib/db/knex'
import { Book, Consignor } from '#models/catalog'
import type { ListingFilters, ConsignmentItem } from '#dto/catalog_dto'

const SORT_COLUMNS: Record<string, string> = {
  listed: 'listings.listed_at',
  price: 'listings.asking_price',
  title: 'listings.title',
  author: 'listings.author',
  year: 'listings.published_year',
}

export class ListingRepository {
  async search(filters: ListingFilters) {
    const query = db('listings')
      .join('consignors', 'consignors.id', 'listings.consignor_id')
      .select(
        'listings.id',
        'listings.title',
        'listings.author',
        'listings.condition',
        'listings.asking_price',
        'listings.cover_path',
        'consignors.display_name as consignor_name'
      )
      .where('listings.status', 'listed')

    if (filters.term) {
      query.whereRaw('MATCH(listings.title, listings.author) AGAINST (? IN BOOLEAN MODE)', [filters.term]) // SAFE sqli
    }
    if (filters.condition) {
      query.where('listings.condition', filters.condition)
    }
    if (filters.minPrice !== null) query.where('listings.asking_price', '>=', filters.minPrice)
    if (filters.maxPrice !== null) query.where('listings.asking_price', '<=', filters.maxPrice)

    const column = SORT_COLUMNS[filters.sort] ?? filters.sort
    query.orderByRaw(`${column} ${filters.direction}`) // VULN sqli

    const [{ total }] = await db('listings').where('status', 'listed').count({ total: '*' })
    const rows = await query.limit(filters.perPage).offset(filters.offset)
    return { rows, total: Number(total), page: filters.page, perPage: filters.perPage }
  }

  async findPublic(id: number) {
    return Book.query()
      .findById(id)
      .whereIn('status', ['listed', 'in_auction', 'sold'])
      .withGraphFetched('consignor')
  }

  async findById(id: number) {
    return Book.query().findById(id)
  }

  async findByShelf(slug: string) {
    const result = await db.raw(
      `SELECT l.id, l.title, l.author, l.asking_price, l.cover_path
         FROM listings l
         JOIN shelf_items si ON si.listing_id = l.id
         JOIN shelves s ON s.id = si.shelf_id
        WHERE s.slug = ? AND l.status = 'listed'
        ORDER BY si.position`,
      [slug]
    )
    return result[0]
  }

  async createMany(consignorId: number, items: ConsignmentItem[]) {
    const rows = items.map((it) => ({
      consignor_id: consignorId,
      isbn: it.isbn,
      title: it.title,
      author: it.author,
      condition: it.condition,
      description: it.description,
      asking_price: it.askingPrice,
      reserve_price: it.reservePrice,
      status: 'pending',
    }))
    return db('listings').insert(rows)
  }

  async setCoverPath(id: number, coverPath: string) {
    return db('listings').where({ id }).update({ cover_path: coverPath })
  }

  async approve(id: number) {
    return db('listings').where({ id, status: 'pending' }).update({ status: 'listed', listed_at: db.fn.now() })
  }
}

export const listingRepository = new ListingRepository()

export class ConsignorRepository {
  async findById(id: number) {
    return Consignor.query().findById(id)
  }

  async findByClaimCode(code: string) {
    return Consignor.query().where('claim_code', code).whereNotNull('claim_code').first()
  }

  async findByEmail(email: string) {
    return Consignor.query().where('email', email.toLowerCase()).first()
  }

  async create(data: Partial<Consignor>) {
    return Consignor.query().insertAndFetch(data)
  }

  async clearClaimCode(id: number) {
    return Consignor.query().patch({ claimCode: null }).where('id', id)
  }

  async setPayoutDetails(id: number, method: Consignor['payoutMethod'], reference: string) {
    return Consignor.query().patch({ payoutMethod: method, payoutReference: reference }).where('id', id)
  }

  async updateProfile(id: number, patch: { bio?: string; website?: string | null; displayName?: string }) {
    return Consignor.query().patchAndFetchById(id, patch)
  }

  async savePreferences(id: number, preferences: Record<string, unknown>) {
    return Consignor.query().patch({ preferences }).where('id', id)
  }
}

export const consignorRepository = new ConsignorRepository()
