import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { config } from '../config';
import { pool } from '../db';

export interface AssetImportJob {
  site: string;
  archivePath: string;
  uploadedBy: number;
  originalName: string;
}

const KNOWN_SITES = new Set(['lisbon-central', 'porto-ribeira', 'berlin-mitte']);
const ASSET_FILE = /\.(png|jpe?g|webp|svg|pdf)$/i;
const MAX_ENTRY_BYTES = 15 * 1024 * 1024;

export async function importAssets(job: AssetImportJob): Promise<void> {
  if (!KNOWN_SITES.has(job.site)) {
    throw new Error(`unknown site ${job.site}`);
  }
  const targetDir = path.join(config.storage.assetsDir, job.site);
  await mkdir(targetDir, { recursive: true });

  const zip = new AdmZip(job.archivePath);
  const imported: string[] = [];
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory || !ASSET_FILE.test(entry.entryName)) continue;
    if (entry.header.size > MAX_ENTRY_BYTES) continue;
    const destination = path.join(targetDir, entry.entryName);
    await mkdir(path.dirname(destination), { recursive: true });
    await writeFile(destination, entry.getData()); // VULN zipslip
    imported.push(entry.entryName);
  }

  await pool.execute(
    'INSERT INTO asset_imports (site, uploaded_by, original_name, file_count, imported_at) VALUES (?, ?, ?, ?, NOW())',
    [job.site, job.uploadedBy, job.originalName.slice(0, 255), imported.length],
  );
  await rm(job.archivePath, { force: true });
}
