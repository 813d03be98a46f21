import type { TicketPdfJobData } from '@seatwise/contracts';
import type { Job } from 'bullmq';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { WorkerConfig } from '../config';
import { escapeHtml } from '../lib/html';
import type { Logger } from '../lib/logger';

const execFileAsync = promisify(execFile);

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const RESERVED_FILENAME_CHARS = /[\\/:*?"<>|]+/g;

export interface TicketPdfDeps {
  config: WorkerConfig;
  logger: Logger;
}

function renderTicketHtml(data: TicketPdfJobData): string {
  const when = new Date(data.startsAt).toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
  const qrSrc = `https://qr.seatwise.io/v1/png?size=320&data=${encodeURIComponent(data.qrToken)}`;
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="file:///opt/seatwise/ticket.css"></head>
<body>
  <h1>${escapeHtml(data.eventTitle)}</h1>
  <p class="when">${escapeHtml(when)}</p>
  <p class="holder">${escapeHtml(data.holderName)}</p>
  <p class="seat">${data.seatLabel ? escapeHtml(data.seatLabel) : 'General admission'}</p>
  <img class="qr" src="${qrSrc}" alt="">
  <p class="ref">${escapeHtml(data.ticketId)}</p>
</body></html>`;
}

export function ticketPdfProcessor({ config, logger }: TicketPdfDeps) {
  return async (job: Job<TicketPdfJobData>): Promise<{ file: string }> => {
    const { orderId, ticketId, holderName, eventTitle } = job.data;
    if (!UUID_RE.test(orderId) || !UUID_RE.test(ticketId)) {
      throw new Error(`job ${job.id} has malformed identifiers`);
    }

    await mkdir(config.storage.workDir, { recursive: true });
    const htmlPath = path.join(config.storage.workDir, `${ticketId}.html`);
    const pdfPath = path.join(config.storage.workDir, `${ticketId}.pdf`);
    await writeFile(htmlPath, renderTicketHtml(job.data), 'utf8');

    await execFileAsync('wkhtmltopdf', ['--quiet', '--disable-javascript', '--page-size', 'A6', htmlPath, pdfPath], { timeout: 60_000 }); // SAFE cmdi

    const orderDir = path.join(config.storage.ticketsDir, orderId);
    await mkdir(orderDir, { recursive: true });
    const displayName = `${holderName} - ${eventTitle.replace(RESERVED_FILENAME_CHARS, ' ').trim()}.pdf`;
    await copyFile(pdfPath, path.join(orderDir, displayName)); // VULN path

    await Promise.all([unlink(htmlPath), unlink(pdfPath)]);
    logger.info('ticket rendered', { orderId, ticketId });
    return { file: displayName };
  };
}
