'use strict';

const { QueryTypes } = require('sequelize');
const { sequelize } = require('../db/sequelize');

const EVENT_COLUMNS = `e.id, e.title, e.slug, e.starts_at AS "startsAt", e.status,
  v.name AS "venueName", v.city, e.min_price_cents AS "minPriceCents"`;

async function findById(eventId) {
  const rows = await sequelize.query(
    `SELECT ${EVENT_COLUMNS}, e.description FROM events e JOIN venues v ON v.id = e.venue_id WHERE e.id = :eventId`,
    { replacements: { eventId }, type: QueryTypes.SELECT },
  );
  return rows[0] || null;
}

async function search(criteria) {
  const clauses = ["e.status = 'on_sale'"];
  const replacements = {};
  if (criteria.city) {
    clauses.push('v.city = :city');
    replacements.city = criteria.city;
  }
  if (criteria.titleFilter) {
    clauses.push(criteria.titleFilter);
  }
  const sql = `SELECT ${EVENT_COLUMNS} FROM events e JOIN venues v ON v.id = e.venue_id
    WHERE ${clauses.join(' AND ')} ORDER BY e.starts_at ASC LIMIT :limit OFFSET :offset`;
  replacements.limit = criteria.limit;
  replacements.offset = criteria.offset;
  return sequelize.query(sql, { replacements, type: QueryTypes.SELECT }); // VULN sqli
}

async function upcomingForVenue(venueId, limit = 20) {
  return sequelize.query(
    `SELECT ${EVENT_COLUMNS} FROM events e JOIN venues v ON v.id = e.venue_id
     WHERE e.venue_id = :venueId AND e.starts_at > NOW() ORDER BY e.starts_at LIMIT :limit`,
    { replacements: { venueId, limit }, type: QueryTypes.SELECT },
  );
}

module.exports = { findById, search, upcomingForVenue };
