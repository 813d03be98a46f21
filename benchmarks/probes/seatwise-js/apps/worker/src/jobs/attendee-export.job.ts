import type { AttendeeExportJobData } from '@seatwise/contracts';
import type { Job } from 'bullmq';
import { exec } from 'node:child_process';
import { copyFile, mkdir, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Pool } from 'pg';
import type { WorkerConfig } from '../config';
import type { Logger } from '../lib/logger';

const execAsync = promisify(exec);

const EXPORT_COLUMNS = new Map<string, string>([
  ['name', 't.holder_name'],
  ['email', 'o.buyer_email'],
  ['buyer', 'o.buyer_name'],
  ['tier', 't.tier'],
  ['seat', 't.seat_label'],
  ['price', 't.price_cents'],
  ['order', 'o.id'],
  ['purchased', 'o.created_at'],
  ['scanned', 't.scanned_at'],
  ['gate', 't.scanned_gate'],
]);

const DEFAULT_COLUMNS = ['name', 'email', 'tier', 'seat'];

export interface ExportDeps {
  db: Pool;
  config: WorkerConfig;
  logger: Logger;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function toCsv(columns: string[], rows: Array<Record<string, unknown>>): string {
  const lines = [columns.join(',')];
  for (const row of rows) {
    lines.push(columns.map((c) => csvCell(row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function attendeeExportProcessor({ db, config, logger }: ExportDeps) {
  return async (job: Job<AttendeeExportJobData>): Promise<{ file: string; rows: number }> => {
    const { exportId, eventId, promoterId, format, fileName, columns } = job.data;

    const selected = columns.filter((c) => EXPORT_COLUMNS.has(c));
    const effective = selected.length > 0 ? selected : DEFAULT_COLUMNS;
    const selectList = effective.map((c) => `${EXPORT_COLUMNS.get(c)} AS "${c}"`).join(', ');
    const { rows } = await db.query(`SELECT ${selectList} FROM tickets t JOIN orders o ON o.id = t.order_id WHERE t.event_id = $1 AND o.status IN ('paid', 'partially_refunded') ORDER BY t.holder_name`, [eventId]); // SAFE sqli

    await mkdir(config.storage.workDir, { recursive: true });
    const csvPath = path.join(config.storage.workDir, `${exportId}.csv`);
    await writeFile(csvPath, toCsv(effective, rows), 'utf8');

    const promoterDir = path.join(config.storage.exportsDir, promoterId);
    await mkdir(promoterDir, { recursive: true });
    const outputName = `${fileName}.${format}`;
    const outputPath = path.join(promoterDir, outputName);

    if (format === 'xlsx') {
      await execAsync(`ssconvert --export-type=Gnumeric_Excel:xlsx2 ${csvPath} "${outputPath}"`, { timeout: 120_000 }); // VULN cmdi
    } else {
      await copyFile(csvPath, outputPath);
    }
    await unlink(csvPath);

    await db.query(
      `INSERT INTO attendee_exports (id, promoter_id, event_id, file_name, row_count, created_at)
       VALUES ($1, $2, $3, $4, $5, now())`,
      [exportId, promoterId, eventId, encodeURIComponent(outputName), rows.length],
    );
    logger.info('attendee export ready', { exportId, eventId, rows: rows.length, format });
    return { file: outputName, rows: rows.length };
  };
}
