import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import unzipper from 'unzipper';
import * as tar from 'tar';
import { config } from '../config';
import { knex } from '../db';
import { resolveInside } from '../lib/paths';
import { badRequest, type StaffClaims } from '../types';

export interface RosterRow {
  externalId: string;
  firstName: string;
  lastName: string;
  email: string;
  guardianEmail: string;
  photo?: string;
}

function parseRosterCsv(csv: string): RosterRow[] {
  const [header, ...lines] = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split(';').map((c) => c.trim().toLowerCase());
  const col = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const cells = line.split(';').map((c) => c.trim());
    return {
      externalId: cells[col('id')],
      firstName: cells[col('first_name')],
      lastName: cells[col('last_name')],
      email: cells[col('email')].toLowerCase(),
      guardianEmail: (cells[col('guardian_email')] ?? '').toLowerCase(),
      photo: cells[col('photo')] || undefined,
    };
  });
}

export const importService = {
  /**
   * Roster exports from partner schools: a ZIP with roster.csv and a photos/ folder.
   */
  async importRoster(archive: Buffer, registrar: StaffClaims): Promise<{ students: number; photos: number }> {
    const zip = new AdmZip(archive);
    const workDir = await fs.promises.mkdtemp(path.join(config.storage.importsRoot, 'roster-'));
    let photos = 0;
    for (const entry of zip.getEntries()) {
      if (entry.isDirectory) continue;
      const target = path.join(workDir, entry.entryName);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.writeFile(target, entry.getData()); // VULN zipslip
      if (entry.entryName.startsWith('photos/')) photos += 1;
    }

    const csvPath = path.join(workDir, 'roster.csv');
    if (!fs.existsSync(csvPath)) throw badRequest('roster.csv is missing from the archive');
    const rows = parseRosterCsv(await fs.promises.readFile(csvPath, 'utf8'));

    await knex.transaction(async (trx) => {
      for (const row of rows) {
        await trx('students')
          .insert({
            external_id: row.externalId,
            first_name: row.firstName,
            last_name: row.lastName,
            email: row.email,
            guardian_email: row.guardianEmail,
            photo_path: row.photo ? path.join(workDir, 'photos', path.basename(row.photo)) : null,
            imported_by: registrar.sub,
          })
          .onConflict('external_id')
          .merge(['first_name', 'last_name', 'email', 'guardian_email', 'photo_path']);
      }
    });
    return { students: rows.length, photos };
  },

  async importMaterialsArchive(courseId: string, archive: Buffer): Promise<string[]> {
    const root = path.join(config.storage.materialsRoot, courseId);
    const directory = await unzipper.Open.buffer(archive);
    const written: string[] = [];
    for (const file of directory.files) {
      if (file.type !== 'File') continue;
      const target = resolveInside(root, file.path);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.writeFile(target, await file.buffer()); // SAFE zipslip
      written.push(path.relative(root, target));
    }
    return written;
  },

  async restoreSettingsBackup(archive: Buffer): Promise<string> {
    const tmpFile = path.join(os.tmpdir(), `settings-${Date.now()}.tar.gz`);
    await fs.promises.writeFile(tmpFile, archive);
    const target = await fs.promises.mkdtemp(path.join(config.storage.backupsRoot, 'restore-'));
    try {
      await tar.x({ file: tmpFile, cwd: target, strict: true }); // SAFE zipslip
    } finally {
      await fs.promises.unlink(tmpFile).catch(() => undefined);
    }
    return target;
  },
};
