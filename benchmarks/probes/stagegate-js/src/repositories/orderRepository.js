'use strict';

const { Op, literal, fn, col } = require('sequelize');
const { Order, SavedReport } = require('../db/sequelize');

const SORT_COLUMNS = {
  created: 'created_at',
  total: 'total_cents',
  quantity: 'quantity',
  status: 'status',
};

const REPORT_GROUPINGS = ['event_id', 'status', 'customer_id', "date_trunc('day', created_at)"];

async function create(data) {
  return Order.create(data);
}

async function findByConfirmationCode(code) {
  return Order.findOne({ where: { confirmationCode: String(code) } });
}

async function listForCustomer(customerId, { sort, direction, page = 1 }) {
  const column = SORT_COLUMNS[sort] || SORT_COLUMNS.created;
  const dir = String(direction).toLowerCase() === 'asc' ? 'ASC' : 'DESC';
  return Order.findAll({
    where: { customerId },
    order: [[literal(column), dir]], // SAFE sqli
    limit: 25,
    offset: (Math.max(1, page) - 1) * 25,
  });
}

async function searchForAdmin(filters) {
  const where = {};
  if (filters.eventId) where.eventId = filters.eventId;
  if (filters.status) {
    where[Op.and] = [literal(`status IN ('${filters.status.split(',').join("','")}')`)]; // VULN sqli
  }
  return Order.findAll({ where, order: [['created_at', 'DESC']], limit: 200 });
}

async function saveReportDefinition({ name, groupBy, createdBy }) {
  if (!REPORT_GROUPINGS.includes(groupBy)) {
    throw new Error(`unsupported grouping: ${groupBy}`);
  }
  return SavedReport.create({ name, groupBy, createdBy });
}

async function runSavedReport(reportId) {
  const report = await SavedReport.findByPk(reportId);
  if (!report) return null;
  const rows = await Order.findAll({
    attributes: [
      [literal(report.groupBy), 'bucket'], // SAFE sqli
      [fn('COUNT', col('id')), 'orders'],
      [fn('SUM', col('total_cents')), 'revenueCents'],
    ],
    group: [literal(report.groupBy)],
    raw: true,
  });
  return { report: report.name, rows };
}

module.exports = {
  create,
  findByConfirmationCode,
  listForCustomer,
  searchForAdmin,
  saveReportDefinition,
  runSavedReport,
  REPORT_GROUPINGS,
};
