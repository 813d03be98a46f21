import { rm } from 'node:fs/promises';
import { findAccount } from '../repositories/accountRepository';
import { findInvoice, findInvoiceLines, findInvoices, type InvoiceRow } from '../repositories/invoiceRepository';
import { htmlToPdf, protectPdf, renderInvoiceHtml, type InvoiceView } from './pdfRenderer';

export class NotFoundError extends Error {
  status = 404;
}

const SITE_ADDRESSES: Record<string, { name: string; address: string }> = {
  'lisbon-central': { name: 'Deskhop Lisbon Central', address: 'Rua Augusta 120, 1100-053 Lisboa' },
  'porto-ribeira': { name: 'Deskhop Porto Ribeira', address: 'Cais da Ribeira 34, 4050-510 Porto' },
  'berlin-mitte': { name: 'Deskhop Berlin Mitte', address: 'Torstraße 89, 10119 Berlin' },
};

export async function listInvoices(accountId: string, statuses: string[], from?: Date, to?: Date): Promise<InvoiceRow[]> {
  const cleaned = statuses
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0 && s.length <= 20);
  return findInvoices(accountId, { statuses: cleaned, from, to });
}

async function buildView(accountId: string, invoiceId: string): Promise<InvoiceView> {
  const [invoice, account] = await Promise.all([findInvoice(accountId, invoiceId), findAccount(accountId)]);
  if (!invoice || !account) {
    throw new NotFoundError('invoice not found');
  }
  const lines = await findInvoiceLines(invoice.id);
  const siteKey = typeof account.settings.site === 'string' ? account.settings.site : 'lisbon-central';
  return {
    invoice,
    customer: {
      companyName: account.companyName,
      vatNumber: account.vatNumber,
      addressLines: account.addressLines,
      email: account.email,
    },
    lines,
    site: SITE_ADDRESSES[siteKey] ?? SITE_ADDRESSES['lisbon-central'],
  };
}

export async function previewInvoice(accountId: string, invoiceId: string, note?: string): Promise<string> {
  const view = await buildView(accountId, invoiceId);
  return renderInvoiceHtml(view, note);
}

export async function renderInvoicePdf(
  accountId: string,
  invoiceId: string,
  options: { paper: string; note?: string; password?: string },
): Promise<{ path: string; fileName: string; cleanup: () => Promise<void> }> {
  const view = await buildView(accountId, invoiceId);
  const html = renderInvoiceHtml(view, options.note);
  let pdfPath = await htmlToPdf(html, { paper: options.paper, title: view.invoice.number });
  if (options.password) {
    pdfPath = await protectPdf(pdfPath, options.password);
  }
  return {
    path: pdfPath,
    fileName: `${view.invoice.number}.pdf`,
    cleanup: () => rm(pdfPath, { force: true }),
  };
}
