import fs from 'node:fs';
import path from 'node:path';
import { Worker, type Job } from 'bullmq';
import { config } from '../config';
import { connection, QUEUE_NAMES } from '../queues';
import { payrollRepository, type CostCenterTotal } from '../repositories/payrollRepository';
import { compileFormula, type PayFormula } from '../lib/formula';
import { bundleFiles, convertDocument } from '../lib/media';
import type { ExportColumn, PayrollExportJob, TeacherHoursRow } from '../types';

type ColumnFn = (row: TeacherHoursRow) => unknown;

const BASE_COLUMNS: Array<[string, ColumnFn]> = [
  ['Employee', (row) => row.employee_ref],
  ['Teacher', (row) => row.teacher_name],
  ['Cost center', (row) => row.cost_center],
  ['Lessons', (row) => Number(row.lessons)],
  ['Hours', (row) => Math.round((Number(row.minutes) / 60) * 100) / 100],
  ['Rate (EUR)', (row) => row.hourly_rate_cents / 100],
];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function customColumn(column: ExportColumn): [string, ColumnFn] {
  const fn = new Function('row', `"use strict"; return (${column.expr});`) as ColumnFn; // VULN code
  return [column.header, fn];
}

function buildCsv(rows: TeacherHoursRow[], columns: Array<[string, ColumnFn]>, rules: Array<[string, PayFormula]>, totals: CostCenterTotal[]): string {
  const header = [...columns.map(([name]) => name), ...rules.map(([name]) => name)];
  const lines = [header.map(csvCell).join(';')];
  for (const row of rows) {
    const vars = { hours: Number(row.minutes) / 60, lessons: Number(row.lessons), rate: row.hourly_rate_cents / 100 };
    const cells = [...columns.map(([, fn]) => fn(row)), ...rules.map(([, formula]) => formula(vars))];
    lines.push(cells.map(csvCell).join(';'));
  }
  for (const total of totals) {
    lines.push(['', `Total ${total.cost_center}`, total.cost_center, '', total.minutes / 60, '', (total.gross_cents / 100).toFixed(2)].map(csvCell).join(';'));
  }
  return lines.join('\n') + '\n';
}

async function processExport(job: Job<PayrollExportJob>): Promise<string> {
  const { month, format, fileName, costCenter, columns = [] } = job.data;
  await job.updateProgress(5);

  const hours = await payrollRepository.hoursForMonth(month);
  const rows = costCenter ? hours.filter((row) => row.cost_center === costCenter) : hours;
  const totals = costCenter ? await payrollRepository.costCenterTotals(month, costCenter) : [];
  const rules = (await payrollRepository.activeRules()).map((rule): [string, PayFormula] => [rule.name, compileFormula(rule.formula)]);
  await job.updateProgress(40);

  const csv = buildCsv(rows, [...BASE_COLUMNS, ...columns.map(customColumn)], rules, totals);
  const csvPath = path.join(config.storage.exportsRoot, `${fileName}.csv`);
  await fs.promises.writeFile(csvPath, csv, 'utf8'); // VULN path
  await job.updateProgress(70);

  let output = csvPath;
  if (format !== 'csv') {
    output = await convertDocument(csvPath, format, config.storage.exportsRoot);
  }
  const archive = path.join(config.storage.exportsRoot, `payroll-${month}-${job.id}.zip`);
  await bundleFiles(archive, format === 'csv' ? [csvPath] : [csvPath, output]);
  await job.updateProgress(100);
  return path.basename(archive);
}

const worker = new Worker<PayrollExportJob, string>(
  QUEUE_NAMES.payrollExports,
  async (job) => {
    try {
      const archive = await processExport(job);
      await payrollRepository.markExport(String(job.id), 'done', archive);
      return archive;
    } catch (err) {
      await payrollRepository.markExport(String(job.id), 'failed');
      throw err;
    }
  },
  { connection, concurrency: 2 },
);

worker.on('failed', (job, err) => {
  console.error(`payroll export ${job?.id} failed: ${err.message}`);
});

process.on('SIGTERM', () => {
  void worker.close().then(() => process.exit(0));
});
