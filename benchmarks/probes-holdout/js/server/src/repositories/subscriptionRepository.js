'use strict';

const { pool } = require('../db');

const RENEWAL_ORDER = {
  expiry: 's.expires_on',
  name: 'm.display_name',
  tier: 's.tier',
  amount: 's.amount_pence',
};

async function seasonReport({ season, tier, includeLapsed }) {
  const statusFilter = includeLapsed ? '' : "AND s.status = 'active'";
  const sql = `SELECT s.tier, m.region, count(*) AS members, sum(s.amount_pence) AS collected_pence
      FROM subscriptions s JOIN member_accounts m ON m.member_id = s.member_id
     WHERE s.season = $1 AND s.tier = '${tier}' ${statusFilter}
     GROUP BY s.tier, m.region ORDER BY m.region`;
  const { rows } = await pool.query(sql, [season]); // VULN sqli
  return rows;
}

async function listForRenewal(orderKey, season) {
  const column = RENEWAL_ORDER[orderKey];
  if (!column) {
    const err = new Error('Unsupported sort order');
    err.status = 400;
    throw err;
  }
  const { rows } = await pool.query(`SELECT s.id, s.member_id, m.display_name, m.email, s.tier, s.expires_on, s.amount_pence FROM subscriptions s JOIN member_accounts m ON m.member_id = s.member_id WHERE s.season = $1 ORDER BY ${column}`, [season]); // SAFE sqli
  return rows;
}

async function saveSegment({ name, region, lapsedSinceDays, sectionSlug }, createdBy) {
  const { rows } = await pool.query(
    `INSERT INTO renewal_segments (name, region, lapsed_since_days, section_slug, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [name, region, lapsedSinceDays, sectionSlug || null, createdBy]
  );
  return rows[0].id;
}

async function findSegment(segmentId) {
  const { rows } = await pool.query('SELECT id, name, region, lapsed_since_days, section_slug FROM renewal_segments WHERE id = $1', [segmentId]);
  return rows[0] || null;
}

async function membersInSegment(segment) {
  const sql = `SELECT m.member_id, m.display_name, m.email, s.tier, s.expires_on
      FROM member_accounts m JOIN subscriptions s ON s.member_id = m.member_id
     WHERE m.region = '${segment.region}'
       AND s.expires_on < now() - make_interval(days => $1)
       AND NOT m.unsubscribed`;
  const { rows } = await pool.query(sql, [segment.lapsed_since_days]); // VULN sqli
  return rows;
}

async function saveDiscountRule({ label, expression, season }, createdBy) {
  const { rows } = await pool.query(
    'INSERT INTO discount_rules (label, expression, season, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [label, expression, season, createdBy]
  );
  return rows[0].id;
}

async function rulesForSeason(season) {
  const { rows } = await pool.query('SELECT id, label, expression FROM discount_rules WHERE season = $1 AND active ORDER BY id', [season]);
  return rows;
}

async function recordPayment(memberId, season, tier, amountPence, providerRef) {
  await pool.query(
    `INSERT INTO subscriptions (member_id, season, tier, amount_pence, status, provider_ref, expires_on)
     VALUES ($1, $2, $3, $4, 'active', $5, make_date($2::int + 1, 3, 31))
     ON CONFLICT (member_id, season) DO UPDATE SET tier = EXCLUDED.tier, amount_pence = EXCLUDED.amount_pence, status = 'active'`,
    [memberId, season, tier, amountPence, providerRef]
  );
}

module.exports = {
  seasonReport,
  listForRenewal,
  saveSegment,
  findSegment,
  membersInSegment,
  saveDiscountRule,
  rulesForSeason,
  recordPayment,
};
