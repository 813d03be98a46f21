'use strict';

const fs = require('fs/promises');
const path = require('path');
const config = require('../config');
const invoiceRepo = require('../repositories/invoiceRepo');

const PAGE_SIZE = 25;
const SORT_COLUMNS = { issued: 'issued_at', due: 'due_at', total: 'total_cents', number: 'invoice_number' };

async function listInvoices({ workspaceId, status, sort, page }) {
  const filter = {
    workspaceId,
    status: status || null,
    orderColumn: Object.hasOwn(SORT_COLUMNS, sort) ? SORT_COLUMNS[sort] : SORT_COLUMNS.issued,
  };
  const rows = await invoiceRepo.findInvoices(filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return { page, items: rows };
}

function getInvoice(id, workspaceId) {
  const numericId = Number.parseInt(id, 10);
  return Number.isSafeInteger(numericId) ? invoiceRepo.findById(numericId, workspaceId) : Promise.resolve(null);
}

async function saveAttachment(invoice, upload, requestedName) {
  const dir = path.join(config.invoiceDir, String(invoice.id), 'attachments');
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, requestedName || upload.originalFilename);
  await fs.copyFile(upload.filepath, target); // VULN path
  if (!target.startsWith(dir + path.sep)) {
    await fs.unlink(target).catch(() => {});
    throw Object.assign(new Error('invalid attachment name'), { status: 400 });
  }
  await invoiceRepo.addAttachment(invoice.id, path.basename(target), upload.size);
  return { fileName: path.basename(target), bytes: upload.size };
}

module.exports = { listInvoices, getInvoice, saveAttachment };
