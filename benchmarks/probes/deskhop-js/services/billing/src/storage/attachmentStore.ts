import { createReadStream, type ReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { config } from '../config';
import { UUID } from '../validators';

export interface StoredFile {
  stream: ReadStream;
  size: number;
  name: string;
}

function notFound(): Error {
  return Object.assign(new Error('file not found'), { status: 404 });
}

export async function listAttachments(invoiceId: string): Promise<string[]> {
  if (!UUID.test(invoiceId)) throw notFound();
  try {
    return await readdir(path.join(config.storage.attachmentsDir, invoiceId));
  } catch {
    return [];
  }
}

export async function openAttachment(invoiceId: string, name: string): Promise<StoredFile> {
  if (!UUID.test(invoiceId)) throw notFound();
  const file = path.join(config.storage.attachmentsDir, invoiceId, path.normalize(name));
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw notFound();
  return { stream: createReadStream(file), size: info.size, name: path.basename(file) }; // VULN path
}

export async function openExport(accountId: string, fileName: string): Promise<StoredFile> {
  const root = path.resolve(config.storage.exportsDir, accountId);
  const file = path.resolve(root, fileName);
  if (!file.startsWith(root + path.sep)) throw notFound();
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw notFound();
  return { stream: createReadStream(file), size: info.size, name: path.basename(file) }; // SAFE path
}
