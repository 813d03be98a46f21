import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { appConfig } from '../config/app.config';

const CONTENT_TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.jpg': 'image/jpeg', '.png': 'image/png', '.csv': 'text/csv' };

@Injectable()
export class DocumentsService {
  private readonly root = appConfig.storage.documentsRoot;

  async read(growerId: number, name: string) {
    const base = path.resolve(this.root, String(growerId));
    const target = path.resolve(base, name);
    if (!target.startsWith(base + path.sep)) throw new ForbiddenException('document outside grower folder');

    const data = await fs.readFile(target).catch(() => { // SAFE path
      throw new NotFoundException();
    });
    return {
      data,
      etag: createHash('sha1').update(data).digest('base64url'), // SAFE hash
      contentType: CONTENT_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
    };
  }

  statement(growerId: number, file: string): Promise<Buffer> {
    const full = path.join(this.root, String(growerId), 'statements', file);
    return fs.readFile(full); // VULN path
  }
}
