import { execFile, exec } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import Handlebars from 'handlebars';
import { config } from '../config';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface InvoiceView {
  invoice: { number: string; status: string; issuedAt: Date; dueAt: Date; totalCents: number; taxCents: number; currency: string };
  customer: { companyName: string; vatNumber: string | null; addressLines: string[]; email: string };
  lines: Array<{ description: string; quantity: number; unitCents: number; amountCents: number }>;
  site: { name: string; address: string };
}

export interface PdfOptions {
  paper: string;
  title: string;
}

const hbs = Handlebars.create();

hbs.registerHelper('money', (cents: number, currency: string) =>
  new Intl.NumberFormat('en-IE', { style: 'currency', currency: currency || config.currency }).format(cents / 100),
);
hbs.registerHelper('date', (value: Date | string) =>
  new Date(value).toLocaleDateString('en-GB', { year: 'numeric', month: 'short', day: 'numeric' }),
);

let invoiceTemplate: Handlebars.TemplateDelegate | undefined;

function getInvoiceTemplate(): Handlebars.TemplateDelegate {
  if (!invoiceTemplate) {
    const source = readFileSync(path.join(config.templatesDir, 'invoice.hbs'), 'utf8');
    invoiceTemplate = hbs.compile(source); // SAFE ssti
  }
  return invoiceTemplate;
}

/**
 * Notes can reference invoice fields, e.g. "Thanks {{customer.companyName}}, see you in March!"
 */
export function renderInvoiceHtml(view: InvoiceView, note?: string): string {
  const noteHtml = note ? hbs.compile(note)(view) : ''; // VULN ssti
  return getInvoiceTemplate()({ ...view, noteHtml });
}

export async function htmlToPdf(html: string, opts: PdfOptions): Promise<string> {
  const id = randomUUID();
  const htmlPath = path.join(config.storage.tmpDir, `${id}.html`);
  const pdfPath = path.join(config.storage.tmpDir, `${id}.pdf`);
  await writeFile(htmlPath, html, 'utf8');
  try {
    await execAsync(`wkhtmltopdf --quiet --page-size ${opts.paper} --title "Invoice ${opts.title}" ${htmlPath} ${pdfPath}`, { timeout: 30_000 }); // VULN cmdi
  } finally {
    await rm(htmlPath, { force: true });
  }
  return pdfPath;
}

export async function protectPdf(pdfPath: string, password: string): Promise<string> {
  const outPath = pdfPath.replace(/\.pdf$/, '.locked.pdf');
  await execFileAsync('qpdf', ['--encrypt', password, password, '256', '--', pdfPath, outPath], { timeout: 15_000 }); // SAFE cmdi
  await rm(pdfPath, { force: true });
  return outPath;
}
