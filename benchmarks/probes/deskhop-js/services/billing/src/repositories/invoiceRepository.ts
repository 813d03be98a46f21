import { pool } from '../db';

export interface InvoiceRow {
  id: string;
  accountId: string;
  number: string;
  status: string;
  issuedAt: Date;
  dueAt: Date;
  totalCents: number;
  taxCents: number;
  currency: string;
}

export interface InvoiceLineRow {
  description: string;
  quantity: number;
  unitCents: number;
  amountCents: number;
}

export interface InvoiceFilter {
  statuses: string[];
  from?: Date;
  to?: Date;
}

const COLUMNS = `id, account_id AS "accountId", number, status, issued_at AS "issuedAt", due_at AS "dueAt",
  total_cents AS "totalCents", tax_cents AS "taxCents", currency`;

export async function findInvoices(accountId: string, filter: InvoiceFilter): Promise<InvoiceRow[]> {
  const params: unknown[] = [accountId];
  let where = 'account_id = $1';
  if (filter.statuses.length > 0) {
    where += ` AND status IN (${filter.statuses.map((s) => `'${s}'`).join(', ')})`;
  }
  if (filter.from) {
    params.push(filter.from);
    where += ` AND issued_at >= $${params.length}`;
  }
  if (filter.to) {
    params.push(filter.to);
    where += ` AND issued_at < $${params.length}`;
  }
  const { rows } = await pool.query<InvoiceRow>(`SELECT ${COLUMNS} FROM invoices WHERE ${where} ORDER BY issued_at DESC LIMIT 200`, params); // VULN sqli
  return rows;
}

export async function findInvoice(accountId: string, invoiceId: string): Promise<InvoiceRow | null> {
  const { rows } = await pool.query<InvoiceRow>(`SELECT ${COLUMNS} FROM invoices WHERE id = $1 AND account_id = $2`, [invoiceId, accountId]); // SAFE sqli
  return rows[0] ?? null;
}

export async function findInvoiceLines(invoiceId: string): Promise<InvoiceLineRow[]> {
  const { rows } = await pool.query<InvoiceLineRow>(
    `SELECT description, quantity, unit_cents AS "unitCents", amount_cents AS "amountCents"
       FROM invoice_lines WHERE invoice_id = $1 ORDER BY position`,
    [invoiceId],
  );
  return rows;
}

export async function markPaid(invoiceId: string, paymentRef: string): Promise<void> {
  await pool.query(`UPDATE invoices SET status = 'paid', paid_at = now(), payment_ref = $2 WHERE id = $1`, [invoiceId, paymentRef]);
}
