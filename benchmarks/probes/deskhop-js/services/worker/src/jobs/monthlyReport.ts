import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RowDataPacket } from 'mysql2';
import { config } from '../config';
import { pool } from '../db';

export interface MonthlyReportJob {
  accountId: string;
  requestedBy: number;
  groupBy: string;
  month: string;
}

const GROUP_COLUMNS = new Map<string, string>([
  ['space', 's.name'],
  ['member', 'm.full_name'],
  ['site', 's.site'],
  ['day', 'DATE(b.starts_at)'],
]);

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export async function monthlyReport(job: MonthlyReportJob): Promise<void> {
  const groupColumn = GROUP_COLUMNS.get(job.groupBy);
  if (!groupColumn) {
    throw new Error(`unsupported grouping ${job.groupBy}`);
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(job.month)) {
    throw new Error(`bad month ${job.month}`);
  }
  const start = new Date(`${job.month}-01T00:00:00Z`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));

  const [rows] = await pool.query<RowDataPacket[]>( // SAFE sqli
    `SELECT ${groupColumn} AS label,
            COUNT(*) AS bookings,
            SUM(TIMESTAMPDIFF(MINUTE, b.starts_at, b.ends_at)) AS minutes,
            SUM(b.price_cents) AS amount_cents
       FROM bookings b
       JOIN spaces s ON s.id = b.space_id
       JOIN members m ON m.id = b.member_id
       JOIN memberships ms ON ms.member_id = m.id
      WHERE ms.billing_account_id = ?
        AND b.status <> 'cancelled'
        AND b.starts_at >= ? AND b.starts_at < ?
      GROUP BY label
      ORDER BY bookings DESC`,
    [job.accountId, start, end],
  );

  const lines = [['label', 'bookings', 'hours', 'amount_eur'].join(',')];
  for (const row of rows) {
    lines.push(
      [csvCell(row.label), row.bookings, (Number(row.minutes) / 60).toFixed(1), (Number(row.amount_cents) / 100).toFixed(2)].join(','),
    );
  }

  const dir = path.join(config.storage.exportsDir, job.accountId.replace(/[^0-9a-f-]/gi, ''));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `report-${job.month}-${job.groupBy}.csv`), lines.join('\n') + '\n', 'utf8');
}
