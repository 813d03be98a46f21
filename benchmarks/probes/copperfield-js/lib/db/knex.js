import Knex from 'knex'
import { Model } from 'objection'
import databaseConfig from '../../config/database.js'

/**
 * Single shared Knex instance for the web app and the workers.
 * Objection models are bound to it here so importing this module is enough.
 */
export const db = Knex({
  client: databaseConfig.primary.client,
  connection: databaseConfig.primary.connection,
  pool: databaseConfig.primary.pool,
  acquireConnectionTimeout: 10_000,
})

Model.knex(db)

export async function withTransaction(work) {
  return db.transaction(async (trx) => work(trx))
}

export default db
