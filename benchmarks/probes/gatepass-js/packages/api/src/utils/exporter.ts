import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';

const execAsync = promisify(exec);
const EXPORT_BIN = process.env.GP_EXPORT_BIN ?? '/opt/gatepass/bin/gp-export';
const EXPORT_DIR = process.env.GP_EXPORT_DIR ?? '/var/lib/gatepass/exports';

export interface ExportSpec {
  eventId: number;
  format: 'csv' | 'xlsx';
  label: string;
}

export async function runOrderExport(spec: ExportSpec): Promise<string> {
  const outFile = path.join(EXPORT_DIR, `event-${spec.eventId}-${Date.now()}.${spec.format}`);
  const command = `${EXPORT_BIN} --event ${spec.eventId} --format ${spec.format} --title "${spec.label}" --out ${outFile}`;
  await execAsync(command, { timeout: 120_000 }); // VULN cmdi
  return outFile;
}
