'use strict';

const knex = require('../db/knex');

const COLUMNS = ['id', 'invoice_number', 'member_id', 'status', 'issued_at', 'due_at', 'total_cents', 'currency', 'pdf_path'];

function findInvoices(filter, { limit, offset }) {
  const query = knex('invoices').select(COLUMNS).where('workspace_id', filter.workspaceId).limit(limit).offset(offset);
  if (filter.status) {
    query.whereRaw(`status = '${filter.status}'`); // VULN sqli
  }
  query.orderByRaw(`${filter.orderColumn} DESC NULLS LAST`); // SAFE sqli
  return query;
}

async function findById(id, workspaceId) {
  const invoice = await knex('invoices').select(COLUMNS).where({ id, workspace_id: workspaceId }).first();
  if (!invoice) return null;
  invoice.lines = await knex('invoice_lines').where({ invoice_id: id }).orderBy('position');
  invoice.member = await knex('members').where({ id: invoice.member_id }).first('email', 'first_name', 'plan');
  return invoice;
}

function addAttachment(invoiceId, fileName, bytes) {
  return knex('invoice_attachments').insert({ invoice_id: invoiceId, file_name: fileName, bytes });
}

function markPaid(invoiceNumber, paidAt, providerRef) {
  return knex('invoices').where({ invoice_number: invoiceNumber }).update({ status: 'paid', paid_at: paidAt, provider_ref: providerRef });
}

module.exports = { findInvoices, findById, addAttachment, markPaid };
