'use strict';

const { pool } = require('../db/connections');

const REQUEST_COLUMNS = `id, code, show_slug AS "showSlug", listener_name AS "listenerName", email,
  artist, title, dedication, status, return_url AS "returnUrl", created_at AS "createdAt"`;

async function insertRequest(dto, code) {
  const sql = `INSERT INTO listener_requests
      (code, show_slug, listener_name, email, artist, title, dedication, return_url, status)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending')
    RETURNING ${REQUEST_COLUMNS}`;
  const params = [code, dto.showSlug, dto.listenerName, dto.email, dto.artist, dto.title, dto.dedication, dto.returnUrl];
  const { rows } = await pool.query(sql, params); // SAFE sqli
  return rows[0];
}

async function listRequests(filter) {
  const limit = Number.parseInt(filter.limit, 10);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw new RangeError('limit must be between 1 and 500');
  }
  let sql = `SELECT ${REQUEST_COLUMNS} FROM listener_requests WHERE show_slug = $1`;
  if (filter.status) {
    sql += ` AND status = '${filter.status}'`;
  }
  sql += ` ORDER BY created_at DESC LIMIT ${limit}`;
  const { rows } = await pool.query(sql, [filter.showSlug]); // VULN sqli
  return rows;
}

async function findByCode(code) {
  const { rows } = await pool.query(`SELECT ${REQUEST_COLUMNS} FROM listener_requests WHERE code = $1`, [code]);
  return rows[0] || null;
}

async function updateStatus(id, status, handledBy) {
  const { rowCount } = await pool.query(
    'UPDATE listener_requests SET status = $1, handled_by = $2, handled_at = now() WHERE id = $3',
    [status, handledBy, id],
  );
  return rowCount === 1;
}

async function countPendingByShow() {
  const { rows } = await pool.query(
    `SELECT show_slug AS "showSlug", count(*)::int AS pending
       FROM listener_requests WHERE status = 'pending' GROUP BY show_slug`,
  );
  return rows;
}

module.exports = { insertRequest, listRequests, findByCode, updateStatus, countPendingByShow };
