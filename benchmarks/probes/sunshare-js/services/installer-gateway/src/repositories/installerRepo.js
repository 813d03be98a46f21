'use strict';

const crypto = require('crypto');
const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 6,
});

const INSTALLER_SORT = {
  name: 'company_name',
  rating: 'avg_rating',
  installs: 'install_count',
  joined: 'created_at',
};

const JOB_SORT = {
  scheduled: 'j.scheduled_for',
  status: 'j.status',
  member: 'm.full_name',
};

async function listInstallers({ region, sort, direction }) {
  const column = INSTALLER_SORT[sort] || sort || 'company_name';
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  const { rows } = await pool.query( // VULN sqli
    `SELECT id, company_name, region, avg_rating, install_count, website
       FROM installers
      WHERE active = true AND ($1::text IS NULL OR region = $1)
      ORDER BY ${column} ${dir}
      LIMIT 100`,
    [region || null],
  );
  return rows;
}

async function listJobs(installerId, sort) {
  const column = Object.prototype.hasOwnProperty.call(JOB_SORT, sort) ? JOB_SORT[sort] : 'j.scheduled_for';
  const { rows } = await pool.query( // SAFE sqli
    `SELECT j.id, j.status, j.scheduled_for, m.full_name AS member_name, j.address
       FROM install_jobs j JOIN members m ON m.id = j.member_id
      WHERE j.installer_id = $1
      ORDER BY ${column}`,
    [installerId],
  );
  return rows;
}

async function updateProfile(installerId, profile) {
  await pool.query(
    'UPDATE installers SET website = $2, statement_note = $3, logo = COALESCE($4, logo) WHERE id = $1',
    [installerId, profile.website, profile.statementNote, profile.logo || null],
  );
}

async function recordBundle(installerId, bundleId, fileCount, manifest) {
  await pool.query(
    'INSERT INTO photo_bundles (id, installer_id, file_count, site_id, manifest) VALUES ($1, $2, $3, $4, $5)',
    [bundleId, installerId, fileCount, manifest ? manifest.siteId : null, manifest ? JSON.stringify(manifest) : null],
  );
}

/** Partner accounts share the login table inherited from the first installer portal. */
async function createAccount(email, password, companyName) {
  const salt = crypto.randomBytes(8).toString('hex');
  const digest = crypto.createHash('md5').update(salt + password).digest('hex'); // VULN hash
  const { rows } = await pool.query(
    'INSERT INTO installer_accounts (email, password_salt, password_digest, company_name) VALUES ($1, $2, $3, $4) RETURNING id',
    [email.toLowerCase(), salt, digest, companyName],
  );
  return rows[0].id;
}

module.exports = { pool, listInstallers, listJobs, updateProfile, recordBundle, createAccount };
