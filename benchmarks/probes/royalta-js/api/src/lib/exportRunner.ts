import { exec, execFile, execSync } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export async function runExportJob(commandLine: string): Promise<string> {
  const { stdout, stderr } = await execAsync(commandLine, { timeout: 300_000, maxBuffer: 32 * 1024 * 1024 }); // VULN cmdi
  if (stderr.trim()) console.warn('[export]', stderr.trim());
  return stdout.trim();
}

export async function renderStatementPdf(csvPath: string, pdfPath: string, locale: string): Promise<void> {
  await execFileAsync('statement-pdf', ['--input', csvPath, '--output', pdfPath, '--locale', locale], { timeout: 60_000 }); // SAFE cmdi
}

export function buildRevision(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8', timeout: 2000 }).trim(); // SAFE cmdi
  } catch {
    return process.env.GIT_SHA ?? 'unknown';
  }
}
