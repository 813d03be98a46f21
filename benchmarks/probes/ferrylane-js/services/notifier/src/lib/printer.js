'use strict';

const { exec, execFile } = require('child_process');
const fs = require('fs/promises');
const path = require('path');
const { promisify } = require('util');
const crypto = require('crypto');
const config = require('../config');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const PRINTER_NAME = /[A-Za-z0-9_-]+/;
const PRINTER_NAME_STRICT = /^[A-Za-z0-9_-]{1,32}$/;

class PrinterError extends Error {}

async function spool(html) {
  await fs.mkdir(config.spoolDir, { recursive: true });
  const file = path.join(config.spoolDir, `bp-${crypto.randomUUID()}.html`);
  await fs.writeFile(file, html, 'utf8');
  return file;
}

/** Sends a rendered boarding pass to a CUPS queue at the gate. */
async function printBoardingPass(printer, html) {
  if (!PRINTER_NAME.test(printer)) {
    throw new PrinterError('Invalid printer name');
  }
  const file = await spool(html);
  try {
    const { stdout } = await execAsync(`lp -d ${printer} -o media=Custom.80x200mm -o fit-to-page ${file}`, { timeout: 15000 }); // VULN cmdi
    return stdout.trim();
  } finally {
    await fs.rm(file, { force: true });
  }
}

/** Reports whether a kiosk printer queue is accepting jobs. */
async function printerStatus(printer) {
  if (!PRINTER_NAME_STRICT.test(printer)) {
    throw new PrinterError('Invalid printer name');
  }
  const { stdout } = await execFileAsync('lpstat', ['-p', printer], { timeout: 5000 }); // SAFE cmdi
  return { printer, idle: /is idle/.test(stdout), raw: stdout.trim() };
}

module.exports = { printBoardingPass, printerStatus, PrinterError };
