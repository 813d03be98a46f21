import { exec } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);

export interface BadgePrintJob {
  site: string;
  visitorName: string;
}

export interface PrinterSettings {
  visitorName: string;
}

// a job handler dispatched from a Redis list: the job's fields come from the request that queued it
export async function printBadge(job: BadgePrintJob): Promise<void> {
  // ruleid: trace.javascript.command-injection.tainted-shell-command
  await execAsync(`lp -t 'Badge ${job.visitorName}' /tmp/badge.txt`);
  // ok: trace.javascript.command-injection.tainted-shell-command
  await execAsync('lp -t Badge /tmp/badge.txt');
}

export async function testPage(settings: PrinterSettings): Promise<void> {
  // ok: trace.javascript.command-injection.tainted-shell-command
  await execAsync(`lp -t '${settings.visitorName}' /tmp/test.txt`);
}
