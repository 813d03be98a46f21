'use strict';

const { pool } = require('../db/connections');

async function findByEmail(email) {
  const normalised = String(email).trim().toLowerCase();
  const { rows } = await pool.query('SELECT id, email, display_name, password_digest, digest_scheme FROM listeners WHERE email = $1', [normalised]); // SAFE sqli
  return rows[0] || null;
}

async function createListener({ email, displayName, passwordDigest, digestScheme }) {
  const { rows } = await pool.query(
    `INSERT INTO listeners (email, display_name, password_digest, digest_scheme)
     VALUES ($1, $2, $3, $4) RETURNING id, email, display_name`,
    [String(email).trim().toLowerCase(), displayName, passwordDigest, digestScheme],
  );
  return rows[0];
}

async function storeResetToken(listenerId, tokenHash, expiresAt) {
  await pool.query(
    'INSERT INTO password_resets (listener_id, token_hash, expires_at) VALUES ($1, $2, $3)',
    [listenerId, tokenHash, expiresAt],
  );
}

async function findStaffByUid(uid) {
  const { rows } = await pool.query(
    'SELECT id, uid, display_name, role, password_digest FROM staff WHERE uid = $1 AND active',
    [uid],
  );
  return rows[0] || null;
}

async function updateStaffDigest(uid, digest) {
  const { rowCount } = await pool.query('UPDATE staff SET password_digest = $1, password_changed_at = now() WHERE uid = $2', [digest, uid]);
  return rowCount === 1;
}

async function savePreferences(listenerId, prefs) {
  await pool.query('UPDATE listeners SET preferences = $1::jsonb WHERE id = $2', [JSON.stringify(prefs), listenerId]);
}

async function loadPreferences(listenerId) {
  const { rows } = await pool.query('SELECT preferences FROM listeners WHERE id = $1', [listenerId]);
  return rows[0] ? rows[0].preferences || {} : {};
}

module.exports = {
  findByEmail,
  createListener,
  storeResetToken,
  findStaffByUid,
  updateStaffDigest,
  savePreferences,
  loadPreferences,
};
