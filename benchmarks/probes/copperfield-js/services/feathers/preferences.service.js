import { BadRequest, NotFound } from '@feathersjs/errors'
import db from '../../lib/db/knex.js'
import { mergePreferences } from '../../lib/util/deep_merge.js'

const DEFAULTS = {
  notifications: { email: true, sms: false, outbid: true, monthlyStatement: true },
  payouts: { minimum: 5, holdForStoreCredit: false },
  display: { showNameOnListings: true },
}

/**
 * Consignor preference documents (JSON column on consignors).
 */
export class PreferencesService {
  async get(id) {
    const row = await db('consignors').select('id', 'preferences').where({ id: Number(id) }).first()
    if (!row) throw new NotFound()
    const stored = row.preferences ? JSON.parse(row.preferences) : {}
    return { id: row.id, preferences: mergePreferences(structuredClone(DEFAULTS), stored) }
  }

  async patch(id, data) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new BadRequest('Expected an object')
    const row = await db('consignors').select('id', 'preferences').where({ id: Number(id) }).first()
    if (!row) throw new NotFound()
    const current = row.preferences ? JSON.parse(row.preferences) : structuredClone(DEFAULTS)
    const next = mergePreferences(current, data)
    await db('consignors').where({ id: row.id }).update({ preferences: JSON.stringify(next) })
    return { id: row.id, preferences: next }
  }
}
