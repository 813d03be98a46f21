import mysql from 'mysql2/promise'

const pool = mysql.createPool({
  host: process.env.DB_HOST ?? '127.0.0.1',
  port: Number(process.env.DB_PORT ?? 3306),
  user: process.env.PARTNER_DB_USER ?? 'partner_api',
  password: process.env.PARTNER_DB_PASSWORD,
  database: process.env.DB_DATABASE ?? 'copperfield',
  connectionLimit: 8,
})

export async function findPartnerByKeyId(keyId) {
  const [rows] = await pool.execute('SELECT id, name, scopes, key_sha256, active FROM partners WHERE key_id = ?', [String(keyId)])
  return rows[0] ?? null
}

export async function searchStock(partnerId, term, limit) {
  const sql =
    `SELECT isbn, record_reference, title, price, updated_at FROM partner_stock ` +
    `WHERE partner_id = ${Number(partnerId)} AND title LIKE '%${term}%' ORDER BY title LIMIT ${limit}`
  const [rows] = await pool.query(sql) // VULN sqli
  return rows
}

export async function stockByIsbn(partnerId, isbn) {
  const [rows] = await pool.execute(
    'SELECT isbn, record_reference, title, price, metadata, updated_at FROM partner_stock WHERE partner_id = ? AND isbn = ?',
    [partnerId, isbn]
  ) // SAFE sqli
  return rows[0] ?? null
}

export async function setWebhook(partnerId, url, secret) {
  await pool.execute('UPDATE partners SET webhook_url = ?, webhook_secret = ? WHERE id = ?', [url, secret, partnerId])
}

export async function recordFeed(partnerId, feedPath, kind) {
  const [result] = await pool.execute('INSERT INTO partner_feeds (partner_id, path, kind, received_at) VALUES (?, ?, ?, NOW())', [
    partnerId,
    feedPath,
    kind,
  ])
  return result.insertId
}

export default pool
