import { BadRequest, NotFound } from '@feathersjs/errors'
import { randomBytes } from 'node:crypto'

/**
 * Public appraisal requests: a seller describes a book, gets a reference
 * by e-mail, and later checks the valuation with e-mail + reference.
 */
export class AppraisalService {
  constructor(store) {
    this.store = store
  }

  async find(params) {
    const { sellerEmail, reference } = params.query ?? {}
    if (!sellerEmail || !reference) throw new BadRequest('sellerEmail and reference are required')
    return this.store.findForSeller(sellerEmail, reference)
  }

  async get(id) {
    const doc = await this.store.findByReference(id)
    if (!doc) throw new NotFound('No appraisal with that reference')
    return { reference: doc.reference, status: doc.status, valuation: doc.valuation ?? null }
  }

  async create(data) {
    if (typeof data.sellerEmail !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(data.sellerEmail)) {
      throw new BadRequest('A valid e-mail address is required')
    }
    const reference = `AP-${randomBytes(5).toString('hex').toUpperCase()}`
    return this.store.insert({
      reference,
      sellerEmail: data.sellerEmail.toLowerCase(),
      title: String(data.title ?? '').slice(0, 300),
      author: String(data.author ?? '').slice(0, 200),
      description: String(data.description ?? '').slice(0, 5000),
      photos: Array.isArray(data.photos) ? data.photos.slice(0, 12).map(String) : [],
    })
  }

  async patch(id, data) {
    if (typeof data.valuation !== 'number') throw new BadRequest('valuation must be a number')
    return this.store.setValuation(id, data.valuation, String(data.appraiser ?? 'desk'))
  }
}
