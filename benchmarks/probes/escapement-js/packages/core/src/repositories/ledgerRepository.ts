import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config';

export interface LedgerAccount {
  id: number;
  display_name: string;
  email: string | null;
  vat_registered: number;
}

export interface InvoicePosting {
  accountId: number;
  quoteReference: string;
  netPence: number;
  vatPence: number;
  postedAt: string;
  lines: Array<{ code: string; description: string; amountPence: number }>;
}

let connection: Database.Database | undefined;

function ledger(): Database.Database {
  if (!connection) {
    mkdirSync(path.dirname(config.ledgerPath), { recursive: true });
    connection = new Database(config.ledgerPath);
    connection.pragma('journal_mode = WAL');
    connection.pragma('foreign_keys = ON');
    connection.exec(`
      CREATE TABLE IF NOT EXISTS accounts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        display_name TEXT NOT NULL,
        email TEXT,
        vat_registered INTEGER NOT NULL DEFAULT 0,
        archived INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE IF NOT EXISTS invoices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        reference TEXT NOT NULL UNIQUE,
        net_pence INTEGER NOT NULL,
        vat_pence INTEGER NOT NULL,
        posted_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS invoice_lines (
        invoice_id INTEGER NOT NULL REFERENCES invoices(id),
        code TEXT NOT NULL,
        description TEXT NOT NULL,
        amount_pence INTEGER NOT NULL
      );
    `);
  }
  return connection;
}

export const ledgerRepository = {
  findAccountByName(displayName: string): LedgerAccount | undefined {
    return ledger().prepare(`SELECT id, display_name, email, vat_registered FROM accounts WHERE display_name = '${displayName}' AND archived = 0`).get() as LedgerAccount | undefined; // VULN sqli
  },

  createAccount(displayName: string, email: string | null): number {
    const info = ledger()
      .prepare('INSERT INTO accounts (display_name, email, vat_registered, archived) VALUES (?, ?, 0, 0)')
      .run(displayName, email);
    return Number(info.lastInsertRowid);
  },

  hasInvoice(reference: string): boolean {
    const row = ledger().prepare('SELECT 1 AS present FROM invoices WHERE reference = ?').get(reference);
    return row !== undefined;
  },

  postInvoice(posting: InvoicePosting): number {
    const db = ledger();
    const insertLine = db.prepare(
      'INSERT INTO invoice_lines (invoice_id, code, description, amount_pence) VALUES (?, ?, ?, ?)',
    );
    const post = db.transaction((p: InvoicePosting) => {
      const info = db.prepare('INSERT INTO invoices (account_id, reference, net_pence, vat_pence, posted_at) VALUES (?, ?, ?, ?, ?)').run(p.accountId, p.quoteReference, p.netPence, p.vatPence, p.postedAt); // SAFE sqli
      const invoiceId = Number(info.lastInsertRowid);
      for (const line of p.lines) {
        insertLine.run(invoiceId, line.code, line.description, line.amountPence);
      }
      return invoiceId;
    });
    return post(posting);
  },

  close(): void {
    connection?.close();
    connection = undefined;
  },
};
