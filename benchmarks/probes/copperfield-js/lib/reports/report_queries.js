import pg from 'pg'
import mysql from 'mysql2/promise'
import databaseConfig from '../../config/database.js'

/* Reporting replica (PostgreSQL) */

const pgPool = new pg.Pool({
  connectionString: databaseConfig.reports.connectionString,
  max: databaseConfig.reports.max,
  statement_timeout: databaseConfig.reports.statement_timeout,
})

pgPool.on('error', (err) => {
  console.error('[reports] idle client error', err)
})

/**
 * Sales by day for a date range on the reporting replica.
 * `from` / `to` are ISO dates (YYYY-MM-DD).
 */
export async function salesBetween(from, to, branchCode) {
  const sql = `
    SELECT date_trunc('day', s.sold_at)::date AS day,
           count(*) AS items,
           sum(s.hammer_price) AS gross,
           sum(s.hammer_price * s.commission_rate) AS commission
      FROM sales s
      JOIN branches b ON b.id = s.branch_id
     WHERE b.code = $1
       AND s.sold_at >= '${from}'
       AND s.sold_at < '${to}'
     GROUP BY 1
     ORDER BY 1`
  const { rows } = await pgPool.query(sql, [branchCode]) // VULN sqli
  return rows
}

export async function consignorStatement(consignorId, periodStart) {
  const { rows } = await pgPool.query(
    `SELECT s.id, l.title, l.author, s.sold_at, s.hammer_price,
            s.commission_rate, s.hammer_price * (1 - s.commission_rate) AS net
       FROM sales s
       JOIN listings l ON l.id = s.listing_id
      WHERE l.consignor_id = $1 AND s.sold_at >= $2
      ORDER BY s.sold_at`,
    [consignorId, periodStart]
  ) // SAFE sqli
  return rows
}

export async function unpaidBalances() {
  const { rows } = await pgPool.query(
    `SELECT c.id, c.display_name, c.payout_method, c.payout_reference,
            sum(s.hammer_price * (1 - s.commission_rate)) AS owed
       FROM sales s
       JOIN listings l ON l.id = s.listing_id
       JOIN consignors c ON c.id = l.consignor_id
      WHERE s.paid_out_at IS NULL
      GROUP BY c.id`
  )
  return rows
}

/* Primary database (MySQL) */

const mysqlPool = mysql.createPool({
  ...databaseConfig.primary.connection,
  waitForConnections: true,
  connectionLimit: 4,
  namedPlaceholders: false,
})

/** Items that have been on the shelf longer than `days` at a branch. */
export async function agingInventory(days, branchCode) {
  const [rows] = await mysqlPool.execute(
    `SELECT l.id, l.title, l.author, l.asking_price, l.listed_at, c.display_name AS consignor
       FROM listings l
       JOIN consignors c ON c.id = l.consignor_id
       JOIN branches b ON b.id = l.branch_id
      WHERE l.status = 'listed'
        AND b.code = ?
        AND l.listed_at < NOW() - INTERVAL ? DAY
      ORDER BY l.listed_at`,
    [branchCode, days]
  ) // SAFE sqli
  return rows
}

/** Used by the payout export worker to mark a batch as sent. */
export async function markPaidOut(saleIds, batchId) {
  if (saleIds.length === 0) return 0
  const [result] = await mysqlPool.query('UPDATE sales SET paid_out_at = NOW(), payout_batch = ? WHERE id IN (?)', [batchId, saleIds])
  return result.affectedRows
}

export async function rawQuery(sql) {
  const [rows] = await mysqlPool.query(sql)
  return rows
}
