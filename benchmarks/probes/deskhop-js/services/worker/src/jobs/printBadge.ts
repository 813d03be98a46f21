import { exec } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { config } from '../config';

const execAsync = promisify(exec);

export interface BadgePrintJob {
  type: 'badge.print';
  site: string;
  visitorName: string;
  company: string;
  hostEmail: string;
  day: string;
}

function label(job: BadgePrintJob): string {
  return ['VISITOR', '', job.visitorName.toUpperCase(), job.company, '', `Host: ${job.hostEmail}`, job.day].join('\n');
}

export async function printBadge(job: BadgePrintJob): Promise<void> {
  const printer = config.printers[job.site];
  if (!printer) {
    throw new Error(`no badge printer configured for ${job.site}`);
  }
  const file = path.join(os.tmpdir(), `badge-${randomUUID()}.txt`);
  await writeFile(file, label(job), 'utf8');
  try {
    await execAsync(`lp -d ${printer} -o media=Custom.62x100mm -t 'Badge ${job.visitorName}' ${file}`, { timeout: 20_000 }); // VULN cmdi
  } finally {
    await rm(file, { force: true });
  }
}
