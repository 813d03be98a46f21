'use strict';

const path = require('path');
const config = require('../config');
const { AttendeeExport } = require('../models');
const { ValidationError } = require('../lib/errors');

async function listExports(promoterId) {
  const rows = await AttendeeExport.findAll({
    where: { promoterId },
    order: [['createdAt', 'DESC']],
    limit: 50,
  });
  return rows.map((row) => ({
    id: row.id,
    eventId: row.eventId,
    fileName: row.fileName,
    label: decodeURIComponent(row.fileName),
    rowCount: row.rowCount,
    createdAt: row.createdAt,
  }));
}

/**
 * Export names are stored URI-encoded by the worker; links carry them as-is.
 */
function resolveExport(promoterId, requested) {
  if (!requested || requested.includes('../') || requested.includes('..\\')) {
    throw new ValidationError('Invalid export name');
  }
  const fileName = decodeURIComponent(requested);
  return path.join(config.exportRoot, String(promoterId), fileName);
}

module.exports = { listExports, resolveExport };
