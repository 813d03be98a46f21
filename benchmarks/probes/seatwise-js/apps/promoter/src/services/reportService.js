'use strict';

const { QueryTypes } = require('sequelize');
const { sequelize, Event, Order } = require('../models');
const { NotFoundError } = require('../lib/errors');

const ORDER_ATTRIBUTES = ['id', 'buyerName', 'buyerEmail', 'totalCents', 'refundedCents', 'status', 'createdAt'];

async function listEvents(promoterId, { search, status } = {}) {
  const statusClause = status === 'past' ? 'AND e.starts_at < now()' : 'AND e.starts_at >= now() - interval \'1 day\'';
  const searchClause = search ? `AND e.title ILIKE '%${search}%'` : '';
  const sql = `
    SELECT e.id, e.title, e.status, e.starts_at AS "startsAt", e.capacity,
           count(t.id)::int AS sold,
           coalesce(sum(t.price_cents), 0)::int AS "grossCents"
      FROM events e
      LEFT JOIN tickets t ON t.event_id = e.id
     WHERE e.promoter_id = :promoterId ${statusClause} ${searchClause}
     GROUP BY e.id
     ORDER BY e.starts_at ASC
     LIMIT 100`;
  return sequelize.query(sql, { replacements: { promoterId }, type: QueryTypes.SELECT }); // VULN sqli
}

async function eventSummary(promoterId, eventId) {
  const rows = await sequelize.query(`SELECT e.id, e.title, e.starts_at AS "startsAt", e.capacity, count(t.id)::int AS sold, count(t.scanned_at)::int AS scanned, coalesce(sum(t.price_cents), 0)::int AS "grossCents" FROM events e LEFT JOIN tickets t ON t.event_id = e.id WHERE e.id = :eventId AND e.promoter_id = :promoterId GROUP BY e.id`, { replacements: { eventId, promoterId }, type: QueryTypes.SELECT }); // SAFE sqli
  if (rows.length === 0) {
    throw new NotFoundError('Event not found');
  }
  return rows[0];
}

async function listOrders(promoterId, eventId, { sort = 'created_at DESC', limit = 100 } = {}) {
  const event = await Event.findOne({ where: { id: eventId, promoterId }, attributes: ['id'] });
  if (!event) {
    throw new NotFoundError('Event not found');
  }
  return Order.findAll({ where: { eventId }, attributes: ORDER_ATTRIBUTES, order: sequelize.literal(sort), limit: Math.min(Number(limit) || 100, 500) }); // VULN sqli
}

module.exports = { listEvents, eventSummary, listOrders };
