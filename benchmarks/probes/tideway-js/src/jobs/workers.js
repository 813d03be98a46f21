'use strict';

const fs = require('fs/promises');
const path = require('path');
const { exec, spawn } = require('child_process');
const { promisify } = require('util');
const config = require('../config');
const { entryRepository } = require('../repositories/entry.repository');
const { webhookService } = require('../services/webhook.service');

const execAsync = promisify(exec);
const MAX_WEBHOOK_ATTEMPTS = 3;

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function toCsvLine(values) {
  return values.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',');
}

async function writeEntriesCsv(dir, regattaCode) {
  const entries = await entryRepository.listForRegatta(regattaCode);
  const lines = [toCsvLine(['event', 'club', 'crew', 'status', 'bow', 'stroke', 'cox'])];
  for (const e of entries) {
    const bySeat = new Map(e.seats.map((s) => [s.seat, s.name]));
    const stroke = Math.max(...e.seats.map((s) => s.seat), 1);
    lines.push(toCsvLine([e.eventCode, e.clubCode, e.crewName, e.status, bySeat.get(1), bySeat.get(stroke), bySeat.get(0)]));
  }
  const file = path.join(dir, 'entries.csv');
  await fs.writeFile(file, lines.join('\n'));
  return file;
}

function gzipFile(file) {
  return new Promise((resolve, reject) => {
    const child = spawn('gzip', ['-kf9', file], { stdio: 'ignore' }); // SAFE cmdi
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(`${file}.gz`) : reject(new Error(`gzip exited ${code}`))));
  });
}

async function runEntryExport({ regattaCode, label, requestedBy }) {
  const code = String(regattaCode).replace(/[^A-Z0-9]/gi, '').toUpperCase();
  const workDir = path.join(config.storage.exports, `${code}-${Date.now()}`);
  await fs.mkdir(workDir, { recursive: true });
  const csv = await writeEntriesCsv(workDir, code);
  await gzipFile(csv);
  const archiveName = `${label || code}-entries.zip`;
  await execAsync(`cd ${workDir} && zip -q -r ../${archiveName} .`, { timeout: 60000 }); // VULN cmdi
  console.info(`[export] ${archiveName} ready for ${requestedBy}`);
  return path.join(config.storage.exports, archiveName);
}

async function purgeOldExports(days) {
  const cutoff = Date.now() - days * 86400000;
  for (const name of await fs.readdir(config.storage.exports)) {
    const full = path.join(config.storage.exports, name);
    const stat = await fs.stat(full);
    if (stat.mtimeMs < cutoff) await fs.rm(full, { recursive: true, force: true });
  }
}

async function deliverOrganiserNotification(entryId, event) {
  const entry = await entryRepository.findById(entryId);
  if (!entry) {
    console.warn(`[webhook] entry ${entryId} vanished before delivery`);
    return;
  }
  for (let attempt = 1; attempt <= MAX_WEBHOOK_ATTEMPTS; attempt++) {
    try {
      const ok = await webhookService.notifyOrganiser(entry, event);
      if (ok) return;
    } catch (err) {
      console.warn(`[webhook] attempt ${attempt} for ${entryId} failed: ${err.message}`);
    }
    await delay(attempt * 2000);
  }
  throw new Error(`organiser webhook for ${entryId} failed after ${MAX_WEBHOOK_ATTEMPTS} attempts`);
}

module.exports = { runEntryExport, purgeOldExports, deliverOrganiserNotification };
