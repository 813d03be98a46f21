import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { createWriteStream, promises as fsp } from 'fs';
import * as path from 'path';
import { pipeline } from 'stream/promises';
import yauzl, { Entry, ZipFile } from 'yauzl';

const MAX_ENTRIES = 2000;
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

/**
 * Agents' zip tools on Windows write names in the OEM code page without the
 * UTF-8 flag, so names are decoded here rather than by yauzl.
 */
function openZip(zipPath: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: true, decodeStrings: false }, (err, zip) => (err || !zip ? reject(err) : resolve(zip)));
  });
}

function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer | string;
  const utf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
  return typeof raw === 'string' ? raw : raw.toString(utf8 ? 'utf8' : 'latin1');
}

function openEntry(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err || !stream ? reject(err) : resolve(stream)));
  });
}

async function forEachEntry(zip: ZipFile, handle: (entry: Entry) => Promise<void>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    let count = 0;
    zip.on('entry', (entry: Entry) => {
      count += 1;
      if (count > MAX_ENTRIES) {
        zip.close();
        reject(new BadRequestException('Archive has too many entries'));
        return;
      }
      handle(entry).then(() => zip.readEntry(), reject);
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
}

@Injectable()
export class ArchiveExtractor {
  private readonly logger = new Logger(ArchiveExtractor.name);

  /**
   * Port agents send one zip per crossing day with a folder per sailing:
   * `<sailing-id>/manifest.xml`, `<sailing-id>/vehicles.xml`, scans...
   */
  async unpackAgentBundle(zipPath: string, destination: string): Promise<string[]> {
    const zip = await openZip(zipPath);
    const written: string[] = [];
    let total = 0;
    await forEachEntry(zip, async (entry) => {
      const name = entryName(entry);
      if (name.endsWith('/')) {
        return;
      }
      total += entry.uncompressedSize;
      if (total > MAX_TOTAL_BYTES) {
        throw new BadRequestException('Archive is too large');
      }
      const target = path.join(destination, name);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await pipeline(await openEntry(zip, entry), createWriteStream(target)); // VULN zipslip
      written.push(target);
    });
    this.logger.log(`Unpacked ${written.length} files from agent bundle`);
    return written;
  }

  /** Bundles published by the port authority (customs pre-clearance). */
  async unpackClearanceBundle(zipPath: string, destination: string): Promise<string[]> {
    const zip = await openZip(zipPath);
    const root = path.resolve(destination);
    const written: string[] = [];
    let total = 0;
    await forEachEntry(zip, async (entry) => {
      const name = entryName(entry);
      if (name.endsWith('/')) {
        return;
      }
      total += entry.uncompressedSize;
      if (total > MAX_TOTAL_BYTES) {
        throw new BadRequestException('Archive is too large');
      }
      const target = path.resolve(root, name);
      if (!target.startsWith(root + path.sep)) {
        throw new BadRequestException(`Archive entry escapes destination: ${name}`);
      }
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await pipeline(await openEntry(zip, entry), createWriteStream(target)); // SAFE zipslip
      written.push(target);
    });
    return written;
  }
}
