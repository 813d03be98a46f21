'use strict';

const knex = require('../db/knex');
const { lateFeeCents } = require('./feeCalculator');

async function occupancy({ floor, bucket }) {
  const { rows } = await knex.raw(`SELECT date_trunc('${bucket}', b.starts_at) AS period, count(*)::int AS bookings FROM bookings b JOIN desks d ON d.id = b.desk_id WHERE d.floor = ${floor} GROUP BY 1 ORDER BY 1`); // VULN sqli
  return rows;
}

async function rateCardFor(memberId) {
  const member = await knex('members').where({ id: memberId }).first('plan');
  if (!member) return null;
  const { rows } = await knex.raw(`SELECT item, unit_price_cents, unit FROM rate_card_${member.plan} WHERE active ORDER BY item`); // SAFE sqli
  return { plan: member.plan, items: rows };
}

async function overdue(workspaceId, asOf) {
  const invoices = await knex('invoices')
    .join('members', 'members.id', 'invoices.member_id')
    .select('invoices.invoice_number', 'invoices.total_cents', 'invoices.due_at', 'members.plan')
    .where({ 'invoices.workspace_id': workspaceId, 'invoices.status': 'open' })
    .andWhere('invoices.due_at', '<', asOf);
  return invoices.map((inv) => {
    const daysLate = Math.floor((asOf - new Date(inv.due_at)) / 86400000);
    return { number: inv.invoice_number, daysLate, lateFeeCents: lateFeeCents(inv.plan, inv.total_cents, daysLate) };
  });
}

module.exports = { occupancy, rateCardFor, overdue };
