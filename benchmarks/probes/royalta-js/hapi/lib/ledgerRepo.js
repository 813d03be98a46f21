'use strict';

const { Pool } = require('pg');
const config = require('./config');

const pool = new Pool({ ...config.db, max: 10, idleTimeoutMillis: 30000 });
const PAYOUT_RAILS = ['sepa', 'ach', 'swift', 'paypal'];

async function entriesForArtist(artistId, period, status) {
  const params = [artistId];
  let sql = 'SELECT id, track_id, period, amount_cents, currency, status FROM ledger_entries WHERE artist_id = $1';
  if (period) {
    params.push(period);
    sql += ` AND period = $${params.length}`;
  }
  if (status) sql += ` AND status = '${status}'`;
  const { rows } = await pool.query(`${sql} ORDER BY period DESC, id`, params); // VULN sqli
  return rows;
}

async function createPayoutBatch(labelId, rail, entryIds) {
  if (!PAYOUT_RAILS.includes(rail)) throw Object.assign(new Error(`unsupported payout rail: ${rail}`), { status: 422 });
  const { rows: [batch] } = await pool.query(
    'INSERT INTO payout_batches (label_id, rail, status) VALUES ($1, $2, $3) RETURNING id, rail, status',
    [labelId, rail, 'pending'],
  );
  await pool.query('UPDATE ledger_entries SET batch_id = $1 WHERE id = ANY($2::bigint[]) AND label_id = $3 AND batch_id IS NULL', [batch.id, entryIds, labelId]);
  return batch;
}

async function batchTransfers(batchId, labelId) {
  const { rows: [batch] } = await pool.query('SELECT id, rail, status FROM payout_batches WHERE id = $1 AND label_id = $2', [batchId, labelId]);
  if (!batch) return null;
  const { rows } = await pool.query(`SELECT * FROM transfers_${batch.rail} WHERE batch_id = $1 ORDER BY created_at`, [batch.id]); // SAFE sqli
  return { batch, transfers: rows };
}

async function loadLabelSettings(labelId) {
  const { rows } = await pool.query('SELECT settings FROM ledger_label_settings WHERE label_id = $1', [labelId]);
  return rows[0] ? rows[0].settings : { rounding: 'half-even', holdBackPercent: 10, statementDay: 15 };
}

async function saveLabelSettings(labelId, settings) {
  await pool.query(
    'INSERT INTO ledger_label_settings (label_id, settings) VALUES ($1, $2) ON CONFLICT (label_id) DO UPDATE SET settings = EXCLUDED.settings',
    [labelId, JSON.stringify(settings)],
  );
}

module.exports = { entriesForArtist, createPayoutBatch, batchTransfers, loadLabelSettings, saveLabelSettings };
