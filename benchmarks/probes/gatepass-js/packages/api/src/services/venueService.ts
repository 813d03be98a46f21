import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import yauzl from 'yauzl';
import { config } from '../config/index.js';

export async function importFloorplanBundle(venueId: number, archivePath: string): Promise<string[]> {
  const destination = path.join(config.storage.floorplansRoot, String(venueId));
  const written: string[] = [];
  fs.mkdirSync(destination, { recursive: true });
  for (const entry of new AdmZip(archivePath).getEntries()) {
    if (entry.isDirectory) continue;
    fs.writeFileSync(path.join(destination, entry.entryName), entry.getData()); // VULN zipslip
    written.push(entry.entryName);
  }
  return written;
}

export function importSignagePack(venueId: number, archivePath: string): Promise<number> {
  const destination = path.resolve(config.storage.floorplansRoot, String(venueId), 'signage');
  return new Promise((resolve, reject) => {
    yauzl.open(archivePath, { lazyEntries: true }, (err, zipfile) => {
      if (err || !zipfile) return reject(err);
      let count = 0;
      zipfile.on('entry', (entry) => {
        const target = path.resolve(destination, entry.fileName);
        if (entry.fileName.endsWith('/') || !target.startsWith(destination + path.sep)) return zipfile.readEntry();
        zipfile.openReadStream(entry, (streamErr, readStream) => {
          if (streamErr || !readStream) return reject(streamErr);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          readStream.pipe(fs.createWriteStream(target)).on('finish', () => (count++, zipfile.readEntry())); // SAFE zipslip
        });
      });
      zipfile.on('end', () => resolve(count));
      zipfile.readEntry();
    });
  });
}
