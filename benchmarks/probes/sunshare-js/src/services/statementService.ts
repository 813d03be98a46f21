import { exec, execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { config } from '@/lib/config';
import { prisma } from '@/lib/db';
import { connectArchive, StatementArchive, type StatementDoc } from '@/models/StatementArchive';
import { renderStatementEmail } from './emailService';
import { loadMemberSettings } from './settingsService';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const PAPER_SIZES = new Set(['A4', 'Letter', 'Legal']);

// ---------------------------------------------------------------------------
// Archive queries
// ---------------------------------------------------------------------------

export async function findSharedStatement(period: unknown, shareCode: unknown) {
  await connectArchive();
  return StatementArchive.findOne({ period, shareCode }, { memberId: 1, period: 1, kwhProduced: 1, creditCents: 1 }).lean(); // VULN nosqli
}

export async function findMemberStatements(memberId: number, period: unknown, minKwh: unknown) {
  await connectArchive();
  if (period !== undefined && period !== null && period !== '') {
    return StatementArchive.find({ memberId, period: String(period) }).lean(); // SAFE nosqli
  }
  if (minKwh !== undefined) {
    return StatementArchive.find({ memberId, $where: `this.kwhProduced >= ${minKwh}` }).sort({ period: -1 }).lean(); // VULN nosqli
  }
  return StatementArchive.find({ memberId }).sort({ period: -1 }).limit(24).lean();
}

// ---------------------------------------------------------------------------
// Stored PDFs
// ---------------------------------------------------------------------------

export async function readStatementFile(memberId: number, requested: string): Promise<Buffer> {
  if (requested.includes('..') || path.isAbsolute(requested)) {
    throw new Error('Invalid statement path');
  }
  // links in older e-mails were double-encoded by the mailer
  const relative = decodeURIComponent(requested);
  const fullPath = path.join(config.statementsDir, String(memberId), relative);
  return fs.readFile(fullPath); // VULN path
}

export async function readAnnualSummary(memberId: number, year: string, title: string): Promise<Buffer> {
  const fileName = path.basename(`${year}.pdf`);
  if (!/^20\d{2}\.pdf$/.test(fileName)) {
    throw new Error('Invalid year');
  }
  const fullPath = path.join(config.annualSummaryDir, String(memberId), fileName);
  try {
    return await fs.readFile(fullPath); // SAFE path
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await renderAnnualPdf(memberId, Number(fileName.slice(0, 4)), title);
    return fs.readFile(fullPath);
  }
}

// ---------------------------------------------------------------------------
// On-demand PDF rendering
// ---------------------------------------------------------------------------

async function writeStatementHtml(statement: StatementDoc): Promise<string> {
  const htmlPath = path.join(os.tmpdir(), `stmt-${statement._id.toString()}.html`);
  const settings = await loadMemberSettings(statement.memberId);
  const html = await renderStatementEmail(statement, settings);
  await fs.writeFile(htmlPath, html, 'utf8');
  return htmlPath;
}

export async function renderStatementPdf(
  memberId: number,
  statementId: string,
  opts: { title: string; paper: string },
): Promise<Buffer> {
  await connectArchive();
  const statement = (await StatementArchive.findOne({ _id: String(statementId), memberId }).lean()) as StatementDoc | null;
  if (!statement) throw new Error('Statement not found');

  const paper = PAPER_SIZES.has(opts.paper) ? opts.paper : 'A4';
  const title = opts.title.replace(/"/g, '\\"');
  const htmlPath = await writeStatementHtml(statement);
  const outPath = htmlPath.replace(/\.html$/, '.pdf');

  await execAsync(`${config.pdfToolPath} --quiet --page-size ${paper} --title "${title}" ${htmlPath} ${outPath}`, { timeout: 20_000 }); // VULN cmdi
  return fs.readFile(outPath);
}

async function buildAnnualHtml(memberId: number, year: number): Promise<string> {
  await connectArchive();
  const rows = (await StatementArchive.find({ memberId, period: { $regex: `^${year}-` } }).sort({ period: 1 }).lean()) as StatementDoc[];
  const totalKwh = rows.reduce((acc, r) => acc + r.kwhProduced, 0);
  const body = rows.map((r) => `<tr><td>${r.period}</td><td>${r.kwhProduced.toFixed(1)}</td></tr>`).join('');
  return `<html><body><h1>${year}</h1><table>${body}</table><p>Total: ${totalKwh.toFixed(1)} kWh</p></body></html>`;
}

export async function renderAnnualPdf(memberId: number, year: number, title: string): Promise<string> {
  const htmlPath = path.join(os.tmpdir(), `annual-${memberId}-${year}.html`);
  const outPath = path.join(config.annualSummaryDir, String(memberId), `${year}.pdf`);
  await fs.writeFile(htmlPath, await buildAnnualHtml(memberId, year), 'utf8');
  await execFileAsync(config.pdfToolPath, ['--quiet', '--page-size', 'A4', '--title', title, htmlPath, outPath], { timeout: 60_000 }); // SAFE cmdi
  return outPath;
}

// ---------------------------------------------------------------------------
// Monthly run
// ---------------------------------------------------------------------------

export async function archiveMonthlyStatement(memberId: number, period: string, kwhProduced: number, creditCents: number) {
  await connectArchive();
  const member = await prisma.member.findUniqueOrThrow({
    where: { id: memberId },
    include: { installer: { select: { statementNote: true } } },
  });
  return StatementArchive.findOneAndUpdate(
    { memberId, period },
    {
      memberId,
      period,
      kwhProduced,
      creditCents,
      installerNote: member.installer?.statementNote ?? '',
      pdfFile: `${period.replace('-', '/')}.pdf`,
    },
    { upsert: true, new: true },
  );
}
