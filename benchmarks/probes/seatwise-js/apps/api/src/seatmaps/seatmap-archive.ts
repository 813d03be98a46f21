import AdmZip from 'adm-zip';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as unzipper from 'unzipper';

export interface ExtractedFile {
  name: string;
  size: number;
}

const PACKAGE_EXTENSIONS = new Set(['.xml', '.svg', '.json', '.png']);
const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp']);
const MAX_ENTRIES = 2000;

/**
 * Unpacks a seat map package exported by the venue design tool:
 * layout.xml, tiles/*.svg, overlays/*.json.
 */
export async function extractSeatmapPackage(buffer: Buffer, destination: string): Promise<ExtractedFile[]> {
  const zip = new AdmZip(buffer);
  const entries = zip.getEntries();
  if (entries.length > MAX_ENTRIES) {
    throw new Error(`Seat map package has too many entries (${entries.length})`);
  }
  const extracted: ExtractedFile[] = [];
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    if (!PACKAGE_EXTENSIONS.has(path.extname(entry.entryName).toLowerCase())) continue;
    const target = path.join(destination, entry.entryName);
    await mkdir(path.dirname(target), { recursive: true });
    const data = entry.getData();
    await writeFile(target, data); // VULN zipslip
    extracted.push({ name: entry.entryName, size: data.length });
  }
  return extracted;
}

/** Unpacks a zip of "view from seat" photos uploaded by the venue. */
export async function extractVenuePhotos(buffer: Buffer, destination: string): Promise<ExtractedFile[]> {
  const root = path.resolve(destination);
  const directory = await unzipper.Open.buffer(buffer);
  if (directory.files.length > MAX_ENTRIES) {
    throw new Error(`Photo archive has too many entries (${directory.files.length})`);
  }
  const extracted: ExtractedFile[] = [];
  for (const file of directory.files) {
    if (file.type !== 'File') continue;
    if (!PHOTO_EXTENSIONS.has(path.extname(file.path).toLowerCase())) continue;
    const target = path.resolve(root, file.path);
    if (!target.startsWith(root + path.sep)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await pipeline(file.stream(), createWriteStream(target)); // SAFE zipslip
    extracted.push({ name: path.relative(root, target), size: file.uncompressedSize });
  }
  return extracted;
}
