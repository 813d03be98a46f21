// Drivers and ORMs run SQL text under their own names: MikroORM's EntityManager (`em`),
// better-sqlite3's prepared statements, a connection reached through a function
import Database from 'better-sqlite3'
import express from 'express'
import type { EntityManager } from '@mikro-orm/postgresql'

const app = express()
let connection: Database.Database | undefined
function ledger(): Database.Database {
  connection ??= new Database('ledger.db')
  return connection
}

class OrderRepository {
  constructor(private readonly em: EntityManager) {}

  byReference(reference: string) {
    // ok: trace.javascript.sql-injection.tainted-query
    return this.em.execute('SELECT id FROM repair_orders WHERE reference = ?', [reference])
  }
}

app.get('/orders', async (req, res) => {
  const em = req.app.locals.em as EntityManager
  const sqlText = `SELECT id, reference FROM repair_orders ORDER BY ${req.query.sort} LIMIT 50`
  // ruleid: trace.javascript.sql-injection.tainted-query
  res.json(await em.execute(sqlText))
})

app.get('/accounts', (req, res) => {
  const name = String(req.query.name)
  // ruleid: trace.javascript.sql-injection.tainted-query
  const account = ledger().prepare(`SELECT id, email FROM accounts WHERE display_name = '${name}'`).get()
  // ok: trace.javascript.sql-injection.tainted-query
  const same = ledger().prepare('SELECT id, email FROM accounts WHERE display_name = ?').get(name)
  // ruleid: trace.javascript.sql-injection.tainted-query
  const rows = ledger().prepare("SELECT * FROM invoices WHERE account = '" + name + "'").all()
  // a cache key holds the value, not SQL
  // ok: trace.javascript.sql-injection.tainted-query
  const cached = req.app.locals.cache.get(`account:${name}`)
  res.json({ account, same, rows, cached })
})
