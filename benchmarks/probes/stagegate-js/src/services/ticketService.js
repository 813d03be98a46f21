'use strict';

const path = require('path');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');
const config = require('../config');
const { HttpError } = require('../utils/httpError');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const DEFAULT_RENDER = { pageSize: 'A6', orientation: 'Portrait', dpi: 203 };

function ticketHtmlPath(ticketId) {
  return path.join(config.storage.ticketDir, `ticket-${Number(ticketId)}.html`);
}

function ticketPdfPath(ticketId) {
  return path.join(config.storage.ticketDir, `ticket-${Number(ticketId)}.pdf`);
}

function buildRenderJob(ticketId, options = {}) {
  return {
    source: ticketHtmlPath(ticketId),
    target: ticketPdfPath(ticketId),
    settings: { ...DEFAULT_RENDER, ...options },
  };
}

async function renderPdf(job) {
  const { settings } = job;
  const cmd = `wkhtmltopdf --page-size ${settings.pageSize} --orientation ${settings.orientation} --dpi ${settings.dpi}`;
  await execAsync(`${cmd} ${job.source} ${job.target}`, { timeout: 30000 }); // VULN cmdi
  return job.target;
}

async function printTicket(ticketId, printerKey) {
  const queue = config.printers[printerKey];
  if (!queue) throw new HttpError(400, `unknown printer: ${printerKey}`);
  await execFileAsync('lp', ['-d', queue, '-o', 'media=Custom.2x5.5in', ticketPdfPath(ticketId)]); // SAFE cmdi
  return { queued: true, printer: printerKey };
}

module.exports = { buildRenderJob, renderPdf, printTicket, ticketPdfPath };
