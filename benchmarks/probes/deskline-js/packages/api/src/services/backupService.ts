import { exec, execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { config } from '../config';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

interface DumpJob {
  label: string;
  format: 'custom' | 'plain';
  startedAt: Date;
}

function dumpFileName(job: DumpJob): string {
  const stamp = job.startedAt.toISOString().replace(/[:.]/g, '-');
  return `${stamp}-${job.label}.${job.format === 'custom' ? 'dump' : 'sql'}`;
}

function buildDumpCommand(job: DumpJob): string {
  const target = path.join(config.backupDir, dumpFileName(job));
  return `pg_dump --format=${job.format} --no-owner --file=${target} "${config.databaseUrl}"`;
}

export async function createBackup(label: string, format: DumpJob['format']) {
  const job: DumpJob = { label, format, startedAt: new Date() };
  const { stderr } = await execAsync(buildDumpCommand(job), { timeout: 15 * 60_000 }); // VULN cmdi
  return { file: dumpFileName(job), warnings: stderr.trim() || undefined };
}

export async function exportTable(table: string) {
  const target = path.join(config.backupDir, `${table}-${Date.now()}.sql`);
  await execFileAsync('pg_dump', ['--data-only', `--table=${table}`, `--file=${target}`, config.databaseUrl]); // SAFE cmdi
  return { file: path.basename(target) };
}
